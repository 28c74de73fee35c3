// `npm run bench:reports` (through bench/reports.mjs): a year of 50,000 bookings on Postgres, the
// report of the whole year timed against bare queries over the same rows, in the same run.
import { writeFileSync } from 'node:fs'
import { createLocalReq } from 'payload'
import { afterAll, beforeAll, expect, it } from 'vitest'

import type { Bench } from './benchHarness.ts'

import { buildReport } from '../src/operations/reports/buildReport.ts'
import { reportQueries } from '../src/operations/reports/reportQueries.ts'
import { reportSql } from '../src/operations/reports/reportSql.ts'
import { startHttpServer } from '../test/helpers/httpServer.ts'
import { addDays, MINUTE_MS, startOfLocalDay, wallClockToInstant, weekdayOf } from '../src/scheduling/time.ts'
import { startBench } from './benchHarness.ts'
import { summarize, timed } from './stats.ts'

const TZ = 'Europe/Berlin'
const YEAR_FROM = '2026-01-01'
const YEAR_TO = '2026-12-31'
const BOOKINGS = 50_000
const STAFF = 20
const DURATIONS = [30, 45, 60, 90, 30, 60, 75, 45, 60, 60]
const CLASS = 9 // the last service is a 10-seat class
const REQUESTS = 2_000
const RUNS = 9
const WARMUP = 2

type Id = number | string

let bench: Bench

beforeAll(async () => {
  // "Now" is 1 October: three quarters of the year have started.
  bench = await startBench('2026-10-01T08:00:00.000Z')
})
afterAll(async () => {
  await bench?.close()
})

/** mulberry32: the same year every run. */
const random = (seed: number) => () => {
  seed = (seed + 0x6d2b79f5) | 0
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed)
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
  return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296
}

interface DrizzleInsert {
  insert: (table: unknown) => { values: (rows: Record<string, unknown>[]) => Promise<unknown> }
}

/** Rows straight into a collection's table through Payload's Drizzle instance, 1,000 per statement. */
const bulkInsert = async (slug: string, rows: Record<string, unknown>[]) => {
  const db = bench.payload.db as unknown as { drizzle: DrizzleInsert; tables: Record<string, unknown> }
  const table = db.tables[slug.replace(/-/g, '_')]
  for (let i = 0; i < rows.length; i += 1000) {
    await db.drizzle.insert(table).values(rows.slice(i, i + 1000))
  }
}

