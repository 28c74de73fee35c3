import type { Payload } from 'payload'

import { createLocalReq } from 'payload'

import { addDays, localDateOf, MINUTE_MS, wallClockToInstant, weekdayOf } from '../src/scheduling/time.ts'
import { hashToken, newReference, newToken } from '../src/utilities/tokens.ts'
import { BENCH_BOOKINGS } from './benchHarness.ts'

export const TZ = 'Europe/Berlin'
/** A Monday after the spring DST change: the 60 seeded days are all UTC+2. */
export const RANGE_FROM = '2026-04-06'
export const RANGE_DAYS = 60
export const STAFF_COUNT = 20
export const BOOKING_COUNT = 5_000
const DURATIONS = [30, 45, 60, 90, 30, 60, 75, 45, 90, 60]
const BUFFER_AFTER = [0, 0, 0, 10, 0, 0, 10, 0, 10, 0]

type Id = number | string

export interface SeedRow {
  bufferAfterMinutes: number
  end: number
  serviceIndex: number
  staffIndex: number
  start: number
}

export interface Seeded {
  /** The service every staff member performs (30 min, slots every 30 min). */
  allStaffService: Id
  /** One free 19:00–19:30 (Berlin) appointment per (staff, day), for the create bench. */
  freeTimes: { staff: Id; start: string }[]
  rows: SeedRow[]
  seconds: number
  serviceIds: Id[]
  staffIds: Id[]
}

/** A small deterministic PRNG (mulberry32), so every run seeds the same timetable. */
const random = (seed: number) => () => {
  seed = (seed + 0x6d2b79f5) | 0
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed)
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
  return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296
}
const pick = <T>(rnd: () => number, list: readonly T[]): T => list[Math.floor(rnd() * list.length)]!

export const workingDays = (): string[] =>
  Array.from({ length: RANGE_DAYS }, (_, i) => addDays(RANGE_FROM, i)).filter((d) => weekdayOf(d) !== 'sun')

/** Which services (indexes) each staff member performs: service 0 for all, 3–5 in total. */
export const staffServices = (): number[][] => {
  const rnd = random(7)
  return Array.from({ length: STAFF_COUNT }, (_, s) => {
    const wanted = 3 + (s % 3)
    const set = new Set([0])
    while (set.size < wanted) {
      set.add(1 + Math.floor(rnd() * (DURATIONS.length - 1)))
    }
    return [...set]
  })
}

/**
 * The timetable: per staff member and working day, 4–5 appointments placed one after another
 * from 08:00 with gaps of 15–45 minutes (never less than a buffer), so none overlap, and every
 * day ends by 19:00, which leaves 19:00–20:00 free for the create bench.
 */
export const timetable = (services: number[][]): SeedRow[] => {
  const rnd = random(42)
  const days = workingDays()
  const perStaff = BOOKING_COUNT / STAFF_COUNT
  const rows: SeedRow[] = []
  for (let s = 0; s < STAFF_COUNT; s++) {
    days.forEach((date, j) => {
      const count = Math.floor(((j + 1) * perStaff) / days.length) - Math.floor((j * perStaff) / days.length)
      let cursor = wallClockToInstant(date, '08:00', TZ) + pick(rnd, [0, 15]) * MINUTE_MS
      for (let k = 0; k < count; k++) {
        const serviceIndex = pick(rnd, services[s]!)
        const end = cursor + DURATIONS[serviceIndex]! * MINUTE_MS
        rows.push({ bufferAfterMinutes: BUFFER_AFTER[serviceIndex]!, end, serviceIndex, staffIndex: s, start: cursor })
        cursor = end + pick(rnd, [15, 30, 45]) * MINUTE_MS
      }
    })
  }
  // The invariant the plugin would enforce, checked rather than assumed.
  const byStaff = new Map<number, SeedRow[]>()
  rows.forEach((r) => byStaff.set(r.staffIndex, [...(byStaff.get(r.staffIndex) ?? []), r]))
  for (const list of byStaff.values()) {
    list.sort((a, b) => a.start - b.start)
    list.forEach((r, i) => {
      const next = list[i + 1]
      if (next && r.end + r.bufferAfterMinutes * MINUTE_MS > next.start) {
        throw new Error('seed timetable overlaps')
      }
      if (r.end + r.bufferAfterMinutes * MINUTE_MS > wallClockToInstant(localDateOf(r.start, TZ), '19:00', TZ)) {
        throw new Error('seed timetable runs past 19:00')
      }
    })
  }
  if (rows.length !== BOOKING_COUNT) {
    throw new Error(`seeded ${rows.length} rows, expected ${BOOKING_COUNT}`)
  }
  return rows
}

