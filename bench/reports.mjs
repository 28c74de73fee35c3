#!/usr/bin/env node
// `npm run bench:reports`: seeds a year of 50,000 bookings (20 staff, 10 services, payments and
// requests) on Postgres in a database of its own (created and dropped), then times the report of
// the whole year (GET /api/booking/reports, and the operation in-process) against bare queries
// over the same rows in the same run: a `payload.count` and one aggregate SELECT. The last line is
// `reports_year_50k_ms=<p50 of the endpoint> ratio_vs_count=<that / p50 of the count>`.
import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const postgres = process.env.TEST_POSTGRES_URI || 'postgres://postgres@127.0.0.1:5432/test'
const outDir = mkdtempSync(path.join(tmpdir(), 'booking-reports-bench-'))
const outFile = path.join(outDir, 'results.json')
console.log(`=== payload-booking reports bench on Postgres (${postgres.replace(/\/\/[^@]*@/, '//…@')}) ===`)
const child = spawnSync(
  process.execPath,
  ['node_modules/vitest/vitest.mjs', 'run', '--config', 'bench/reports.vitest.config.ts', ...process.argv.slice(2)],
  { cwd: root, env: { ...process.env, BENCH_DB: 'postgres', BENCH_OUT: outFile, TEST_POSTGRES_URI: postgres }, stdio: 'inherit' },
)
let r
try {
  r = JSON.parse(readFileSync(outFile, 'utf8'))
} catch {
  r = undefined
}
rmSync(outDir, { force: true, recursive: true })
if (child.status !== 0 || !r) {
  console.error(`reports bench failed (vitest exit ${child.status ?? child.signal}${r ? '' : ', no results written'})`)
  process.exit(1)
}
const ms = (x) => `${x.toFixed(1)} ms`
const line = (label, s) => `  ${label.padEnd(44)} n=${s.n}  p50 ${ms(s.p50).padStart(9)}  p95 ${ms(s.p95).padStart(9)}  max ${ms(s.max).padStart(9)}`
console.log('')
console.log(`=== Results (${r.database}) ===`)
console.log(
  `Seed: ${r.seed.bookings} bookings over 2026 (${r.seed.staff} staff), ${r.seed.payments} payments, ` +
    `${r.seed.requests} requests, in ${r.seed.seconds} s`,
)
console.log(`Answer: ${r.answer.bookings} standing bookings, utilisation ${(r.answer.utilisation * 100).toFixed(1)} %, 365 days`)
console.log(line('GET /api/booking/reports (whole year, HTTP)', r.endpoint))
console.log(line('buildReport in-process (same query)', r.operation))
console.log(line('baseline payload.count (same rows)', r.baselineCount))
console.log(line('baseline one aggregate SELECT (same rows)', r.baselineAggregate))
console.log('  where the time goes (each aggregate query alone; the report runs them in parallel):')
for (const [label, stats] of Object.entries(r.profile)) console.log(line(`  ${label}`, stats))
const ratio = r.endpoint.p50 / r.baselineCount.p50
console.log(`  the report runs 5 aggregate statements and 3 small finds; ratio to one bare SELECT: ${(r.endpoint.p50 / r.baselineAggregate.p50).toFixed(2)}`)
console.log(`  budget: < 1000 ms -> ${r.endpoint.p50 < 1000 ? 'met' : 'MISSED'}`)
console.log('')
console.log(`reports_year_50k_ms=${r.endpoint.p50.toFixed(0)} ratio_vs_count=${ratio.toFixed(2)}`)
