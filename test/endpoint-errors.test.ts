import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'

import type { Studio } from './helpers/fixtures.ts'
import type { Harness, HttpResult } from './helpers/harness.ts'

import { seedStudio } from './helpers/fixtures.ts'
import { startHarness } from './helpers/harness.ts'

// Clock: Monday 2026-03-23 07:00 Berlin (06:00Z). Berlin is UTC+1 until 29 March: 09:00 Berlin = 08:00Z.
const DEFAULT_CLOCK = '2026-03-23T06:00:00Z'
const MON_0900 = '2026-03-23T08:00:00.000Z'
const MON_1000 = '2026-03-23T09:00:00.000Z'
const TUE_1000 = '2026-03-24T09:00:00.000Z'
const TUE_1900 = '2026-03-24T18:00:00.000Z'
const WED_0900 = '2026-03-25T08:00:00.000Z'
const WED_1000 = '2026-03-25T09:00:00.000Z'
const THU_0900 = '2026-03-26T08:00:00.000Z'
const THU_1000 = '2026-03-26T09:00:00.000Z'
const FRI_BEFORE_0900 = '2026-03-20T08:00:00.000Z' // last Friday, inside working hours, in the past
const SAT_1000 = '2026-03-28T09:00:00.000Z'

const HIDDEN = ['holdTokenHash', 'cancelTokenHash', 'idempotencyKey', 'sealedCancelToken', 'idempotencyFingerprint']

type Id = number | string

let h: Harness
let studio: Studio
let inactiveService: Id
let night: { service: Id; staff: Id }
let idle: Id // a staff member with a schedule but no services

const eva = { email: 'eva@example.com', name: 'Eva' }

/** An error answer: the status, `errors[0].field` and a message; never a 500. */
const expectError = (res: HttpResult, status: number, field?: string) => {
  expect(res.status, JSON.stringify(res.body)).not.toBeGreaterThanOrEqual(500)
  expect(res.status, JSON.stringify(res.body)).toBe(status)
  expect(Array.isArray(res.body?.errors), JSON.stringify(res.body)).toBe(true)
  expect(res.body.errors[0].message).toEqual(expect.any(String))
  expect(res.body.errors[0].message.length).toBeGreaterThan(0)
  if (field !== undefined) {
    expect(res.body.errors[0].field, JSON.stringify(res.body)).toBe(field)
  }
}

const hiddenKeysIn = (value: unknown): string[] => {
  if (Array.isArray(value)) {
    return value.flatMap((item) => hiddenKeysIn(item))
  }
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([key, inner]) => [
      ...(HIDDEN.includes(key) || /token/i.test(key) ? [key] : []),
      ...hiddenKeysIn(inner),
    ])
  }
  return []
}

const availability = (query: Record<string, Id | undefined>) => {
  const params = new URLSearchParams()
  for (const [key, value] of Object.entries(query)) {
    if (value !== undefined) {
      params.set(key, String(value))
    }
  }
  return h.http('GET', `/api/booking/availability?${params.toString()}`)
}

const startsOf = (res: HttpResult, staff?: Id): string[] =>
  (res.body.slots as { staff: Id; start: string }[])
    .filter((slot) => staff === undefined || String(slot.staff) === String(staff))
    .map((slot) => slot.start)

const book = (body: unknown, headers?: Record<string, string>) => h.http('POST', '/api/booking/bookings', body, headers)

