// The admin calendar's endpoints: GET /api/booking/calendar (the visible range in one answer),
// /calendar/check (the live slot check) and /calendar/customers (the type-ahead), their shape and
// access rules, and the writes the calendar makes through the bookings collection.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Studio } from './helpers/fixtures.ts'
import type { Harness, HttpResult } from './helpers/harness.ts'

import { seedStudio } from './helpers/fixtures.ts'
import { startHarness } from './helpers/harness.ts'
import { hiddenKeysIn } from './helpers/hidden.ts'

type Id = number | string
type Doc = Record<string, any>

// Clock: Monday 2026-03-23 07:00 Berlin (UTC+1 until 29 March): 09:00 Berlin = 08:00Z.
const MON_0900 = '2026-03-23T08:00:00.000Z'
const TUE_0900 = '2026-03-24T08:00:00.000Z'
const TUE_1000 = '2026-03-24T09:00:00.000Z'
const TUE_1030 = '2026-03-24T09:30:00.000Z'
const WED_1000 = '2026-03-25T09:00:00.000Z'
const WEEK = 'from=2026-03-23&to=2026-03-29'

let h: Harness
let studio: Studio
let adminToken: string
let annaToken: string
let strangerToken: string
const b: Record<string, Doc> = {}
const requests: Record<string, Id> = {}

const same = (a: unknown, c: unknown) => String(a) === String(c)

const call = async (method: string, path: string, token?: string, body?: unknown): Promise<HttpResult> => {
  const res = await fetch(h.server.url + path, {
    body: body === undefined ? undefined : JSON.stringify(body),
    headers: { 'content-type': 'application/json', ...(token ? { Authorization: `JWT ${token}` } : {}) },
    method,
  })
  const text = await res.text()
  return { body: text ? JSON.parse(text) : null, status: res.status }
}

const login = async (email: string, password: string) => {
  const res = await call('POST', '/api/users/login', undefined, { email, password })
  expect(res.status).toBe(200)
  return res.body.token as string
}

const book = async (data: Record<string, unknown>) =>
  (await h.payload.create({
    collection: 'bookings',
    context: { bookingSilent: true },
    data: { source: 'phone', ...data } as never,
    depth: 0,
    overrideAccess: true,
  })) as unknown as Doc

beforeAll(async () => {
  h = await startHarness()
  studio = await seedStudio(h.payload)
  const { anna, ben } = studio.staff
  const { class: klass, colour, cut } = studio.services
  b.alice = await book({ customer: { name: 'Alice Adler', phone: '+49 30 111' }, service: cut, staff: anna, start: TUE_0900 })
  b.bruno = await book({ customer: { name: 'Bruno Berg', email: 'bruno@example.org' }, service: cut, staff: ben, start: TUE_0900 })
  b.yoga1 = await book({ customer: { name: 'Yara' }, seats: 2, service: klass, staff: ben, start: WED_1000 })
  b.yoga2 = await book({ customer: { name: 'Yusuf' }, seats: 3, service: klass, staff: ben, start: WED_1000 })
  b.gone = await book({ customer: { name: 'Gina' }, service: colour, staff: anna, start: WED_1000, status: 'cancelled' })
  // Last month's customer, for the type-ahead.
  h.clock.set('2026-02-20T06:00:00Z')
  b.old = await book({ customer: { name: 'Alina Alt', phone: '+49 30 999' }, service: cut, staff: anna, start: '2026-02-23T08:00:00.000Z' })
  h.clock.set('2026-03-23T06:00:00Z')

  const request = async (name: string, staff: Id, preferredStart: string) =>
    (
      await h.payload.create({
        collection: 'booking-requests',
        context: { bookingSilent: true },
        data: { customer: { name, phone: '+49 30 555' }, preferredStart, service: cut, staff } as never,
        overrideAccess: true,
      })
    ).id
  requests.open = await request('Rita', anna, WED_1000)
  // Monday 06:00 Berlin has passed at 07:00: the request counts as expired at once.
  requests.expired = await request('Eddie', anna, '2026-03-23T05:00:00.000Z')

  const annaSchedule = await h.payload.find({ collection: 'availability', overrideAccess: true, where: { staff: { equals: anna } } })
  await h.payload.update({
    collection: 'availability',
    data: { exceptions: [{ closed: true, date: '2026-03-27', note: 'Dentist' }] } as never,
    id: annaSchedule.docs[0]!.id,
    overrideAccess: true,
  })
  await h.payload.create({ collection: 'users', data: { email: 'nobody@example.com', password: 'nobody-pw', role: 'staff' } as never })

  adminToken = await login('admin@example.com', 'admin-password')
  annaToken = await login('anna@example.com', 'anna-password')
  strangerToken = await login('nobody@example.com', 'nobody-pw')
})

