#!/usr/bin/env node
// `npm test`: the whole suite on SQLite, then the database tests again on Postgres whenever
// TEST_POSTGRES_URI (or a postgres DATABASE_URI) names a server. The browser tests run once, on
// SQLite (they test the pages, which the database does not change), plus the admin smoke test on
// Postgres; BROWSER_TESTS_ON_POSTGRES=1 runs them all on Postgres too. Prints how many tests ran on
// each database; the last line is the total as "N passed, N failed".
import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

const extraArgs = process.argv.slice(2)
const postgresUri =
  process.env.TEST_POSTGRES_URI ||
  (process.env.DATABASE_URI?.startsWith('postgres') ? process.env.DATABASE_URI : undefined)

const runs = [{ args: [], database: 'sqlite', label: 'SQLite (unit + integration)' }]
if (postgresUri) {
  if (process.env.BROWSER_TESTS_ON_POSTGRES === '1') {
    runs.push({ args: ['test/'], database: 'postgres', label: 'Postgres (integration + browser)' })
  } else {
    runs.push({ args: ['test/', '--exclude', 'test/browser/**'], database: 'postgres', label: 'Postgres (integration)' })
    runs.push({ args: ['test/browser/admin.test.ts'], database: 'postgres', label: 'Postgres (admin in the browser)' })
  }
}

const outDir = mkdtempSync(path.join(tmpdir(), 'booking-test-'))
const results = []
for (const run of runs) {
  const outputFile = path.join(outDir, `${run.database}-${results.length}.json`)
  console.log(`\n=== ${run.label} ===`)
  const child = spawnSync(
    process.execPath,
    [
      'node_modules/vitest/vitest.mjs',
      'run',
      '--reporter=default',
      '--reporter=json',
      `--outputFile.json=${outputFile}`,
      ...run.args,
      ...extraArgs,
    ],
    {
      env: { ...process.env, TEST_DB: run.database, ...(postgresUri ? { TEST_POSTGRES_URI: postgresUri } : {}), TZ: 'America/New_York' },
      stdio: 'inherit',
    },
  )
  let report = { numFailedTests: 0, numPassedTests: 0, numPendingTests: 0, numTotalTests: 0 }
  try {
    report = JSON.parse(readFileSync(outputFile, 'utf8'))
  } catch {
    report.numFailedTests = 1 // the runner died before it could report: that is a failure
  }
  const failed = report.numFailedTests + (child.status !== 0 && report.numFailedTests === 0 ? 1 : 0)
  results.push({ ...run, failed, passed: report.numPassedTests, skipped: report.numPendingTests })
}

console.log('\n=== Tests per database ===')
for (const r of results) {
  console.log(`${r.label}: ${r.passed} passed, ${r.failed} failed, ${r.skipped} skipped`)
}
if (!postgresUri) {
  console.log('Postgres: not run (set TEST_POSTGRES_URI=postgres://postgres@127.0.0.1:5432/test to include it)')
}
const passed = results.reduce((n, r) => n + r.passed, 0)
const failed = results.reduce((n, r) => n + r.failed, 0)
console.log(`${passed} passed, ${failed} failed`)
process.exit(failed > 0 ? 1 : 0)
