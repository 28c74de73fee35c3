import { defineConfig } from 'vitest/config'

// The calendar bench only: it starts the dev app (first compile of /admin takes minutes on a cold cache).
export default defineConfig({
  test: {
    environment: 'node',
    hookTimeout: 600_000,
    include: ['bench/calendar.browser-bench.ts'],
    pool: 'forks',
    server: { deps: { external: [/node_modules/] } },
    testTimeout: 900_000,
  },
})