afterAll(async () => {
  await h?.close()
})

describe('GET /api/booking/calendar', () => {
  it('answers 401 without a login and 403 for a user who is neither admin nor staff', async () => {
    for (const path of [`/api/booking/calendar?${WEEK}`, '/api/booking/calendar/customers?q=Al', `/api/booking/calendar/check?service=1&staff=1&start=${TUE_0900}`]) {
      expect((await call('GET', path)).status, path).toBe(401)
      expect((await call('GET', path, strangerToken)).status, path).toBe(403)
    }
  })

  it('returns staff, services, working hours, time off, bookings and requests of the range in one answer', async () => {
    const res = await call('GET', `/api/booking/calendar?${WEEK}`, adminToken)
    expect(res.status).toBe(200)
    const body = res.body
    expect(Object.keys(body).sort()).toEqual(
      ['bookings', 'from', 'now', 'requests', 'services', 'staff', 'timeOff', 'timezone', 'to', 'workingHours'].sort(),
    )
    expect(body.timezone).toBe('Europe/Berlin')
    expect(body.from).toBe('2026-03-23')
    expect(body.now).toBe('2026-03-23T06:00:00.000Z')
    expect(body.staff.map((s: Doc) => s.name)).toEqual(['Anna', 'Ben', 'Carla'])
    const anna = body.staff.find((s: Doc) => s.name === 'Anna')
    expect(anna.services.map(String).sort()).toEqual([studio.services.cut, studio.services.colour].map(String).sort())
    const klass = body.services.find((s: Doc) => same(s.id, studio.services.class))
    expect(klass).toMatchObject({ active: true, bookingMode: 'instant', capacity: 8, durationMinutes: 60, name: 'Yoga class' })

    // Anna works 09-17 Berlin on weekdays, but not on Friday the 27th (time off).
    const annaHours = body.workingHours.filter((w: Doc) => same(w.staff, studio.staff.anna))
    expect(annaHours[0]).toEqual({ end: '2026-03-23T16:00:00.000Z', staff: anna.id, start: MON_0900 })
    expect(annaHours).toHaveLength(4)
    expect(annaHours.some((w: Doc) => w.start.startsWith('2026-03-27'))).toBe(false)
    expect(body.timeOff).toEqual([{ endDate: '2026-03-27', note: 'Dentist', staff: anna.id, startDate: '2026-03-27' }])
    // Ben's lunch break splits his days.
    expect(body.workingHours.filter((w: Doc) => same(w.staff, studio.staff.ben))).toHaveLength(10)

    const alice = body.bookings.find((x: Doc) => same(x.id, b.alice!.id))
    expect(alice).toEqual({
      checkedInAt: null,
      customer: { email: null, name: 'Alice Adler', phone: '+49 30 111' },
      end: TUE_1000,
      holdExpiresAt: null,
      id: b.alice!.id,
      notes: null,
      paymentStatus: null,
      reference: b.alice!.reference,
      seats: 1,
      seatsTaken: 1,
      service: studio.services.cut,
      source: 'phone',
      staff: studio.staff.anna,
      start: TUE_0900,
      status: 'confirmed',
      updatedAt: expect.any(String),
    })
    // Both yoga bookings share one session of 5 seats taken.
    const yoga = body.bookings.filter((x: Doc) => same(x.service, studio.services.class))
    expect(yoga.map((x: Doc) => x.seatsTaken)).toEqual([5, 5])
    // Cancelled bookings only when filtered in; the old booking is outside the range.
    expect(body.bookings.map((x: Doc) => String(x.id)).sort()).toEqual(
      [b.alice, b.bruno, b.yoga1, b.yoga2].map((x) => String(x!.id)).sort(),
    )
    // The open request naming Anna and a time; the expired one is hidden.
    expect(body.requests).toEqual([
      {
        customer: { email: null, name: 'Rita', phone: '+49 30 555' },
        end: '2026-03-25T10:00:00.000Z',
        expired: false,
        id: requests.open,
        message: null,
        reference: expect.stringMatching(/^RQ-/),
        service: studio.services.cut,
        staff: studio.staff.anna,
        start: WED_1000,
        status: 'new',
      },
    ])
    expect(hiddenKeysIn(body, { anyTokenKey: true })).toEqual([])
  })

  it('shows expired requests and cancelled bookings only when asked, and filters by staff, service and status', async () => {
    const expired = await call('GET', `/api/booking/calendar?${WEEK}&includeExpired=1`, adminToken)
    expect(expired.body.requests.map((r: Doc) => [String(r.id), r.expired, r.status])).toEqual([
      [String(requests.expired), true, 'expired'],
      [String(requests.open), false, 'new'],
    ])
    const cancelled = await call('GET', `/api/booking/calendar?${WEEK}&status=cancelled`, adminToken)
    expect(cancelled.body.bookings.map((x: Doc) => String(x.id))).toEqual([String(b.gone!.id)])
    const ben = await call('GET', `/api/booking/calendar?${WEEK}&staff=${studio.staff.ben}`, adminToken)
    expect(ben.body.staff.map((s: Doc) => s.name)).toEqual(['Ben'])
    expect(ben.body.bookings.every((x: Doc) => same(x.staff, studio.staff.ben))).toBe(true)
    expect(ben.body.requests).toEqual([])
    const yoga = await call('GET', `/api/booking/calendar?${WEEK}&service=${studio.services.class}`, adminToken)
    expect(yoga.body.bookings).toHaveLength(2)
    expect(yoga.body.staff).toHaveLength(3) // the service filter narrows bookings, not columns
  })

  it('gives a staff user their own column only, and 403 for someone else’s', async () => {
    const res = await call('GET', `/api/booking/calendar?${WEEK}&includeExpired=1`, annaToken)
    expect(res.status).toBe(200)
    expect(res.body.staff.map((s: Doc) => s.name)).toEqual(['Anna'])
    expect(res.body.bookings.every((x: Doc) => same(x.staff, studio.staff.anna))).toBe(true)
    expect(res.body.workingHours.every((x: Doc) => same(x.staff, studio.staff.anna))).toBe(true)
    expect(JSON.stringify(res.body)).not.toContain('Bruno')
    const ben = await call('GET', `/api/booking/calendar?${WEEK}&staff=${studio.staff.ben}`, annaToken)
    expect(ben.status).toBe(403)
  })

  it('rejects bad ranges and filters with a 400 naming the field', async () => {
    const cases: [string, string][] = [
      ['from=2026-03-23', 'to'],
      ['from=2026-02-30&to=2026-03-01', 'from'],
      ['from=2026-03-23&to=2026-03-01', 'to'],
      ['from=2026-01-01&to=2026-12-31', 'to'],
      [`${WEEK}&status=lost`, 'status'],
      [`${WEEK}&staff=a;b`, 'staff'],
    ]
    for (const [query, field] of cases) {
      const res = await call('GET', `/api/booking/calendar?${query}`, adminToken)
      expect(res.status, query).toBe(400)
      expect(res.body.errors[0].field, query).toBe(field)
    }
  })

  it('loads any range with the same fixed number of queries (no query per day or staff member)', async () => {
    const db = h.payload.db as unknown as Record<string, (...args: unknown[]) => unknown>
    const counted = ['find', 'findOne', 'count', 'queryDrafts'] as const
    const originals = Object.fromEntries(counted.map((name) => [name, db[name]]))
    let calls = 0
    for (const name of counted) {
      db[name] = (...args: unknown[]) => {
        calls++
        return originals[name]!.apply(db, args)
      }
    }
    try {
      const measure = async (query: string) => {
        calls = 0
        expect((await call('GET', `/api/booking/calendar?${query}`, adminToken)).status).toBe(200)
        return calls
      }
      const oneDay = await measure('from=2026-03-24&to=2026-03-24')
      const month = await measure('from=2026-03-01&to=2026-03-31&includeExpired=1')
      expect(month).toBe(oneDay)
      expect(oneDay).toBeLessThanOrEqual(6)
    } finally {
      for (const name of counted) db[name] = originals[name]!
    }
  })
})

