import { defineConfig } from 'vitest/config'

// Payload boots once per test file and shares one database per file: run files one after
// another in forked processes so SQLite files and Postgres databases never interfere.
export default defineConfig({
  test: {
    environment: 'node',
    fileParallelism: false,
    hookTimeout: 120_000,
    include: ['src/**/*.spec.ts', 'test/**/*.test.ts'],
    pool: 'forks',
    server: { deps: { external: [/node_modules/] } },
    testTimeout: 60_000,
  },
})
