import { APIError } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Studio } from './helpers/fixtures.ts'
import type { Harness, HttpResult } from './helpers/harness.ts'

import { seedStudio } from './helpers/fixtures.ts'
import { request, startHarness } from './helpers/harness.ts'

// Wednesday 2026-03-25, Berlin (UTC+1): each test uses its own hour so they never interact.
const at = (hourUtc: number) => `2026-03-25T${String(hourUtc).padStart(2, '0')}:00:00.000Z`

let h: Harness
let studio: Studio

beforeAll(async () => {
  h = await startHarness()
  studio = await seedStudio(h.payload)
})
afterAll(async () => {
  await h?.close()
})

const bookingBody = (service: number | string, staff: number | string, start: string, i: number) => ({
  customer: { email: `visitor${i}@example.com`, name: `Visitor ${i}` },
  service,
  staff,
  start,
})

/** The bookings stored for one staff member at one start, read back from the database. */
const stored = async (staff: number | string, start: string) => {
  const { docs } = await h.payload.find({
    collection: 'bookings',
    limit: 0,
    pagination: false,
    where: { and: [{ staff: { equals: staff } }, { start: { equals: start } }, { status: { equals: 'confirmed' } }] },
  })
  return docs
}

const tally = (results: HttpResult[]) => ({
  conflicts: results.filter((r) => r.status === 409).length,
  created: results.filter((r) => r.status === 201).length,
  other: results.filter((r) => r.status !== 201 && r.status !== 409).map((r) => [r.status, r.body]),
})

describe('overbooking is impossible under concurrent requests', () => {
  it('50 parallel HTTP bookings of one capacity-1 slot: exactly 1 created, 49 × 409, 1 stored', async () => {
    const start = at(9)
    const results = await Promise.all(
      Array.from({ length: 50 }, (_, i) =>
        h.http('POST', '/api/booking/bookings', bookingBody(studio.services.cut, studio.staff.anna, start, i)),
      ),
    )
    const t = tally(results)
    expect(t.other).toEqual([])
    expect(t.created).toBe(1)
    expect(t.conflicts).toBe(49)
    expect(results.find((r) => r.status === 409)!.body.errors[0].message).toMatch(/taken|not available/i)
    expect(await stored(studio.staff.anna, start)).toHaveLength(1)
  })

  it('30 parallel HTTP bookings of an 8-seat class: exactly 8 created and 8 seats stored', async () => {
    const start = at(14) // 15:00 Berlin, Ben teaches 13-17
    const results = await Promise.all(
      Array.from({ length: 30 }, (_, i) =>
        h.http('POST', '/api/booking/bookings', bookingBody(studio.services.class, studio.staff.ben, start, i)),
      ),
    )
    const t = tally(results)
    expect(t.other).toEqual([])
    expect(t.created).toBe(8)
    expect(t.conflicts).toBe(22)
    const docs = await stored(studio.staff.ben, start)
    expect(docs.reduce((sum, d) => sum + Number(d.seats), 0)).toBe(8)
    const availability = await h.http(
      'GET',
      `/api/booking/availability?service=${studio.services.class}&from=2026-03-25&to=2026-03-25`,
    )
    expect(availability.body.slots.map((s: { start: string }) => s.start)).not.toContain(start)
  })

  it('50 parallel Local API creates (no endpoint in front): 1 stored, the rest refused with 409', async () => {
    const start = at(11)
    const outcomes = await Promise.allSettled(
      Array.from({ length: 50 }, (_, i) =>
        h.payload.create({
          collection: 'bookings',
          data: { customer: { name: `Caller ${i}` }, service: studio.services.cut, source: 'phone', staff: studio.staff.anna, start } as never,
        }),
      ),
    )
    const fulfilled = outcomes.filter((o) => o.status === 'fulfilled')
    const refused = outcomes.filter((o): o is PromiseRejectedResult => o.status === 'rejected')
    expect(fulfilled).toHaveLength(1)
    expect(refused).toHaveLength(49)
    for (const r of refused) {
      expect(r.reason).toBeInstanceOf(APIError)
      expect((r.reason as APIError).status).toBe(409)
    }
    expect(await stored(studio.staff.anna, start)).toHaveLength(1)
  })

  it('30 parallel Local API seats in a class: exactly 8 stored', async () => {
    const start = at(15)
    const outcomes = await Promise.allSettled(
      Array.from({ length: 30 }, (_, i) =>
        h.payload.create({
          collection: 'bookings',
          data: { customer: { name: `Yogi ${i}` }, service: studio.services.class, staff: studio.staff.ben, start } as never,
        }),
      ),
    )
    expect(outcomes.filter((o) => o.status === 'fulfilled')).toHaveLength(8)
    expect((await stored(studio.staff.ben, start)).length).toBe(8)
  })

  it('two Payload instances (two pools, two HTTP servers) on one database: still exactly 1', async () => {
    const second = await h.addInstance('second')
    const start = at(13) // 14:00 Berlin
    const results = await Promise.all(
      Array.from({ length: 40 }, (_, i) =>
        request(i % 2 === 0 ? h.server.url : second.server.url, 'POST', '/api/booking/bookings',
          bookingBody(studio.services.cut, studio.staff.anna, start, i)),
      ),
    )
    const t = tally(results)
    expect(t.other).toEqual([])
    expect(t.created).toBe(1)
    expect(t.conflicts).toBe(39)
    expect(await stored(studio.staff.anna, start)).toHaveLength(1)
  })

  it('parallel bookings without a staff member fill every qualified staff member, then 409', async () => {
    const start = at(10) // 11:00 Berlin: Anna and Ben both cut
    const results = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        h.http('POST', '/api/booking/bookings', { ...bookingBody(studio.services.cut, studio.staff.anna, start, i), staff: undefined }),
      ),
    )
    const t = tally(results)
    expect(t.other).toEqual([])
    expect(t.created).toBe(2)
    const staff = results.filter((r) => r.status === 201).map((r) => String(r.body.booking.staff)).sort()
    expect(staff).toEqual([String(studio.staff.anna), String(studio.staff.ben)].sort())
  })
})