describe('GET /api/booking/calendar/check', () => {
  const check = (query: string, token = adminToken) => call('GET', `/api/booking/calendar/check?${query}`, token)

  it('says a free slot is free, inside working hours or not', async () => {
    const free = await check(`service=${studio.services.cut}&staff=${studio.staff.anna}&start=${TUE_1000}`)
    expect(free.status).toBe(200)
    expect(free.body).toEqual({ insideWorkingHours: true, ok: true, seatsLeft: 0 })
    const early = await check(`service=${studio.services.cut}&staff=${studio.staff.anna}&start=2026-03-24T06:00:00Z`)
    expect(early.body).toEqual({ insideWorkingHours: false, ok: true, seatsLeft: 0 })
  })

  it('names the booking a slot collides with, buffers included, and ignores the booking being moved', async () => {
    const taken = await check(`service=${studio.services.cut}&staff=${studio.staff.anna}&start=${TUE_0900.replace('08:00', '08:30')}`)
    expect(taken.body).toEqual({
      conflict: { customer: 'Alice Adler', end: TUE_1000, reference: b.alice!.reference, service: studio.services.cut, start: TUE_0900 },
      insideWorkingHours: true,
      ok: false,
      reason: 'conflict',
    })
    // Colour from 07:30 Berlin ends at Alice's 09:00 start, but its 15-minute buffer after reaches into it.
    const colour = await check(`service=${studio.services.colour}&staff=${studio.staff.anna}&start=2026-03-24T06:30:00Z`)
    expect(colour.body.reason).toBe('conflict')
    const self = await check(`service=${studio.services.cut}&staff=${studio.staff.anna}&start=${TUE_1030}&exclude=${b.alice!.id}&end=2026-03-24T09:45:00Z`)
    expect(self.body.ok).toBe(true)
    const moved = await check(`service=${studio.services.cut}&staff=${studio.staff.anna}&start=2026-03-24T08:30:00Z&exclude=${b.alice!.id}`)
    expect(moved.body.ok).toBe(true)
  })

  it('counts the seats of a group class', async () => {
    const fits = await check(`service=${studio.services.class}&staff=${studio.staff.ben}&start=${WED_1000}&seats=3`)
    expect(fits.body).toEqual({ insideWorkingHours: true, ok: true, seatsLeft: 0 })
    const full = await check(`service=${studio.services.class}&staff=${studio.staff.ben}&start=${WED_1000}&seats=4`)
    expect(full.body).toEqual({ insideWorkingHours: true, ok: false, reason: 'full', seatsLeft: 3 })
  })

  it('agrees with the capacity hook: what it calls a conflict, a write refuses with 409', async () => {
    const verdict = await check(`service=${studio.services.cut}&staff=${studio.staff.ben}&start=2026-03-24T08:30:00Z`)
    expect(verdict.body.ok).toBe(false)
    const write = await call('POST', '/api/bookings', adminToken, {
      customer: { name: 'Clash' }, service: studio.services.cut, source: 'phone', staff: studio.staff.ben, start: '2026-03-24T08:30:00Z',
    })
    expect(write.status).toBe(409)
  })

  it('lets staff check only their own column, and validates its input', async () => {
    expect((await check(`service=${studio.services.cut}&staff=${studio.staff.anna}&start=${TUE_1000}`, annaToken)).status).toBe(200)
    expect((await check(`service=${studio.services.cut}&staff=${studio.staff.ben}&start=${TUE_1000}`, annaToken)).status).toBe(403)
    const bad = await check(`service=${studio.services.cut}&staff=${studio.staff.anna}&start=tuesday`)
    expect(bad.status).toBe(400)
    expect(bad.body.errors[0].field).toBe('start')
    const notPerformed = await check(`service=${studio.services.class}&staff=${studio.staff.anna}&start=${TUE_1000}`)
    expect(notPerformed.status).toBe(404)
  })
})

