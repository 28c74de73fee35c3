import { defineConfig } from 'vitest/config'

// Only the bench: one file, one forked process, generous timeouts (seeding 10,000 rows and a few
// thousand timed requests take a while on a small machine).
export default defineConfig({
  test: {
    environment: 'node',
    fileParallelism: false,
    hookTimeout: 300_000,
    include: ['bench/**/*.bench-run.ts'],
    pool: 'forks',
    server: { deps: { external: [/node_modules/] } },
    testTimeout: 600_000,
  },
})
