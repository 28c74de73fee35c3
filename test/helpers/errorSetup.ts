// Shared setup for the endpoint error-path tests (availability-errors and booking-errors).
// Each test file boots its own harness and calls `seedErrorFixtures` in its own beforeAll.
import type { Payload } from 'payload'

import { expect } from 'vitest'

import type { Studio } from './fixtures.ts'
import type { Harness, HttpResult } from './harness.ts'

import { seedStudio } from './fixtures.ts'

// Clock: Monday 2026-03-23 07:00 Berlin (06:00Z). Berlin is UTC+1 until 29 March: 09:00 Berlin = 08:00Z.
export const DEFAULT_CLOCK = '2026-03-23T06:00:00Z'
export const MON_0900 = '2026-03-23T08:00:00.000Z'
export const MON_1000 = '2026-03-23T09:00:00.000Z'
export const TUE_1000 = '2026-03-24T09:00:00.000Z'
export const TUE_1900 = '2026-03-24T18:00:00.000Z'
export const WED_0900 = '2026-03-25T08:00:00.000Z'
export const WED_1000 = '2026-03-25T09:00:00.000Z'
export const THU_0900 = '2026-03-26T08:00:00.000Z'
export const THU_1000 = '2026-03-26T09:00:00.000Z'
export const FRI_BEFORE_0900 = '2026-03-20T08:00:00.000Z' // last Friday, inside working hours, in the past
export const SAT_1000 = '2026-03-28T09:00:00.000Z'

export type Id = number | string

export const eva = { email: 'eva@example.com', name: 'Eva' }

/** An error answer: the status, `errors[0].field` and a message; never a 500. */
export const expectError = (res: HttpResult, status: number, field?: string) => {
  expect(res.status, JSON.stringify(res.body)).not.toBeGreaterThanOrEqual(500)
  expect(res.status, JSON.stringify(res.body)).toBe(status)
  expect(Array.isArray(res.body?.errors), JSON.stringify(res.body)).toBe(true)
  expect(res.body.errors[0].message).toEqual(expect.any(String))
  expect(res.body.errors[0].message.length).toBeGreaterThan(0)
  if (field !== undefined) {
    expect(res.body.errors[0].field, JSON.stringify(res.body)).toBe(field)
  }
}

/** The slot starts in an availability answer, optionally only those of one staff member. */
export const startsOf = (res: HttpResult, staff?: Id): string[] =>
  (res.body.slots as { staff: Id; start: string }[])
    .filter((slot) => staff === undefined || String(slot.staff) === String(staff))
    .map((slot) => slot.start)

/**
 * Calls to the public endpoints. Takes a getter because the harness is only booted in the test
 * file's beforeAll, after these are created.
 */
export const endpointCalls = (harness: () => Harness) => ({
  availability: (query: Record<string, Id | undefined>) => {
    const params = new URLSearchParams()
    for (const [key, value] of Object.entries(query)) {
      if (value !== undefined) {
        params.set(key, String(value))
      }
    }
    return harness().http('GET', `/api/booking/availability?${params.toString()}`)
  },
  book: (body: unknown, headers?: Record<string, string>) => harness().http('POST', '/api/booking/bookings', body, headers),
})

export interface ErrorFixtures {
  /** A staff member with a schedule but no services. */
  idle: Id
  inactiveService: Id
  /** Nina's night service: Tuesdays 00:00-02:00 Berlin. */
  night: { service: Id; staff: Id }
  studio: Studio
}

/** The studio, plus an inactive service, a night service with its staff member, and an idle staff member. */
export const seedErrorFixtures = async (payload: Payload): Promise<ErrorFixtures> => {
  const studio = await seedStudio(payload)
  const inactiveService = (
    await payload.create({
      collection: 'services',
      data: { name: 'Perm (discontinued)', active: false, durationMinutes: 60, minNoticeMinutes: 60 } as never,
    })
  ).id

  // A night service: Nina works Tuesdays 00:00-02:00 Berlin, i.e. Monday 23:00Z to Tuesday 01:00Z,
  // which is Monday evening in New York.
  const nightService = (
    await payload.create({
      collection: 'services',
      data: { name: 'Night massage', durationMinutes: 60, minNoticeMinutes: 60 } as never,
    })
  ).id
  const nina = (await payload.create({ collection: 'staff', data: { name: 'Nina', services: [nightService] } as never })).id
  await payload.create({
    collection: 'availability',
    data: { staff: nina, timezone: 'Europe/Berlin', weekly: [{ day: 'tue', end: '02:00', start: '00:00' }] } as never,
  })
  const night = { service: nightService, staff: nina }

  const idle = (await payload.create({ collection: 'staff', data: { name: 'Ida', services: [] } as never })).id
  await payload.create({
    collection: 'availability',
    data: {
      staff: idle,
      timezone: 'Europe/Berlin',
      weekly: (['mon', 'tue', 'wed', 'thu', 'fri'] as const).map((day) => ({ day, end: '18:00', start: '08:00' })),
    } as never,
  })

  return { idle, inactiveService, night, studio }
}
