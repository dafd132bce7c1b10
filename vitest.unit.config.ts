import { defineConfig } from 'vitest/config'
import path from 'node:path'

// Unit tests sit beside the code they test and touch neither Postgres nor Redis.
export default defineConfig({
  resolve: { alias: { '@': path.resolve(import.meta.dirname) } },
  test: {
    include: ['server/**/*.test.ts', 'components/**/*.test.ts', 'workers/**/*.test.ts'],
    environment: 'node',
  },
})
