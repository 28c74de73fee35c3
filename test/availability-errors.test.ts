// Error answers of GET /api/booking/availability, and inputs at the edges of every public endpoint.
// Shared setup and helpers: ./helpers/errorSetup.ts. Bookings, holds, requests and cancel/lookup:
// ./booking-errors.test.ts.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'

import type { Id } from './helpers/errorSetup.ts'
import type { Studio } from './helpers/fixtures.ts'
import type { Harness } from './helpers/harness.ts'

import { DEFAULT_CLOCK, endpointCalls, eva, expectError, seedErrorFixtures, startsOf, THU_0900 } from './helpers/errorSetup.ts'
import { startHarness } from './helpers/harness.ts'

let h: Harness
let studio: Studio
let inactiveService: Id
let night: { service: Id; staff: Id }
let idle: Id // a staff member with a schedule but no services

const { availability, book } = endpointCalls(() => h)

beforeAll(async () => {
  h = await startHarness({ clock: DEFAULT_CLOCK })
  ;({ idle, inactiveService, night, studio } = await seedErrorFixtures(h.payload))
})

afterEach(() => {
  h.clock.set(DEFAULT_CLOCK)
})

afterAll(async () => {
  await h?.close()
})

describe('GET /api/booking/availability', () => {
  const day = { from: '2026-03-24', to: '2026-03-24' }

  it('answers 200 for a good query (the baseline of the cases below)', async () => {
    const res = await availability({ service: studio.services.cut, ...day })
    expect(res.status).toBe(200)
    expect(startsOf(res, studio.staff.anna)).toHaveLength(8)
  })

  it('400 without a service', async () => {
    expectError(await availability({ ...day }), 400, 'service')
    expectError(await availability({ service: '', ...day }), 400, 'service')
  })

  it('400 for a service that is not an id', async () => {
    expectError(await availability({ service: 'a b;c', ...day }), 400, 'service')
  })

  it('404 for an unknown service', async () => {
    expectError(await availability({ service: 999999, ...day }), 404, 'service')
  })

  it('404 for an inactive service', async () => {
    expectError(await availability({ service: inactiveService, ...day }), 404, 'service')
  })

  it('400 for a missing or badly formatted `from`', async () => {
    expectError(await availability({ service: studio.services.cut, to: day.to }), 400, 'from')
    for (const from of ['24.03.2026', '2026-3-24', '2026-03-24T00:00:00Z', '2026-02-30', 'tomorrow']) {
      expectError(await availability({ from, service: studio.services.cut, to: '2026-03-31' }), 400, 'from')
    }
  })

  it('400 for a missing or badly formatted `to`', async () => {
    expectError(await availability({ from: day.from, service: studio.services.cut }), 400, 'to')
    for (const to of ['2026/03/25', '2026-03-32', '2026-13-01', '25-03-2026']) {
      expectError(await availability({ from: day.from, service: studio.services.cut, to }), 400, 'to')
    }
  })

  it('400 (field to) when `to` is before `from`', async () => {
    expectError(await availability({ from: '2026-03-25', service: studio.services.cut, to: '2026-03-24' }), 400, 'to')
  })

  it('allows 62 days but not 63 (field to)', async () => {
    const ok = await availability({ from: '2026-03-24', service: studio.services.cut, to: '2026-05-24' })
    expect(ok.status).toBe(200)
    expect(ok.body.slots.length).toBeGreaterThan(0)
    expectError(await availability({ from: '2026-03-24', service: studio.services.cut, to: '2026-05-25' }), 400, 'to')
  })

  it('400 (field tz) for an unknown timezone', async () => {
    expectError(await availability({ service: studio.services.cut, tz: 'Mars/Olympus', ...day }), 400, 'tz')
  })

  it('404 (field staff) for an unknown staff member', async () => {
    expectError(await availability({ service: studio.services.cut, staff: 999999, ...day }), 404, 'staff')
  })

  it('404 (field staff) for a staff member who does not perform the service', async () => {
    expectError(await availability({ service: studio.services.cut, staff: studio.staff.carla, ...day }), 404, 'staff')
    expectError(await availability({ service: studio.services.consult, staff: studio.staff.anna, ...day }), 404, 'staff')
  })

  it('a staff member with no services gets no slots, though they have working hours', async () => {
    const all = await availability({ service: studio.services.cut, ...day })
    expect(all.status).toBe(200)
    expect(all.body.slots.length).toBeGreaterThan(0)
    expect(startsOf(all, idle)).toEqual([])
    expectError(await availability({ service: studio.services.cut, staff: idle, ...day }), 404, 'staff')
  })

  it('`tz` decides which instants a calendar date covers', async () => {
    // Berlin's 24 March runs 23:00Z (23rd) to 23:00Z (24th); New York's (EDT) 04:00Z (24th) to 04:00Z (25th).
    const berlin = await availability({ service: night.service, ...day })
    expect(berlin.status).toBe(200)
    expect(berlin.body.timezone).toBe('Europe/Berlin')
    expect(startsOf(berlin)).toEqual(['2026-03-23T23:00:00.000Z', '2026-03-24T00:00:00.000Z'])

    const newYork = await availability({ service: night.service, tz: 'America/New_York', ...day })
    expect(newYork.status).toBe(200)
    expect(newYork.body.timezone).toBe('America/New_York')
    expect(startsOf(newYork)).toEqual([])

    // The same two slots are Monday evening in New York.
    const newYorkMonday = await availability({
      from: '2026-03-23',
      service: night.service,
      to: '2026-03-23',
      tz: 'America/New_York',
    })
    expect(startsOf(newYorkMonday)).toEqual(['2026-03-23T23:00:00.000Z', '2026-03-24T00:00:00.000Z'])
    const berlinMonday = await availability({ from: '2026-03-23', service: night.service, to: '2026-03-23' })
    expect(startsOf(berlinMonday)).toEqual([])
  })
})

