// Shared setup for the access-rule tests (access-visitors and access-staff-admin).
// Each test file boots its own harness and calls `seedAccessFixtures` in its own beforeAll.
import { expect } from 'vitest'

import type { Studio } from './fixtures.ts'
import type { Harness, HttpResult } from './harness.ts'

import { seedStudio } from './fixtures.ts'
import { hiddenKeysIn } from './hidden.ts'

// Clock: Monday 2026-03-23 07:00 Berlin. Berlin is UTC+1 until 29 March, so 09:00 Berlin = 08:00Z.
export const TUE_0900 = '2026-03-24T08:00:00.000Z'
export const TUE_1000 = '2026-03-24T09:00:00.000Z'
export const WED_0900 = '2026-03-25T08:00:00.000Z'
export const WED_1000 = '2026-03-25T09:00:00.000Z'
export const WED_1100 = '2026-03-25T10:00:00.000Z'
const THU_0900 = '2026-03-26T08:00:00.000Z'
const THU_1100 = '2026-03-26T10:00:00.000Z'

export type Id = number | string
export type Doc = Record<string, any>

export const idOf = (value: unknown): Id => (value && typeof value === 'object' ? (value as { id: Id }).id : (value as Id))
export const ids = (docs: Doc[]) => docs.map((d) => String(d.id))
export const same = (a: unknown, b: unknown) => String(idOf(a)) === String(idOf(b))

export const customer = (name: string) => ({ email: `${name.toLowerCase()}@example.org`, name, phone: '+49 30 1234567' })

/** A response any test got, with who asked for what. */
export interface SeenResponse {
  body: unknown
  label: string
}

/** Every hidden field in the responses seen, as `label: path`; empty when nothing leaked. */
export const hiddenFieldLeaks = (seen: SeenResponse[]): string[] =>
  seen.flatMap(({ body, label }) => hiddenKeysIn(body).map((path) => `${label}: ${path}`))

/**
 * REST calls that record every response in `seen` (to check at the end that no hidden field ever
 * left the server). Takes a getter because the harness is only booted in the test file's beforeAll.
 */
export const accessCalls = (harness: () => Harness) => {
  const seen: SeenResponse[] = []
  const call = async (
    method: 'GET' | 'POST',
    path: string,
    options: { body?: unknown; token?: string } = {},
  ): Promise<HttpResult> => {
    const res = await harness().http(method, path, options.body, options.token ? { Authorization: `JWT ${options.token}` } : {})
    seen.push({ body: res.body, label: `${method} ${path} (${options.token ? 'logged in' : 'anonymous'})` })
    return res
  }
  const countBookings = async () =>
    (await harness().payload.count({ collection: 'bookings', overrideAccess: true })).totalDocs
  return { call, countBookings, seen }
}

const login = async (h: Harness, email: string, password: string): Promise<string> => {
  const res = await h.http('POST', '/api/users/login', { email, password })
  expect(res.status).toBe(200)
  expect(typeof res.body.token).toBe('string')
  return res.body.token as string
}

export interface AccessFixtures {
  adminToken: string
  annaBooking: Doc
  annaToken: string
  benBooking: Doc
  /** A booking made through the public API, holding a hold-token hash. */
  holdBooking: Id
  inactiveService: Id
  inactiveStaff: Id
  /** A booking made through the public API with an idempotency key: it carries the other hidden fields. */
  onlineBooking: Id
  requests: { anna: Id; ben: Id }
  schedules: { anna: Id; ben: Id }
  studio: Studio
}

/**
 * The studio, an inactive service and staff member, a phone booking each for Anna and Ben, an
 * online booking and a hold (with every hidden field), a request each for Anna and Ben, and
 * login tokens for the admin and for Anna.
 */
export const seedAccessFixtures = async (h: Harness): Promise<AccessFixtures> => {
  const studio = await seedStudio(h.payload)

  const inactiveService = (
    await h.payload.create({
      collection: 'services',
      data: { name: 'Retired perm', active: false, durationMinutes: 30 } as never,
    })
  ).id
  const inactiveStaff = (
    await h.payload.create({
      collection: 'staff',
      data: { name: 'Old Otto', active: false, email: 'otto@example.com', services: [studio.services.cut] } as never,
    })
  ).id

  const book = async (staff: Id, start: string, name: string) =>
    (await h.payload.create({
      collection: 'bookings',
      data: { customer: customer(name), service: studio.services.cut, source: 'phone', staff, start } as never,
      depth: 0,
      overrideAccess: true,
    })) as unknown as Doc
  const annaBooking = await book(studio.staff.anna, TUE_0900, 'Alice')
  const benBooking = await book(studio.staff.ben, TUE_0900, 'Bruno')

  // Bookings made through the public API carry every hidden field: a manage-token hash, an
  // idempotency key with its fingerprint and sealed token, and (for a hold) a hold-token hash.
  const online = await h.http(
    'POST',
    '/api/booking/bookings',
    { customer: customer('Olga'), service: studio.services.cut, staff: studio.staff.anna, start: THU_0900 },
    { 'Idempotency-Key': 'access-test-key-1' },
  )
  expect(online.status).toBe(201)
  const onlineBooking: Id = online.body.booking.id
  const hold = await h.http('POST', '/api/booking/holds', {
    service: studio.services.cut,
    staff: studio.staff.anna,
    start: THU_1100,
  })
  expect(hold.status).toBe(201)
  const holdBooking: Id = hold.body.id

  const scheduleOf = async (staff: Id) =>
    (
      await h.payload.find({
        collection: 'availability',
        depth: 0,
        overrideAccess: true,
        where: { staff: { equals: staff } },
      })
    ).docs[0]!.id
  const schedules = { anna: await scheduleOf(studio.staff.anna), ben: await scheduleOf(studio.staff.ben) }

  const request = async (staff: Id, name: string, booking?: Id) =>
    (
      await h.payload.create({
        collection: 'booking-requests',
        data: { booking, customer: customer(name), service: studio.services.cut, staff } as never,
        overrideAccess: true,
      })
    ).id
  const requests = { anna: await request(studio.staff.anna, 'Rita', onlineBooking), ben: await request(studio.staff.ben, 'Rolf') }

  const adminToken = await login(h, 'admin@example.com', 'admin-password')
  const annaToken = await login(h, 'anna@example.com', 'anna-password')

  return {
    adminToken,
    annaBooking,
    annaToken,
    benBooking,
    holdBooking,
    inactiveService,
    inactiveStaff,
    onlineBooking,
    requests,
    schedules,
    studio,
  }
}
