#!/usr/bin/env node
// `npm run bench:calendar`: how fast the admin calendar paints a week of 500 bookings across 10
// staff in headless Chromium, after its data arrived. Starts the dev app on a fresh SQLite
// database (as the browser tests do), seeds the week over REST and switches weeks with the arrow
// keys. The last line is `calendar_week_paint_ratio=<x>`: the full week's first full paint after
// its data arrived (p50), divided by the time the data request itself took (p50), both measured
// in the same run, in the same page.
import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const outDir = mkdtempSync(path.join(tmpdir(), 'booking-calendar-bench-'))
const outFile = path.join(outDir, 'results.json')
console.log('=== payload-booking calendar bench (headless Chromium, dev app on SQLite) ===')
const child = spawnSync(
  process.execPath,
  ['node_modules/vitest/vitest.mjs', 'run', '--config', 'bench/calendar.vitest.config.ts', ...process.argv.slice(2)],
  {
    cwd: root,
    env: { ...process.env, BENCH_OUT: outFile, NEXT_TEST_DIST_DIR: process.env.NEXT_TEST_DIST_DIR || '.next-test-bench', TEST_DB: 'sqlite' },
    stdio: 'inherit',
  },
)
let r
try {
  r = JSON.parse(readFileSync(outFile, 'utf8'))
} catch {
  r = undefined
}
rmSync(outDir, { force: true, recursive: true })
if (child.status !== 0 || !r) {
  console.error(`calendar bench failed (vitest exit ${child.status ?? child.signal}${r ? '' : ', no results written'})`)
  process.exit(1)
}
const ms = (x) => `${x.toFixed(1)} ms`
const line = (label, s) => `  ${label.padEnd(40)} n=${s.n}  p50 ${ms(s.p50).padStart(9)}  p95 ${ms(s.p95).padStart(9)}  max ${ms(s.max).padStart(9)}`
console.log('')
console.log(`Week of ${r.week}: ${r.bookingsShown} bookings across ${r.staff} staff (seeded over REST in ${r.seedSeconds.toFixed(0)} s); empty week ${r.emptyWeek}`)
console.log(line('full week: data request (fetch + JSON)', r.fullWeekRequest))
console.log(line('full week: data -> first full paint', r.fullWeekPaint))
console.log(line('empty week: data -> first full paint', r.emptyWeekPaint))
console.log(`  paint p50 vs empty week: ${(r.fullWeekPaint.p50 / r.emptyWeekPaint.p50).toFixed(2)}x; budget: 1000 ms after the data arrived`)
console.log(`calendar_week_paint_ratio=${(r.fullWeekPaint.p50 / r.fullWeekRequest.p50).toFixed(2)}`)