describe('GET /api/booking/calendar/customers', () => {
  it('finds earlier customers by name, phone or e-mail, most recent first, once each', async () => {
    const res = await call('GET', '/api/booking/calendar/customers?q=Al', adminToken)
    expect(res.status).toBe(200)
    expect(res.body.customers).toEqual([
      { email: null, id: expect.anything(), lastBooked: TUE_0900, name: 'Alice Adler', phone: '+49 30 111' },
      { email: null, id: expect.anything(), lastBooked: '2026-02-23T08:00:00.000Z', name: 'Alina Alt', phone: '+49 30 999' },
    ])
    const byPhone = await call('GET', '/api/booking/calendar/customers?q=30%20999', adminToken)
    expect(byPhone.body.customers.map((c: Doc) => c.name)).toEqual(['Alina Alt'])
    const byMail = await call('GET', '/api/booking/calendar/customers?q=bruno@', adminToken)
    expect(byMail.body.customers.map((c: Doc) => c.name)).toEqual(['Bruno Berg'])
    expect((await call('GET', '/api/booking/calendar/customers?q=A', adminToken)).body.customers).toEqual([])
  })

  it('gives staff users only customers of their own bookings', async () => {
    const res = await call('GET', '/api/booking/calendar/customers?q=Bruno', annaToken)
    expect(res.status).toBe(200)
    expect(res.body.customers).toEqual([])
  })
})