/**
 * Inputs that pass the first checks but then make the server fail: the public API must answer
 * them with a 4xx naming the field, never a 500.
 */
describe('inputs at the edges never give a 500', () => {
  it.each([
    ['9999-12-01', '9999-12-31'],
    ['0000-01-01', '0000-01-02'],
  ])('availability from %s to %s (the ends of the calendar)', async (from, to) => {
    const res = await availability({ from, service: studio.services.cut, to })
    expect(res.status, JSON.stringify(res.body)).toBeLessThan(500)
    if (res.status === 200) {
      expect(res.body.slots).toEqual([]) // far outside [now, now + maxAdvanceDays]
    } else {
      expectError(res, 400)
      expect(['from', 'to']).toContain(res.body.errors[0].field)
    }
  })

  it.each(['2200-01-06T08:00:00Z', '9999-12-31T08:00:00Z'])('a booking and a hold at %s are a 4xx on `start`', async (start) => {
    for (const res of [
      await book({ customer: eva, service: studio.services.cut, start }),
      await h.http('POST', '/api/booking/holds', { service: studio.services.cut, start }),
    ]) {
      expect(res.status, JSON.stringify(res.body)).toBeLessThan(500)
      expect([400, 409]).toContain(res.status)
      expect(res.body.errors[0].field).toBe('start')
    }
  })

  it('a start on a date that does not exist (31 April) is a 400 on `start`, not a booking on 1 May', async () => {
    // 1 May 2026 is a Friday: 09:00 Berlin (CEST) = 07:00Z is a free slot of Anna's.
    const res = await book({ customer: eva, service: studio.services.cut, staff: studio.staff.anna, start: '2026-04-31T07:00:00Z' })
    expectError(res, 400, 'start')
    expectError(await book({ customer: eva, service: studio.services.cut, start: '2026-02-30T08:00:00Z' }), 400, 'start')
  })

  it('a staff id too large for the database is a 404 on `staff`', async () => {
    const huge = '99999999999999999999'
    expectError(await availability({ from: '2026-03-24', service: studio.services.cut, staff: huge, to: '2026-03-24' }), 404, 'staff')
    expectError(await book({ customer: eva, service: studio.services.cut, staff: huge, start: THU_0900 }), 404, 'staff')
    expectError(await h.http('POST', '/api/booking/holds', { service: studio.services.cut, staff: huge, start: THU_0900 }), 404, 'staff')
    expectError(await h.http('POST', '/api/booking/requests', { customer: eva, service: studio.services.consult, staff: huge }), 404, 'staff')
  })
})
