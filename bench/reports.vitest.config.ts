import { defineConfig } from 'vitest/config'

// Only the reports bench: one file, one forked process, generous timeouts for seeding 50,000 rows.
export default defineConfig({
  test: {
    environment: 'node',
    fileParallelism: false,
    hookTimeout: 300_000,
    include: ['bench/reports.bench.ts'],
    pool: 'forks',
    server: { deps: { external: [/node_modules/] } },
    testTimeout: 600_000,
  },
})
