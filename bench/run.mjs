#!/usr/bin/env node
// `npm run bench`: seeds a month-scale studio (20 staff, 5,000 bookings) and times the plugin
// against plain Payload. SQLite by default; BENCH_DB=postgres with TEST_POSTGRES_URI uses Postgres.
// vitest runs the bench file and writes a JSON report; this script prints it. The last line is
// always `availability_p95_ratio=<x> create_p95_ratio=<y>`.
import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const database = process.env.BENCH_DB === 'postgres' ? 'postgres' : 'sqlite'
if (database === 'postgres' && !(process.env.TEST_POSTGRES_URI || process.env.DATABASE_URI)) {
  console.error('BENCH_DB=postgres needs TEST_POSTGRES_URI=postgres://postgres@127.0.0.1:5432/test (or DATABASE_URI)')
  process.exit(2)
}

const outDir = mkdtempSync(path.join(tmpdir(), 'booking-bench-'))
const outFile = path.join(outDir, 'results.json')
console.log(`=== payload-booking bench on ${database} ===`)
const child = spawnSync(
  process.execPath,
  ['node_modules/vitest/vitest.mjs', 'run', '--config', 'bench/vitest.config.ts', ...process.argv.slice(2)],
  { cwd: root, env: { ...process.env, BENCH_DB: database, BENCH_OUT: outFile }, stdio: 'inherit' },
)

let results
try {
  results = JSON.parse(readFileSync(outFile, 'utf8'))
} catch {
  results = undefined
}
rmSync(outDir, { force: true, recursive: true })
if (child.status !== 0 || !results) {
  console.error(`bench failed (vitest exit ${child.status ?? child.signal}${results ? '' : ', no results written'})`)
  process.exit(1)
}

const ms = (x) => `${x.toFixed(2)} ms`
const line = (label, s) =>
  `  ${label.padEnd(34)} n=${String(s.n).padEnd(4)} p50 ${ms(s.p50).padStart(10)}   p95 ${ms(s.p95).padStart(10)}   mean ${ms(s.mean).padStart(10)}   max ${ms(s.max).padStart(10)}`
const { availability: a, create: c, ratios, seed } = results

console.log('')
console.log(`=== Results (${results.database}) ===`)
console.log(
  `Seed: ${seed.staff} staff, ${seed.services} services, ${seed.bookings} bookings over ${seed.days} days ` +
    `(+ the same ${seed.bookings} rows in bench-bookings) in ${seed.seconds} s`,
)
console.log('')
console.log(`(a) Availability ${a.from}..${a.to} (31 days) of the service all ${a.slotStaff} staff perform`)
console.log(
  `    each request: ${a.slots} free slots returned (${(a.responseBytes / 1024).toFixed(0)} KiB JSON), ` +
    `${a.bookingsLoaded} bookings loaded; the baseline find returns ${a.baselineRows} bookings`,
)
console.log(line('GET /api/booking/availability', a.ours))
console.log(line('baseline payload.find (bookings)', a.baseline))
console.log(`    p95 ratio ours/baseline: ${ratios.availabilityP95.toFixed(2)}`)
console.log('    where the endpoint time goes (in-process, same query):')
console.log(line('  loadSchedulingData (4 queries)', a.profile.load))
console.log(line('    of which the bookings query', a.profile.bookingsQuery))
console.log(line('  computeSlots', a.profile.compute))
console.log(line('  slots -> JSON', a.profile.serialize))
console.log(line('  whole HTTP request (same loop)', a.profile.http))
const inProcess = a.profile.load.p50 + a.profile.compute.p50 + a.profile.serialize.p50
console.log(`    HTTP + routing + client parse (request p50 - sum of the parts' p50): ${ms(Math.max(0, a.profile.http.p50 - inProcess))}`)
console.log('    where the baseline time goes (same rows):')
console.log(line('  payload.db.find (adapter only)', a.profile.baselineAdapter))
console.log(line('  raw SQL through the driver', a.profile.baselineRawSql))
console.log('')
console.log('(b) Create one booking (Local API, free 30-min appointment)')
console.log(line('bookings (capacity hook + lock)', c.ours))
console.log(line('bench-bookings (no hooks)', c.baseline))
console.log(`    p95 ratio ours/baseline: ${ratios.createP95.toFixed(2)}`)
console.log('')
console.log(`availability_p95_ratio=${ratios.availabilityP95.toFixed(2)} create_p95_ratio=${ratios.createP95.toFixed(2)}`)
