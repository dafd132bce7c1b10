import { defineConfig } from 'vitest/config'
import path from 'node:path'

// The official Azure SDKs for JS and az, unmodified, over HTTPS against a real Cerulean.
// The global setup starts the stack and the HTTPS listener once for the whole run and sets
// NODE_EXTRA_CA_CERTS before the test workers start (Node reads it only at startup).
export default defineConfig({
  resolve: { alias: { '@': path.resolve(import.meta.dirname) } },
  test: {
    include: ['tests/sdk/**/*.test.ts'],
    environment: 'node',
    globalSetup: ['tests/sdk/global-setup.ts'],
    // Worker processes, not threads: each one starts with the environment the setup left.
    pool: 'forks',
    testTimeout: 120_000,
    hookTimeout: 60_000,
    maxWorkers: 2,
  },
})
