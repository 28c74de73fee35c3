// Error answers of POST /api/booking/bookings, /holds, /requests, /cancel and GET /api/booking/lookup.
// Setup and helpers: ./helpers/errorSetup.ts; availability and inputs at the edges: ./availability-errors.test.ts.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'

import type { Id } from './helpers/errorSetup.ts'
import type { Studio } from './helpers/fixtures.ts'
import type { Harness } from './helpers/harness.ts'

import {
  DEFAULT_CLOCK, endpointCalls, eva, expectError, FRI_BEFORE_0900, MON_0900, MON_1000, SAT_1000, seedErrorFixtures,
  startsOf, THU_0900, THU_1000, TUE_1000, TUE_1900, WED_0900, WED_1000,
} from './helpers/errorSetup.ts'
import { startHarness } from './helpers/harness.ts'
import { hiddenKeysIn } from './helpers/hidden.ts'

let h: Harness
let studio: Studio
let inactiveService: Id

const { availability, book } = endpointCalls(() => h)

beforeAll(async () => {
  h = await startHarness({ clock: DEFAULT_CLOCK })
  ;({ inactiveService, studio } = await seedErrorFixtures(h.payload))
})

afterEach(() => {
  h.clock.set(DEFAULT_CLOCK)
})

afterAll(async () => {
  await h?.close()
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

  it('a request-only service answers the same whether the time is free or outside working hours', async () => {
    // Carla consults Tuesdays 10-16 Berlin: 10:00 is free, 21:00 is not a working time.
    for (const start of [TUE_1000, '2026-03-24T20:00:00.000Z']) {
      for (const res of [await hold({ service: studio.services.consult, start }), await h.http('POST', '/api/booking/bookings', { customer: { email: 'eva@example.org', name: 'Eva' }, service: studio.services.consult, start })]) {
        expectError(res, 409, 'service')
        expect(res.body.errors[0].data.reason).toBe('request-only')
      }
    }
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
    expect(hiddenKeysIn(res.body, { anyTokenKey: true })).toEqual([])
    expect(JSON.stringify(res.body)).not.toContain(token)
  })
})