beforeAll(async () => {
  h = await startHarness({ clock: DEFAULT_CLOCK })
  studio = await seedStudio(h.payload)
  inactiveService = (
    await h.payload.create({
      collection: 'services',
      data: { name: 'Perm (discontinued)', active: false, durationMinutes: 60, minNoticeMinutes: 60 } as never,
    })
  ).id

  // A night service: Nina works Tuesdays 00:00-02:00 Berlin, i.e. Monday 23:00Z to Tuesday 01:00Z,
  // which is Monday evening in New York.
  const nightService = (
    await h.payload.create({
      collection: 'services',
      data: { name: 'Night massage', durationMinutes: 60, minNoticeMinutes: 60 } as never,
    })
  ).id
  const nina = (
    await h.payload.create({ collection: 'staff', data: { name: 'Nina', services: [nightService] } as never })
  ).id
  await h.payload.create({
    collection: 'availability',
    data: { staff: nina, timezone: 'Europe/Berlin', weekly: [{ day: 'tue', end: '02:00', start: '00:00' }] } as never,
  })
  night = { service: nightService, staff: nina }

  idle = (await h.payload.create({ collection: 'staff', data: { name: 'Ida', services: [] } as never })).id
  await h.payload.create({
    collection: 'availability',
    data: {
      staff: idle,
      timezone: 'Europe/Berlin',
      weekly: (['mon', 'tue', 'wed', 'thu', 'fri'] as const).map((day) => ({ day, end: '18:00', start: '08:00' })),
    } as never,
  })
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

describe('POST /api/booking/bookings', () => {
  const valid = () => ({ customer: { ...eva }, service: studio.services.cut, staff: studio.staff.anna, start: WED_0900 })

  it('400 (field body) for a body that is not JSON', async () => {
    expectError(await book('this is not json {'), 400, 'body')
    expectError(await book(''), 400, 'body')
  })

  it('400 (field body) for a JSON body that is not an object', async () => {
    expectError(await book([valid()]), 400, 'body')
    expectError(await book('"a string"'), 400, 'body')
    expectError(await book('null'), 400, 'body')
  })

  it('400 for each missing required field, naming it', async () => {
    const { service: _service, ...noService } = valid()
    expectError(await book(noService), 400, 'service')
    const { start: _start, ...noStart } = valid()
    expectError(await book(noStart), 400, 'start')
    const { customer: _customer, ...noCustomer } = valid()
    expectError(await book(noCustomer), 400, 'customer')
    expectError(await book({ ...valid(), customer: 'Eva' }), 400, 'customer')
    expectError(await book({ ...valid(), customer: { email: eva.email } }), 400, 'customer.name')
    expectError(await book({ ...valid(), customer: { email: eva.email, name: '' } }), 400, 'customer.name')
    expectError(await book({ ...valid(), customer: { name: 'Eva' } }), 400, 'customer.email')
    expectError(await book({ ...valid(), customer: { name: 'Eva', phone: '+49 30 1234567' } }), 400, 'customer.email')
  })

  it('400 (field customer.email) for a bad e-mail address', async () => {
    for (const email of ['eva', 'eva@', 'eva@example', 'eva example@example.com']) {
      expectError(await book({ ...valid(), customer: { email, name: 'Eva' } }), 400, 'customer.email')
    }
  })

  it('400 (field start) for a start without a zone or not a date-time', async () => {
    for (const start of ['2026-03-25T09:00:00', '2026-03-25 09:00', '2026-03-25', 'next wednesday', 1774425600000]) {
      expectError(await book({ ...valid(), start }), 400, 'start')
    }
  })

  it('400 (field seats) for seats 0, 1.5 or "two"', async () => {
    for (const seats of [0, 1.5, 'two', -1]) {
      expectError(await book({ ...valid(), seats }), 400, 'seats')
    }
  })

  it('404 for an unknown service or staff member', async () => {
    expectError(await book({ ...valid(), service: 999999 }), 404, 'service')
    expectError(await book({ ...valid(), service: inactiveService }), 404, 'service')
    expectError(await book({ ...valid(), staff: 999999 }), 404, 'staff')
    expectError(await book({ ...valid(), staff: studio.staff.carla }), 404, 'staff')
  })

  it('409 for a time outside working hours', async () => {
    const evening = await book({ ...valid(), start: TUE_1900 })
    expectError(evening, 409, 'start')
    expect(evening.body.errors[0].data).toMatchObject({ reason: 'unavailable' })
    expectError(await book({ ...valid(), start: SAT_1000 }), 409, 'start')
    // Off the slot grid (Anna's hour starts at :00), though inside her hours.
    expectError(await book({ ...valid(), start: '2026-03-25T08:20:00.000Z' }), 409, 'start')
  })

  it('409 for a time in the past', async () => {
    expectError(await book({ ...valid(), start: FRI_BEFORE_0900 }), 409, 'start')
  })

  it('409 for a time within the 60 minutes of notice', async () => {
    h.clock.set('2026-03-23T07:30:00Z') // 08:30 Berlin: 09:00 is 30 minutes away, 10:00 is 90
    const slots = await availability({ from: '2026-03-23', service: studio.services.cut, staff: studio.staff.anna, to: '2026-03-23' })
    expect(startsOf(slots)).not.toContain(MON_0900)
    expect(startsOf(slots)).toContain(MON_1000)

    const res = await book({ ...valid(), start: MON_0900 })
    expectError(res, 409, 'start')
    expect(res.body.errors[0].message).toMatch(/too soon/)
  })

  it('409 (field service) for a request-only service, pointing to /requests', async () => {
    for (const staff of [studio.staff.carla, undefined]) {
      const res = await book({ ...valid(), service: studio.services.consult, staff, start: TUE_1000 })
      expectError(res, 409, 'service')
      expect(res.body.errors[0].message).toContain('/api/booking/requests')
    }
  })

  it('404 (field holdToken) for an unknown hold token; 400 for one that is not a string', async () => {
    expectError(await book({ ...valid(), holdToken: 'no-such-hold-token' }), 404, 'holdToken')
    expectError(await book({ ...valid(), holdToken: 12345 }), 400, 'holdToken')
  })

  it('400 (field Idempotency-Key) for a key longer than 200 characters or with spaces', async () => {
    expectError(await book(valid(), { 'Idempotency-Key': 'k'.repeat(201) }), 400, 'Idempotency-Key')
    expectError(await book(valid(), { 'Idempotency-Key': 'two words' }), 400, 'Idempotency-Key')
  })

  it('none of the refusals above booked anything', async () => {
    const { totalDocs } = await h.payload.count({ collection: 'bookings', overrideAccess: true })
    expect(totalDocs).toBe(0)
  })

  it('422 (field Idempotency-Key) when a key is reused for a different body', async () => {
    const headers = { 'Idempotency-Key': 'errors-test-reuse' }
    const first = await book({ ...valid(), start: WED_1000 }, headers)
    expect(first.status).toBe(201)
    expectError(await book({ ...valid(), start: '2026-03-25T10:00:00.000Z' }, headers), 422, 'Idempotency-Key')
  })
})

describe('POST /api/booking/holds', () => {
  const hold = (body: unknown) => h.http('POST', '/api/booking/holds', body)

  it('400 for a bad body or missing fields', async () => {
    expectError(await hold('nope'), 400, 'body')
    expectError(await hold([]), 400, 'body')
    expectError(await hold({ service: studio.services.cut, staff: studio.staff.anna }), 400, 'start')
    expectError(await hold({ staff: studio.staff.anna, start: THU_0900 }), 400, 'service')
    expectError(await hold({ service: studio.services.cut, start: '2026-03-26T09:00' }), 400, 'start')
    expectError(await hold({ seats: 0, service: studio.services.cut, start: THU_0900 }), 400, 'seats')
  })

  it('409 (field service) for a request-only service', async () => {
    const res = await hold({ service: studio.services.consult, start: TUE_1000 })
    expectError(res, 409, 'service')
    expect(res.body.errors[0].message).toContain('/api/booking/requests')
  })

  it('409 (field start) for a full slot', async () => {
    // Ben's class, Wednesday 09:00 Berlin: 8 seats.
    const all = await hold({ seats: 8, service: studio.services.class, start: WED_0900 })
    expect(all.status).toBe(201)
    expect(typeof all.body.token).toBe('string')

    // A sold-out session drops out of the slot list, so the answer is the generic "unavailable".
    const full = await hold({ service: studio.services.class, start: WED_0900 })
    expectError(full, 409, 'start')
    expect(['full', 'unavailable']).toContain(full.body.errors[0].data.reason)
    const booking = await book({ customer: eva, service: studio.services.class, start: WED_0900 })
    expectError(booking, 409, 'start')

    // More seats than the class has at all.
    const tooMany = await hold({ seats: 9, service: studio.services.class, start: THU_0900 })
    expectError(tooMany, 409, 'start')
    expect(tooMany.body.errors[0].data).toMatchObject({ reason: 'full' })
  })
})

describe('POST /api/booking/requests', () => {
  const request = (body: unknown) => h.http('POST', '/api/booking/requests', body)
  const valid = () => ({ customer: { name: 'Paul', phone: '+49 30 7654321' }, service: studio.services.consult })

  it('201 with only a phone number', async () => {
    const res = await request({ ...valid(), message: 'Call me after 5', preferredStart: TUE_1000, staff: studio.staff.carla })
    expect(res.status).toBe(201)
    expect(res.body).toEqual({ request: { id: expect.anything(), reference: expect.stringMatching(/^RQ-/), status: 'new' } })
    const stored = (await h.payload.findByID({ id: res.body.request.id, collection: 'booking-requests', depth: 0 })) as unknown as {
      customer: { email?: null | string; phone: string }
      status: string
    }
    expect(stored.customer.phone).toBe('+49 30 7654321')
    expect(stored.customer.email ?? null).toBeNull()
    expect(stored.status).toBe('new')
  })

  it('400 (field customer.email) when the customer has neither e-mail nor phone', async () => {
    expectError(await request({ ...valid(), customer: { name: 'Paul' } }), 400, 'customer.email')
    expectError(await request({ ...valid(), customer: { email: '', name: 'Paul', phone: '' } }), 400, 'customer.email')
  })

  it('400 for a bad body, customer, phone or name', async () => {
    expectError(await request('{{'), 400, 'body')
    expectError(await request([valid()]), 400, 'body')
    expectError(await request({ service: studio.services.consult }), 400, 'customer')
    expectError(await request({ ...valid(), customer: { phone: '+49 30 7654321' } }), 400, 'customer.name')
    expectError(await request({ ...valid(), customer: { name: 'Paul', phone: 'call me' } }), 400, 'customer.phone')
    const { service: _service, ...noService } = valid()
    expectError(await request(noService), 400, 'service')
  })

  it('404 (field service) for an unknown or inactive service', async () => {
    expectError(await request({ ...valid(), service: 999999 }), 404, 'service')
    expectError(await request({ ...valid(), service: inactiveService }), 404, 'service')
  })

  it('400 (field preferredStart) for a bad preferred start', async () => {
    for (const preferredStart of ['2026-03-24T10:00', 'Tuesday morning', 42]) {
      expectError(await request({ ...valid(), preferredStart }), 400, 'preferredStart')
    }
  })

  it('404 (field staff) for a staff member who does not perform the service, or does not exist', async () => {
    expectError(await request({ ...valid(), staff: studio.staff.anna }), 404, 'staff')
    expectError(await request({ ...valid(), staff: 999999 }), 404, 'staff')
  })
})

describe('POST /api/booking/cancel and GET /api/booking/lookup', () => {
  let reference: string
  let token: string

  beforeAll(async () => {
    const res = await book({
      customer: { ...eva, phone: '+49 30 1111111' },
      notes: 'Short please',
      service: studio.services.cut,
      staff: studio.staff.anna,
      start: THU_1000,
    })
    expect(res.status).toBe(201)
    reference = res.body.booking.reference
    token = res.body.cancelToken
  })

  const cancel = (body: unknown) => h.http('POST', '/api/booking/cancel', body)
  const lookup = (query: Record<string, string>) =>
    h.http('GET', `/api/booking/lookup?${new URLSearchParams(query).toString()}`)

  it('400 (field reference) without a reference', async () => {
    expectError(await cancel({ token: 'x' }), 400, 'reference')
    expectError(await cancel({ reference: '   ', token: 'x' }), 400, 'reference')
    expectError(await cancel({ reference: 12345, token: 'x' }), 400, 'reference')
    expectError(await lookup({ token: 'x' }), 400, 'reference')
    expectError(await lookup({ reference: '', token: 'x' }), 400, 'reference')
  })

  it('400 (field token) without a token', async () => {
    expectError(await cancel({ reference }), 400, 'token')
    expectError(await lookup({ reference }), 400, 'token')
  })

  it('400 (field body) for a cancel body that is not a JSON object', async () => {
    expectError(await cancel('reference=BK-1'), 400, 'body')
    expectError(await cancel([reference, token]), 400, 'body')
  })

  it('404 (field reference) for an unknown reference', async () => {
    expectError(await cancel({ reference: 'BK-ZZZZZZZZ', token }), 404, 'reference')
    expectError(await lookup({ reference: 'BK-ZZZZZZZZ', token }), 404, 'reference')
  })

  it('403 (field token) for the wrong token, and the booking stays confirmed', async () => {
    const wrong = `${token.slice(0, -2)}xx`
    expectError(await cancel({ reference, token: wrong }), 403, 'token')
    expectError(await lookup({ reference, token: wrong }), 403, 'token')
    expectError(await lookup({ reference, token: 'short' }), 403, 'token')
    const still = await lookup({ reference, token })
    expect(still.body.booking.status).toBe('confirmed')
  })

  it('lookup with the right token returns the booking with its customer and no token or hash', async () => {
    const res = await lookup({ reference: reference.toLowerCase(), token })
    expect(res.status).toBe(200)
    expect(res.body.booking).toMatchObject({
      customer: { email: eva.email, name: 'Eva', phone: '+49 30 1111111' },
      end: '2026-03-26T10:00:00.000Z',
      notes: 'Short please',
      reference,
      start: THU_1000,
      status: 'confirmed',
    })
    expect(String(res.body.booking.staff)).toBe(String(studio.staff.anna))
    expect(hiddenKeysIn(res.body)).toEqual([])
    expect(JSON.stringify(res.body)).not.toContain(token)
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
