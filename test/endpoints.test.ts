import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Harness } from './helpers/harness.ts'
import type { Studio } from './helpers/fixtures.ts'

import { seedStudio } from './helpers/fixtures.ts'
import { startHarness } from './helpers/harness.ts'

// Clock: Monday 2026-03-23 07:00 Berlin. Tuesday 24th 09:00 Berlin = 08:00Z (CET, before DST).
const TUE_0900 = '2026-03-24T08:00:00.000Z'
const TUE_1000 = '2026-03-24T09:00:00.000Z'

let h: Harness
let studio: Studio

beforeAll(async () => {
  h = await startHarness()
  studio = await seedStudio(h.payload)
})
afterAll(async () => {
  await h?.close()
})

describe('GET /api/booking/availability', () => {
  it('lists free slots of every qualified staff member as UTC instants', async () => {
    const res = await h.http('GET', `/api/booking/availability?service=${studio.services.cut}&from=2026-03-24&to=2026-03-24`)
    expect(res.status).toBe(200)
    expect(res.body.timezone).toBe('Europe/Berlin')
    const anna = res.body.slots.filter((s: { staff: unknown }) => String(s.staff) === String(studio.staff.anna))
    const ben = res.body.slots.filter((s: { staff: unknown }) => String(s.staff) === String(studio.staff.ben))
    expect(anna).toHaveLength(8)
    expect(anna[0]).toMatchObject({ end: TUE_1000, seatsLeft: 1, start: TUE_0900 })
    expect(ben).toHaveLength(7) // 09-12 and 13-17
  })
})

describe('POST /api/booking/bookings', () => {
  it('books a free slot and returns the booking and a manage token', async () => {
    const res = await h.http('POST', '/api/booking/bookings', {
      customer: { email: 'eva@example.com', name: 'Eva' },
      service: studio.services.cut,
      staff: studio.staff.anna,
      start: TUE_0900,
    })
    expect(res.status).toBe(201)
    expect(res.body.booking).toMatchObject({ end: TUE_1000, start: TUE_0900, status: 'confirmed' })
    expect(res.body.booking.reference).toMatch(/^BK-[2-9A-Z]{8}$/)
    expect(typeof res.body.cancelToken).toBe('string')
  })
})

describe('availability cost', () => {
  it('loads its data in a constant number of queries, whatever the range or staff count', async () => {
    const db = h.payload.db as unknown as Record<string, (...args: unknown[]) => unknown>
    const methods = ['find', 'findOne', 'count', 'queryDrafts'] as const
    const originals = methods.map((m) => db[m])
    let calls = 0
    methods.forEach((m, i) => {
      db[m] = (...args: unknown[]) => {
        calls++
        return (originals[i] as (...a: unknown[]) => unknown).apply(h.payload.db, args)
      }
    })
    const queriesFor = async (path: string) => {
      calls = 0
      const res = await h.http('GET', path)
      expect(res.status).toBe(200)
      return calls
    }
    try {
      const oneDayOneStaff = await queriesFor(
        `/api/booking/availability?service=${studio.services.cut}&staff=${studio.staff.anna}&from=2026-03-24&to=2026-03-24`,
      )
      const monthAllStaff = await queriesFor(
        `/api/booking/availability?service=${studio.services.cut}&from=2026-03-24&to=2026-04-23`,
      )
      expect(monthAllStaff).toBe(oneDayOneStaff)
      expect(monthAllStaff).toBeLessThanOrEqual(4)
    } finally {
      methods.forEach((m, i) => {
        db[m] = originals[i]!
      })
    }
  })
})