const seedYear = async () => {
  const { payload } = bench
  const began = performance.now()
  const serviceIds: Id[] = []
  for (const [i, durationMinutes] of DURATIONS.entries()) {
    const doc = await payload.create({
      collection: 'services',
      data: { capacity: i === CLASS ? 10 : 1, currency: 'EUR', durationMinutes, name: `Service ${i + 1}`, price: 20 + i * 5 } as never,
    })
    serviceIds.push(doc.id)
  }
  const staffIds: Id[] = []
  for (let s = 0; s < STAFF; s++) {
    const staff = await payload.create({
      collection: 'staff',
      data: { name: `Staff ${s + 1}`, email: `staff${s + 1}@example.com`, services: serviceIds } as never,
    })
    staffIds.push(staff.id)
    await payload.create({
      collection: 'availability',
      data: {
        exceptions: [{ closed: true, date: '2026-12-25', endDate: '2026-12-26', note: 'Christmas' }],
        staff: staff.id,
        timezone: TZ,
        weekly: (['mon', 'tue', 'wed', 'thu', 'fri', 'sat'] as const).map((day) => ({ day, end: '20:00', start: '08:00' })),
      } as never,
    })
  }
  const days: string[] = []
  for (let d = YEAR_FROM; d <= YEAR_TO; d = addDays(d, 1)) {
    if (weekdayOf(d) !== 'sun') days.push(d)
  }
  const rnd = random(2026)
  const now = new Date().toISOString()
  const rows: Record<string, unknown>[] = []
  const perStaffDay = BOOKINGS / (STAFF * days.length)
  for (let s = 0; s < STAFF; s++) {
    days.forEach((date, j) => {
      const slot = s * days.length + j
      const count = Math.floor((slot + 1) * perStaffDay) - Math.floor(slot * perStaffDay)
      let cursor = wallClockToInstant(date, '08:00', TZ)
      for (let k = 0; k < count; k++) {
        const service = Math.floor(rnd() * DURATIONS.length)
        const end = cursor + DURATIONS[service]! * MINUTE_MS
        const roll = rnd()
        const status = roll < 0.7 ? 'completed' : roll < 0.78 ? 'no-show' : roll < 0.88 ? 'confirmed' : 'cancelled'
        const i = rows.length
        rows.push({
          bufferAfterMinutes: 0,
          bufferBeforeMinutes: 0,
          cancellation_reason: status === 'cancelled' ? (rnd() < 0.2 ? 'Hold expired' : 'Cancelled by the customer') : null,
          checkedInAt: status === 'completed' && rnd() < 0.85 ? new Date(cursor - 5 * MINUTE_MS).toISOString() : null,
          createdAt: now,
          currency: 'EUR',
          customer_name: `Customer ${i}`,
          end: new Date(end).toISOString(),
          overbooking_allowed: false,
          paymentStatus: status !== 'cancelled' && rnd() < 0.3 ? 'paid' : null,
          price: 20 + service * 5,
          reference: `BK-B${String(i).padStart(7, '0')}`,
          seats: service === CLASS ? 1 + Math.floor(rnd() * 3) : 1,
          service: serviceIds[service],
          source: 'online',
          staff: staffIds[s],
          start: new Date(cursor).toISOString(),
          status,
          updatedAt: now,
        })
        cursor = end + 15 * MINUTE_MS
      }
    })
  }
  expect(rows.length).toBe(BOOKINGS)
  await bulkInsert('bookings', rows)
  const inserted = await payload.find({ collection: 'bookings', depth: 0, limit: 0, pagination: false, select: {}, where: { paymentStatus: { equals: 'paid' } } })
  await bulkInsert(
    'booking-payments',
    inserted.docs.map((doc, i) => ({
      amount: 4000,
      booking: doc.id,
      createdAt: now,
      currency: 'EUR',
      kind: 'full',
      provider: 'manual',
      refundedAmount: 0,
      status: 'paid',
      total: 4000,
      updatedAt: now,
      ...(i % 50 === 0 ? { refundedAmount: 4000, status: 'refunded' } : {}),
    })),
  )
  const statuses = ['new', 'contacted', 'booked', 'declined', 'expired']
  await bulkInsert(
    'booking-requests',
    Array.from({ length: REQUESTS }, (_, i) => ({
      createdAt: new Date(startOfLocalDay(days[i % days.length]!, TZ) + 10 * 3_600_000).toISOString(),
      customer_name: `Requester ${i}`,
      reference: `RQ-B${String(i).padStart(7, '0')}`,
      service: serviceIds[i % serviceIds.length],
      staff: i % 3 === 0 ? null : staffIds[i % STAFF],
      status: statuses[i % statuses.length],
      updatedAt: now,
    })),
  )
  return { payments: inserted.docs.length, seconds: (performance.now() - began) / 1000 }
}

