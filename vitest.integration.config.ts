import { defineConfig } from 'vitest/config'
import path from 'node:path'

// Integration tests run against the real Postgres and Redis. Files run in parallel: the setup
// file gives each one its own database and Redis key prefix, so none shares state with another.
export default defineConfig({
  resolve: { alias: { '@': path.resolve(import.meta.dirname) } },
  test: {
    include: ['tests/integration/**/*.test.ts'],
    setupFiles: ['tests/integration/setup.ts'],
    environment: 'node',
    pool: 'forks',
    fileParallelism: true,
    // Room for several waitFor calls (45 s each by default) on a loaded 2-core machine.
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
})
