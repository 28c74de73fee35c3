import { writeFileSync } from 'node:fs'
import { APIError, createLocalReq } from 'payload'
import { afterAll, beforeAll, expect, it } from 'vitest'

import type { Bench } from './benchHarness.ts'
import type { Seeded } from './seed.ts'
import type { Stats } from './stats.ts'

import { findBlockingBookings } from '../src/operations/findBlockingBookings.ts'
import { loadSchedulingData } from '../src/operations/loadSchedulingData.ts'
import { computeSlots } from '../src/scheduling/slots.ts'
import { addDays, startOfLocalDay } from '../src/scheduling/time.ts'
import { newReference } from '../src/utilities/tokens.ts'
import { BENCH_BOOKINGS, benchDatabaseKind, startBench } from './benchHarness.ts'
import { BOOKING_COUNT, RANGE_DAYS, RANGE_FROM, seed, STAFF_COUNT, TZ } from './seed.ts'
import { summarize, timed } from './stats.ts'

const WARMUP = 10
const AVAILABILITY_RUNS = 200
const PROFILE_RUNS = 20
/** The profile runs after 400 timed requests: the code is warm, two rounds are enough. */
const PROFILE_WARMUP = 2
const FROM = RANGE_FROM
const TO = addDays(RANGE_FROM, 30) // 31 days, both inclusive

let bench: Bench
let seeded: Seeded

beforeAll(async () => {
  bench = await startBench(new Date(startOfLocalDay(RANGE_FROM, TZ)).toISOString())
  seeded = await seed(bench.payload)
})
afterAll(async () => {
  await bench?.close()
})