it('times the report of a year of 50,000 bookings', async () => {
  const { payload } = bench
  const seeded = await seedYear()
  expect(await payload.count({ collection: 'bookings' })).toEqual({ totalDocs: BOOKINGS })
  await payload.create({ collection: 'users', data: { email: 'admin@example.com', password: 'admin-pw', role: 'admin' } as never })
  const login = await bench.http('POST', '/api/users/login', { email: 'admin@example.com', password: 'admin-pw' })
  const token = login.body.token as string

  const query = `from=${YEAR_FROM}&to=${YEAR_TO}`
  // A server of our own in front of the bench's Payload instance, to send the login token.
  const server = await startHttpServer(Promise.resolve(payload.config), `bench-${bench.database.uri}`)
  const endpoint = async () => {
    const res = await fetch(`${server.url}/api/booking/reports?${query}`, { headers: { Authorization: `JWT ${token}` } })
    if (res.status !== 200) throw new Error(`reports answered ${res.status}: ${await res.text()}`)
    return (await res.json()) as { days: unknown[]; totals: { bookings: number; utilisation: number } }
  }
  const req = await createLocalReq({ user: { ...(login.body.user as object), collection: 'users' } as never }, payload)
  const operation = () => buildReport(req, bench.options, { from: YEAR_FROM, service: null, staff: null, to: YEAR_TO })
  const yearWhere = {
    and: [
      { start: { greater_than_equal: new Date(startOfLocalDay(YEAR_FROM, TZ)).toISOString() } },
      { start: { less_than: new Date(startOfLocalDay(addDays(YEAR_TO, 1), TZ)).toISOString() } },
    ],
  }
  const count = () => payload.count({ collection: 'bookings', where: yearWhere })
  const db = payload.db as unknown as { drizzle: unknown; execute: (a: { drizzle: unknown; raw: string }) => Promise<{ rows: unknown[] }> }
  const aggregate = () =>
    db.execute({
      drizzle: db.drizzle,
      raw: `SELECT count(*), sum(price * seats) FROM bookings WHERE start >= '${new Date(startOfLocalDay(YEAR_FROM, TZ)).toISOString()}'::timestamptz AND start < '${new Date(startOfLocalDay(addDays(YEAR_TO, 1), TZ)).toISOString()}'::timestamptz`,
    })

  for (let i = 0; i < WARMUP; i++) {
    await endpoint()
    await operation()
    await count()
    await aggregate()
  }
  const samples = { aggregate: [] as number[], count: [] as number[], endpoint: [] as number[], operation: [] as number[] }
  let answer: Awaited<ReturnType<typeof endpoint>> | undefined
  for (let i = 0; i < RUNS; i++) {
    const e = await timed(endpoint)
    samples.endpoint.push(e.ms)
    answer = e.value
    samples.operation.push((await timed(operation)).ms)
    samples.count.push((await timed(count)).ms)
    samples.aggregate.push((await timed(aggregate)).ms)
  }
  await server.close()

  // Where the time goes: each aggregate query alone (they run in parallel in the report).
  const window = { end: startOfLocalDay(addDays(YEAR_TO, 1), TZ), start: startOfLocalDay(YEAR_FROM, TZ) }
  const q = reportQueries(reportSql(payload, TZ, window), bench.options, { ...window, now: bench.clock.now.getTime(), service: null, staff: null })
  const parts: Record<string, () => Promise<unknown>> = {
    'bookings per day and per staff × service': () => q.bookingAggregates(),
    'online payments': () => q.onlinePayments(),
    'requests per day': () => q.requestCounts('day'),
    'requests per staff': () => q.requestCounts('staff'),
    'requests per service': () => q.requestCounts('service'),
  }
  const profile: Record<string, ReturnType<typeof summarize>> = {}
  for (const [label, run] of Object.entries(parts)) {
    await run()
    const ms: number[] = []
    for (let i = 0; i < 5; i++) ms.push((await timed(run)).ms)
    profile[label] = summarize(ms)
  }
  expect(answer!.days).toHaveLength(365)
  const results = {
    answer: { bookings: answer!.totals.bookings, utilisation: answer!.totals.utilisation },
    database: bench.database.kind,
    profile,
    endpoint: summarize(samples.endpoint),
    operation: summarize(samples.operation),
    baselineCount: summarize(samples.count),
    baselineAggregate: summarize(samples.aggregate),
    seed: { bookings: BOOKINGS, payments: seeded.payments, requests: REQUESTS, seconds: Math.round(seeded.seconds * 10) / 10, staff: STAFF },
  }
  writeFileSync(process.env.BENCH_OUT ?? '/dev/null', JSON.stringify(results))
})