describe('the calendar’s writes through the bookings collection', () => {
  it('checks in, marks no-show, moves (409 on a collision) and cancels with a reason', async () => {
    const created = await call('POST', '/api/bookings?depth=0', annaToken, {
      customer: { name: 'Walk In', phone: '+49 30 777' }, service: studio.services.cut, source: 'walk-in', staff: studio.staff.anna, start: '2026-03-24T12:00:00.000Z',
    })
    expect(created.status).toBe(201)
    const id = created.body.doc.id
    const clash = await call('PATCH', `/api/bookings/${id}?depth=0`, annaToken, { start: TUE_0900.replace('08:00', '08:30'), end: '2026-03-24T09:30:00.000Z' })
    expect(clash.status).toBe(409)
    const moved = await call('PATCH', `/api/bookings/${id}?depth=0`, annaToken, { end: '2026-03-24T14:30:00.000Z', start: '2026-03-24T13:00:00.000Z' })
    expect(moved.status).toBe(200)
    const checkedIn = await call('PATCH', `/api/bookings/${id}?depth=0`, annaToken, { checkedInAt: '2026-03-24T12:58:00.000Z' })
    expect(checkedIn.status).toBe(200)
    const week = await call('GET', `/api/booking/calendar?${WEEK}`, annaToken)
    expect(week.body.bookings.find((x: Doc) => same(x.id, id))).toMatchObject({
      checkedInAt: '2026-03-24T12:58:00.000Z', end: '2026-03-24T14:30:00.000Z', source: 'walk-in', start: '2026-03-24T13:00:00.000Z',
    })
    const cancelled = await call('PATCH', `/api/bookings/${id}?depth=0`, annaToken, { cancellation: { reason: 'Ill' }, status: 'cancelled' })
    expect(cancelled.status).toBe(200)
    expect(cancelled.body.doc.cancellation).toMatchObject({ cancelledAt: expect.any(String), reason: 'Ill' })
    const noShow = await call('PATCH', `/api/bookings/${b.bruno!.id}?depth=0`, adminToken, { status: 'no-show' })
    expect(noShow.status).toBe(200)
    expect(noShow.body.doc.status).toBe('no-show')
  })
})