it('benchmarks availability and booking creation', async () => {
  const { payload } = bench
  const results: Record<string, unknown> = {
    database: benchDatabaseKind(),
    seed: {
      bookings: BOOKING_COUNT,
      days: RANGE_DAYS,
      seconds: Math.round(seeded.seconds * 10) / 10,
      services: seeded.serviceIds.length,
      staff: STAFF_COUNT,
    },
  }
  expect(await payload.count({ collection: 'bookings' })).toEqual({ totalDocs: BOOKING_COUNT })
  expect(await payload.count({ collection: BENCH_BOOKINGS as never })).toEqual({ totalDocs: BOOKING_COUNT })

  // The hook sees the seeded rows: a booking on top of one is refused.
  const taken = seeded.rows.find((r) => r.serviceIndex === 0)!
  const refused = await payload
    .create({
      collection: 'bookings',
      data: {
        customer: { name: 'Clash' },
        service: seeded.allStaffService,
        staff: seeded.staffIds[taken.staffIndex],
        start: new Date(taken.start).toISOString(),
      } as never,
    })
    .then(() => null, (error: unknown) => error)
  expect(refused).toBeInstanceOf(APIError)
  expect((refused as APIError).status).toBe(409)

  // (a) availability over HTTP vs a bare Local API find of the same month of bookings.
  const path = `/api/booking/availability?service=${seeded.allStaffService}&from=${FROM}&to=${TO}`
  const fromIso = new Date(startOfLocalDay(FROM, TZ)).toISOString()
  const toIso = new Date(startOfLocalDay(addDays(TO, 1), TZ)).toISOString()
  const rangeWhere = { and: [{ start: { greater_than_equal: fromIso } }, { start: { less_than: toIso } }] }
  const baselineFind = () =>
    payload.find({ collection: 'bookings', depth: 0, limit: 0, pagination: false, where: rangeWhere })
  const availability = async () => {
    const response = await bench.http('GET', path)
    if (response.status !== 200) {
      throw new Error(`availability answered ${response.status}: ${JSON.stringify(response.body)}`)
    }
    return response.body as { slots: { staff: number | string }[] }
  }
  for (let i = 0; i < WARMUP; i++) {
    await availability()
    await baselineFind()
  }
  const ours: number[] = []
  const base: number[] = []
  let slots = 0
  let slotStaff = 0
  let baselineRows = 0
  let bytes = 0
  for (let i = 0; i < AVAILABILITY_RUNS; i++) {
    const a = await timed(availability)
    ours.push(a.ms)
    slots = a.value.slots.length
    slotStaff = new Set(a.value.slots.map((s) => s.staff)).size
    bytes = JSON.stringify(a.value).length
    const b = await timed(baselineFind)
    base.push(b.ms)
    baselineRows = b.value.docs.length
  }

  // Where the endpoint's time goes, in-process: the four queries, the bookings query alone, the
  // slot computation, and turning slots into the JSON body. The rest is HTTP and routing.
  const req = await createLocalReq({}, payload)
  const now = bench.options.clock().getTime()
  const window = { end: startOfLocalDay(addDays(TO, 2), 'UTC'), start: startOfLocalDay(addDays(FROM, -1), 'UTC') }
  const load: number[] = []
  const bookingsQuery: number[] = []
  const compute: number[] = []
  const serialize: number[] = []
  const httpSameLoop: number[] = []
  let loaded = 0
  for (let i = 0; i < PROFILE_WARMUP + PROFILE_RUNS; i++) {
    const l = await timed(() =>
      loadSchedulingData({ now, options: bench.options, req, serviceId: seeded.allStaffService, window }),
    )
    const data = l.value
    const q = await timed(() =>
      findBlockingBookings({ from: window.start, now, options: bench.options, req, staffIds: data.staff.map((s) => s.id), to: window.end }),
    )
    const c = await timed(async () =>
      computeSlots({ bookings: data.bookings, from: FROM, now, schedules: data.schedules, service: data.rules, timezone: TZ, to: TO }),
    )
    const s = await timed(async () =>
      JSON.stringify({
        slots: c.value.map((slot) => ({
          end: new Date(slot.end).toISOString(),
          seatsLeft: slot.seatsLeft,
          staff: /^\d+$/.test(slot.staffId) ? Number(slot.staffId) : slot.staffId,
          start: new Date(slot.start).toISOString(),
        })),
      }),
    )
    const h = await timed(availability) // the whole request, under the same conditions
    if (i >= PROFILE_WARMUP) {
      httpSameLoop.push(h.ms)
      load.push(l.ms)
      bookingsQuery.push(q.ms)
      compute.push(c.ms)
      serialize.push(s.ms)
    }
    loaded = data.bookings.length
    expect(c.value.length).toBe(slots)
  }
  // And the baseline's own cost split: the adapter alone (no Payload afterRead) and the raw SQL.
  const adapterFind: number[] = []
  const rawSql: number[] = []
  const db = payload.db as unknown as {
    client?: { execute: (q: { args: string[]; sql: string }) => Promise<unknown> }
    pool?: { query: (sql: string, args: string[]) => Promise<unknown> }
  }
  const raw = () =>
    db.pool
      ? db.pool.query('select * from bookings where start >= $1 and start < $2', [fromIso, toIso])
      : db.client!.execute({ args: [fromIso, toIso], sql: 'select * from bookings where start >= ? and start < ?' })
  for (let i = 0; i < PROFILE_WARMUP + PROFILE_RUNS; i++) {
    const d = await timed(() => payload.db.find({ collection: 'bookings', limit: 0, pagination: false, req, where: rangeWhere }))
    const r = await timed(raw)
    if (i >= PROFILE_WARMUP) {
      adapterFind.push(d.ms)
      rawSql.push(r.ms)
    }
  }
  results.availability = {
    baseline: summarize(base),
    baselineRows,
    bookingsLoaded: loaded,
    from: FROM,
    ours: summarize(ours),
    profile: {
      bookingsQuery: summarize(bookingsQuery),
      compute: summarize(compute),
      http: summarize(httpSameLoop),
      baselineAdapter: summarize(adapterFind),
      baselineRawSql: summarize(rawSql),
      load: summarize(load),
      serialize: summarize(serialize),
    },
    responseBytes: bytes,
    slotStaff,
    slots,
    to: TO,
  }

  // (b) a booking through the plugin's hook (capacity lock + check) vs a bare create without hooks,
  // alternating, each on its own free 19:00–19:30 appointment.
  const createOurs: number[] = []
  const createBase: number[] = []
  for (const [i, free] of seeded.freeTimes.entries()) {
    const customer = { name: `Caller ${i}`, email: `caller${i}@example.com` }
    const plain = {
      bufferAfterMinutes: 0,
      bufferBeforeMinutes: 0,
      customer,
      end: new Date(Date.parse(free.start) + 30 * 60_000).toISOString(),
      reference: newReference('BK'),
      seats: 1,
      service: seeded.allStaffService,
      staff: free.staff,
      start: free.start,
      status: 'confirmed',
    }
    const a = await timed(() =>
      payload.create({
        collection: 'bookings',
        data: { customer, service: seeded.allStaffService, source: 'phone', staff: free.staff, start: free.start } as never,
      }),
    )
    const b = await timed(() => payload.create({ collection: BENCH_BOOKINGS as never, data: plain as never }))
    if (i >= WARMUP) {
      createOurs.push(a.ms)
      createBase.push(b.ms)
    }
  }
  expect(await payload.count({ collection: 'bookings' })).toEqual({ totalDocs: BOOKING_COUNT + seeded.freeTimes.length })
  results.create = { baseline: summarize(createBase), ours: summarize(createOurs) }

  const ratio = (r: { baseline: Stats; ours: Stats }) => Math.round((r.ours.p95 / r.baseline.p95) * 100) / 100
  results.ratios = {
    availabilityP95: ratio(results.availability as { baseline: Stats; ours: Stats }),
    createP95: ratio(results.create as { baseline: Stats; ours: Stats }),
  }
  if (process.env.BENCH_OUT) {
    writeFileSync(process.env.BENCH_OUT, JSON.stringify(results, null, 2))
  }
})