/** Inserts rows with the adapter directly, a few hundred per transaction, `parallel` transactions at once. */
const insertRows = async (payload: Payload, collection: string, rows: Record<string, unknown>[], parallel: number) => {
  const chunks: Record<string, unknown>[][] = []
  for (let i = 0; i < rows.length; i += 250) {
    chunks.push(rows.slice(i, i + 250))
  }
  let next = 0
  const worker = async () => {
    while (next < chunks.length) {
      const chunk = chunks[next++]!
      const req = await createLocalReq({}, payload)
      const id = await payload.db.beginTransaction()
      req.transactionID = id ?? undefined
      try {
        for (const data of chunk) {
          await payload.db.create({ collection: collection as never, data, req, returning: false })
        }
        if (id !== null && id !== undefined) await payload.db.commitTransaction(id)
      } catch (error) {
        if (id !== null && id !== undefined) await payload.db.rollbackTransaction(id)
        throw error
      }
    }
  }
  await Promise.all(Array.from({ length: parallel }, worker))
}

export const seed = async (payload: Payload): Promise<Seeded> => {
  const began = performance.now()
  const serviceDocs = []
  for (const [i, durationMinutes] of DURATIONS.entries()) {
    serviceDocs.push(
      await payload.create({
        collection: 'services',
        data: {
          bufferAfterMinutes: BUFFER_AFTER[i],
          currency: 'EUR',
          durationMinutes,
          minNoticeMinutes: 60,
          name: i === 0 ? 'Express cut (everyone)' : `Service ${i}`,
          price: 20 + i * 5,
        } as never,
      }),
    )
  }
  const serviceIds = serviceDocs.map((d) => d.id)
  const services = staffServices()
  const staffIds: Id[] = []
  for (let s = 0; s < STAFF_COUNT; s++) {
    const staff = await payload.create({
      collection: 'staff',
      data: { name: `Staff ${s + 1}`, email: `staff${s + 1}@example.com`, services: services[s]!.map((i) => serviceIds[i]) } as never,
    })
    staffIds.push(staff.id)
    await payload.create({
      collection: 'availability',
      data: {
        staff: staff.id,
        timezone: TZ,
        weekly: (['mon', 'tue', 'wed', 'thu', 'fri', 'sat'] as const).map((day) => ({ day, end: '20:00', start: '08:00' })),
      } as never,
    })
  }

  const rows = timetable(services)
  const now = new Date().toISOString()
  // What the plugin's hook stores for a Local API / public booking: end, reference, buffers,
  // status, seats, price, the manage-token hash, and the collection's defaults.
  const common = (r: SeedRow, i: number) => ({
    bufferAfterMinutes: r.bufferAfterMinutes,
    bufferBeforeMinutes: 0,
    createdAt: now,
    customer: { name: `Customer ${i}`, email: `customer${i}@example.com`, locale: 'en' },
    end: new Date(r.end).toISOString(),
    reference: newReference('BK'),
    seats: 1,
    service: serviceIds[r.serviceIndex],
    staff: staffIds[r.staffIndex],
    start: new Date(r.start).toISOString(),
    status: 'confirmed',
    updatedAt: now,
  })
  const parallel = payload.db.name === 'postgres' ? 4 : 1
  await insertRows(
    payload,
    'bookings',
    rows.map((r, i) => ({
      ...common(r, i),
      cancelTokenHash: hashToken(newToken()),
      currency: 'EUR',
      overbooking: { allowed: false },
      price: 20 + r.serviceIndex * 5,
      source: 'online',
    })),
    parallel,
  )
  await insertRows(payload, BENCH_BOOKINGS, rows.map(common), parallel)

  const freeTimes: Seeded['freeTimes'] = []
  workingDays().forEach((date, j) => {
    for (let s = 0; s < STAFF_COUNT; s++) {
      if ((j * STAFF_COUNT + s) % 4 === 0) {
        freeTimes.push({ staff: staffIds[s]!, start: new Date(wallClockToInstant(date, '19:00', TZ)).toISOString() })
      }
    }
  })
  return {
    allStaffService: serviceIds[0]!,
    freeTimes,
    rows,
    seconds: (performance.now() - began) / 1000,
    serviceIds,
    staffIds,
  }
}
