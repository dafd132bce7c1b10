import { defineConfig } from 'vitest/config'
import path from 'node:path'

// The walk through the portal in Chromium against a real stack: the global setup starts
// one portal and one worker process on a fresh database for the whole run.
export default defineConfig({
  resolve: { alias: { '@': path.resolve(import.meta.dirname) } },
  test: {
    include: ['tests/e2e/**/*.test.ts'],
    environment: 'node',
    globalSetup: ['tests/e2e/global-setup.ts'],
    testTimeout: 120_000,
    hookTimeout: 60_000,
    // Each file drives its own Chromium; two at a time keep a 2-core machine responsive.
    maxWorkers: 2,
  },
})
