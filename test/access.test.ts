import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Studio } from './helpers/fixtures.ts'
import type { Harness, HttpResult } from './helpers/harness.ts'

import { seedStudio } from './helpers/fixtures.ts'
import { startHarness } from './helpers/harness.ts'

// Clock: Monday 2026-03-23 07:00 Berlin. Berlin is UTC+1 until 29 March, so 09:00 Berlin = 08:00Z.
const TUE_0900 = '2026-03-24T08:00:00.000Z'
const TUE_1000 = '2026-03-24T09:00:00.000Z'
const WED_0900 = '2026-03-25T08:00:00.000Z'
const WED_1000 = '2026-03-25T09:00:00.000Z'
const WED_1100 = '2026-03-25T10:00:00.000Z'
const THU_0900 = '2026-03-26T08:00:00.000Z'
const THU_1100 = '2026-03-26T10:00:00.000Z'

const HIDDEN = ['holdTokenHash', 'cancelTokenHash', 'idempotencyKey', 'sealedCancelToken', 'idempotencyFingerprint']

type Id = number | string
type Doc = Record<string, any>

let h: Harness
let studio: Studio
let adminToken: string
let annaToken: string
let inactiveService: Id
let inactiveStaff: Id
let annaBooking: Doc
let benBooking: Doc
let onlineBooking: Id
let holdBooking: Id
let schedules: { anna: Id; ben: Id }
let requests: { anna: Id; ben: Id }

/** Every response any test got, to check at the end that no hidden field ever left the server. */
const seen: { body: unknown; label: string }[] = []

const hiddenKeysIn = (value: unknown, path = '$'): string[] => {
  if (Array.isArray(value)) {
    return value.flatMap((item, index) => hiddenKeysIn(item, `${path}[${index}]`))
  }
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([key, inner]) => [
      ...(HIDDEN.includes(key) ? [`${path}.${key}`] : []),
      ...hiddenKeysIn(inner, `${path}.${key}`),
    ])
  }
  return []
}

const call = async (
  method: 'GET' | 'POST',
  path: string,
  options: { body?: unknown; token?: string } = {},
): Promise<HttpResult> => {
  const res = await h.http(method, path, options.body, options.token ? { Authorization: `JWT ${options.token}` } : {})
  seen.push({ body: res.body, label: `${method} ${path} (${options.token ? 'logged in' : 'anonymous'})` })
  return res
}

const login = async (email: string, password: string): Promise<string> => {
  const res = await h.http('POST', '/api/users/login', { email, password })
  expect(res.status).toBe(200)
  expect(typeof res.body.token).toBe('string')
  return res.body.token as string
}

const idOf = (value: unknown): Id => (value && typeof value === 'object' ? (value as { id: Id }).id : (value as Id))
const ids = (docs: Doc[]) => docs.map((d) => String(d.id))
const same = (a: unknown, b: unknown) => String(idOf(a)) === String(idOf(b))

const countBookings = async () =>
  (await h.payload.count({ collection: 'bookings', overrideAccess: true })).totalDocs

const customer = (name: string) => ({ email: `${name.toLowerCase()}@example.org`, name, phone: '+49 30 1234567' })

beforeAll(async () => {
  h = await startHarness()
  studio = await seedStudio(h.payload)

  inactiveService = (
    await h.payload.create({
      collection: 'services',
      data: { name: 'Retired perm', active: false, durationMinutes: 30 } as never,
    })
  ).id
  inactiveStaff = (
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
  annaBooking = await book(studio.staff.anna, TUE_0900, 'Alice')
  benBooking = await book(studio.staff.ben, TUE_0900, 'Bruno')

  // Bookings made through the public API carry every hidden field: a manage-token hash, an
  // idempotency key with its fingerprint and sealed token, and (for a hold) a hold-token hash.
  const online = await h.http(
    'POST',
    '/api/booking/bookings',
    { customer: customer('Olga'), service: studio.services.cut, staff: studio.staff.anna, start: THU_0900 },
    { 'Idempotency-Key': 'access-test-key-1' },
  )
  expect(online.status).toBe(201)
  onlineBooking = online.body.booking.id
  const hold = await h.http('POST', '/api/booking/holds', {
    service: studio.services.cut,
    staff: studio.staff.anna,
    start: THU_1100,
  })
  expect(hold.status).toBe(201)
  holdBooking = hold.body.id

  const scheduleOf = async (staff: Id) =>
    (
      await h.payload.find({
        collection: 'availability',
        depth: 0,
        overrideAccess: true,
        where: { staff: { equals: staff } },
      })
    ).docs[0]!.id
  schedules = { anna: await scheduleOf(studio.staff.anna), ben: await scheduleOf(studio.staff.ben) }

  const request = async (staff: Id, name: string, booking?: Id) =>
    (
      await h.payload.create({
        collection: 'booking-requests',
        data: { booking, customer: customer(name), service: studio.services.cut, staff } as never,
        overrideAccess: true,
      })
    ).id
  requests = { anna: await request(studio.staff.anna, 'Rita', onlineBooking), ben: await request(studio.staff.ben, 'Rolf') }

  adminToken = await login('admin@example.com', 'admin-password')
  annaToken = await login('anna@example.com', 'anna-password')
})

afterAll(async () => {
  await h?.close()
})

describe('setup', () => {
  it('the bookings really carry the hidden fields in the database (so their absence below means something)', async () => {
    const online = (await h.payload.findByID({
      id: onlineBooking,
      collection: 'bookings',
      overrideAccess: true,
      showHiddenFields: true,
    })) as Doc
    for (const key of ['cancelTokenHash', 'idempotencyKey', 'sealedCancelToken', 'idempotencyFingerprint']) {
      expect(online[key], key).toEqual(expect.any(String))
    }
    const hold = (await h.payload.findByID({
      id: holdBooking,
      collection: 'bookings',
      overrideAccess: true,
      showHiddenFields: true,
    })) as Doc
    expect(hold.holdTokenHash).toEqual(expect.any(String))
    expect(hold.status).toBe('held')
  })
})

describe('anonymous visitors', () => {
  it('GET /api/services lists only active services', async () => {
    const res = await call('GET', '/api/services?limit=100&depth=0')
    expect(res.status).toBe(200)
    const docs = res.body.docs as Doc[]
    expect(docs.every((d) => d.active === true)).toBe(true)
    expect(ids(docs).sort()).toEqual(
      [studio.services.cut, studio.services.colour, studio.services.class, studio.services.consult].map(String).sort(),
    )
    expect(ids(docs)).not.toContain(String(inactiveService))
    expect(res.body.totalDocs).toBe(4)

    const direct = await call('GET', `/api/services/${inactiveService}`)
    expect(direct.status).toBe(404)
    expect(JSON.stringify(direct.body)).not.toContain('Retired perm')
  })

  it('GET /api/staff lists active staff without email and user', async () => {
    const res = await call('GET', '/api/staff?limit=100')
    expect(res.status).toBe(200)
    const docs = res.body.docs as Doc[]
    expect(docs.map((d) => d.name).sort()).toEqual(['Anna', 'Ben', 'Carla'])
    expect(ids(docs)).not.toContain(String(inactiveStaff))
    for (const doc of docs) {
      expect(doc).not.toHaveProperty('email')
      expect(doc).not.toHaveProperty('user')
    }
    expect(JSON.stringify(res.body)).not.toMatch(/@example\.com/)

    const one = await call('GET', `/api/staff/${studio.staff.anna}`)
    expect(one.status).toBe(200)
    expect(one.body.name).toBe('Anna')
    expect(one.body).not.toHaveProperty('email')
    expect(one.body).not.toHaveProperty('user')
  })

  it('cannot probe staff e-mails or logins through where or sort', async () => {
    for (const query of [
      'where[email][equals]=anna@example.com',
      'where[email][like]=ben',
      'where[user][exists]=true',
      'sort=email',
    ]) {
      const res = await call('GET', `/api/staff?depth=0&${query}`)
      expect(res.status, query).toBe(400)
      expect(res.body.docs, query).toBeUndefined()
      expect(res.body.errors[0].message, query).toMatch(/cannot be queried/)
    }
  })

  it.each(['bookings', 'booking-requests', 'availability'])('GET /api/%s is forbidden and leaks nothing', async (slug) => {
    const res = await call('GET', `/api/${slug}`)
    // Payload answers a read access of `false` on a list with 403 (not an empty list).
    expect(res.status).toBe(403)
    expect(res.body.docs).toBeUndefined()
    expect(res.body.errors?.[0]?.message).toEqual(expect.any(String))
    const text = JSON.stringify(res.body)
    for (const leak of ['Alice', 'Bruno', 'Olga', 'Rita', 'BK-', 'RQ-', 'Europe/Berlin', '@example']) {
      expect(text).not.toContain(leak)
    }
  })

  it('GET of a single booking, request or schedule by id is forbidden too', async () => {
    for (const path of [
      `/api/bookings/${annaBooking.id}`,
      `/api/booking-requests/${requests.anna}`,
      `/api/availability/${schedules.anna}`,
    ]) {
      const res = await call('GET', path)
      expect(res.status, path).toBe(403)
      expect(JSON.stringify(res.body), path).not.toMatch(/Alice|Rita|BK-|RQ-|Europe\/Berlin/)
    }
  })

  it('POST /api/bookings and POST /api/booking-requests are refused with 403 and write nothing', async () => {
    const before = await countBookings()
    const booking = await call('POST', '/api/bookings', {
      body: { customer: customer('Mallory'), service: studio.services.cut, staff: studio.staff.anna, start: WED_1100 },
    })
    expect(booking.status).toBe(403)
    expect(await countBookings()).toBe(before)

    const requestsBefore = (await h.payload.count({ collection: 'booking-requests', overrideAccess: true })).totalDocs
    const request = await call('POST', '/api/booking-requests', {
      body: { customer: customer('Mallory'), service: studio.services.cut, staff: studio.staff.anna },
    })
    expect(request.status).toBe(403)
    expect((await h.payload.count({ collection: 'booking-requests', overrideAccess: true })).totalDocs).toBe(
      requestsBefore,
    )
  })
})

describe('a staff user (Anna)', () => {
  it('sees only her own bookings', async () => {
    const res = await call('GET', '/api/bookings?limit=100&depth=0', { token: annaToken })
    expect(res.status).toBe(200)
    const docs = res.body.docs as Doc[]
    expect(docs.length).toBeGreaterThan(0)
    expect(docs.every((d) => same(d.staff, studio.staff.anna))).toBe(true)
    expect(ids(docs)).toContain(String(annaBooking.id))
    expect(ids(docs)).not.toContain(String(benBooking.id))
    expect(JSON.stringify(res.body)).not.toContain('Bruno')

    const ben = await call('GET', `/api/bookings/${benBooking.id}`, { token: annaToken })
    // Read access is a query constraint for staff: someone else's booking is simply not found.
    expect(ben.status).toBe(404)
    expect(JSON.stringify(ben.body)).not.toContain('Bruno')
  })

  it('sees only requests that name her', async () => {
    const res = await call('GET', '/api/booking-requests?limit=100&depth=0', { token: annaToken })
    expect(res.status).toBe(200)
    expect(ids(res.body.docs)).toEqual([String(requests.anna)])
  })

  it('sees her own staff e-mail but not Ben’s', async () => {
    const res = await call('GET', '/api/staff?limit=100&depth=0', { token: annaToken })
    expect(res.status).toBe(200)
    const byName = Object.fromEntries((res.body.docs as Doc[]).map((d) => [d.name, d]))
    expect(byName.Anna.email).toBe('anna@example.com')
    expect(same(byName.Anna.user, studio.staffUser.id)).toBe(true)
    expect(byName.Ben).toBeDefined()
    expect(byName.Ben).not.toHaveProperty('email')
    expect(byName.Carla).not.toHaveProperty('email')
    expect(JSON.stringify(res.body)).not.toContain('ben@example.com')

    const ben = await call('GET', `/api/staff/${studio.staff.ben}`, { token: annaToken })
    expect(ben.status).toBe(200)
    expect(ben.body).not.toHaveProperty('email')
  })

  it('creates a booking for herself over REST, but gets 403 for Ben', async () => {
    const own = await call('POST', '/api/bookings?depth=0', {
      body: { customer: customer('Clara'), service: studio.services.cut, source: 'phone', staff: studio.staff.anna, start: WED_0900 },
      token: annaToken,
    })
    expect(own.status).toBe(201)
    expect(same(own.body.doc.staff, studio.staff.anna)).toBe(true)
    expect(own.body.doc).toMatchObject({ end: WED_1000, start: WED_0900, status: 'confirmed' })
    expect(own.body.doc.reference).toMatch(/^BK-/)

    const before = await countBookings()
    const forBen = await call('POST', '/api/bookings', {
      body: { customer: customer('Clara'), service: studio.services.cut, source: 'phone', staff: studio.staff.ben, start: WED_1100 },
      token: annaToken,
    })
    expect(forBen.status).toBe(403)
    expect(await countBookings()).toBe(before)
  })

  it('cannot set overbooking.allowed: the value is dropped and the capacity check still applies', async () => {
    // On a free slot the booking is made, but the overbooking flag she sent is not stored.
    const free = await call('POST', '/api/bookings?depth=0', {
      body: {
        customer: customer('Dora'),
        overbooking: { allowed: true, reason: 'friend' },
        service: studio.services.cut,
        source: 'phone',
        staff: studio.staff.anna,
        start: WED_1100,
      },
      token: annaToken,
    })
    expect(free.status).toBe(201)
    expect(free.body.doc.overbooking?.allowed ?? false).toBe(false)
    expect(free.body.doc.overbooking?.by ?? null).toBeNull()
    expect(free.body.doc.overbooking?.reason ?? null).toBeNull()
    const stored = (await h.payload.findByID({ id: free.body.doc.id, collection: 'bookings', depth: 0 })) as Doc
    expect(stored.overbooking?.allowed ?? false).toBe(false)

    // On a taken slot (her Tuesday 09:00 booking) the flag does not get her past the check.
    const before = await countBookings()
    const taken = await call('POST', '/api/bookings', {
      body: {
        customer: customer('Dora'),
        overbooking: { allowed: true, reason: 'friend' },
        service: studio.services.cut,
        source: 'phone',
        staff: studio.staff.anna,
        start: TUE_0900,
      },
      token: annaToken,
    })
    expect(taken.status).toBe(409)
    expect(taken.body.errors[0].message).toMatch(/taken|overlap/i)
    expect(await countBookings()).toBe(before)
    const overlapping = await h.payload.find({
      collection: 'bookings',
      depth: 0,
      overrideAccess: true,
      where: { and: [{ staff: { equals: studio.staff.anna } }, { start: { equals: TUE_0900 } }] },
    })
    expect(overlapping.totalDocs).toBe(1)
  })

  it('reads her own schedule but not Ben’s', async () => {
    const list = await call('GET', '/api/availability?limit=100&depth=0', { token: annaToken })
    expect(list.status).toBe(200)
    expect(ids(list.body.docs)).toEqual([String(schedules.anna)])

    const own = await call('GET', `/api/availability/${schedules.anna}?depth=0`, { token: annaToken })
    expect(own.status).toBe(200)
    expect(same(own.body.staff, studio.staff.anna)).toBe(true)

    const ben = await call('GET', `/api/availability/${schedules.ben}`, { token: annaToken })
    expect(ben.status).toBe(404)
    expect(ben.body.weekly).toBeUndefined()
    expect(ben.body.id).toBeUndefined()
  })
})

describe('an admin', () => {
  it('sees every booking, request, schedule, inactive service and staff e-mail', async () => {
    const bookings = await call('GET', '/api/bookings?limit=100&depth=0', { token: adminToken })
    expect(bookings.status).toBe(200)
    expect(bookings.body.totalDocs).toBe(await countBookings())
    expect(ids(bookings.body.docs)).toEqual(expect.arrayContaining([String(annaBooking.id), String(benBooking.id)]))

    const reqs = await call('GET', '/api/booking-requests?limit=100&depth=1', { token: adminToken })
    expect(reqs.status).toBe(200)
    expect(ids(reqs.body.docs).sort()).toEqual([String(requests.anna), String(requests.ben)].sort())
    // depth=1 populates the linked booking; its hidden fields stay hidden.
    const populated = (reqs.body.docs as Doc[]).find((d) => String(d.id) === String(requests.anna))!
    expect(populated.booking).toMatchObject({ id: onlineBooking })

    const avail = await call('GET', '/api/availability?limit=100&depth=0', { token: adminToken })
    expect(avail.status).toBe(200)
    expect(avail.body.totalDocs).toBe(3)

    const services = await call('GET', '/api/services?limit=100&depth=0', { token: adminToken })
    expect(ids(services.body.docs)).toContain(String(inactiveService))

    const staff = await call('GET', '/api/staff?limit=100&depth=0', { token: adminToken })
    const emails = (staff.body.docs as Doc[]).map((d) => d.email).sort()
    expect(emails).toEqual(['anna@example.com', 'ben@example.com', 'carla@example.com', 'otto@example.com'])
  })

  it('gets no hidden field, even from single-document reads with depth', async () => {
    for (const id of [onlineBooking, holdBooking, annaBooking.id]) {
      const res = await call('GET', `/api/bookings/${id}?depth=2`, { token: adminToken })
      expect(res.status).toBe(200)
      expect(hiddenKeysIn(res.body)).toEqual([])
    }
  })

  it('gets 409 with a message for a conflicting booking, and may overbook with a reason', async () => {
    const before = await countBookings()
    const refused = await call('POST', '/api/bookings', {
      body: { customer: customer('Vera'), service: studio.services.cut, source: 'phone', staff: studio.staff.anna, start: TUE_0900 },
      token: adminToken,
    })
    expect(refused.status).toBe(409)
    expect(refused.body.errors[0].message).toMatch(/taken|overlap/i)
    expect(refused.body.errors[0].message).toContain(annaBooking.reference)
    expect(await countBookings()).toBe(before)

    const allowed = await call('POST', '/api/bookings?depth=0', {
      body: {
        customer: customer('Vera'),
        overbooking: { allowed: true, reason: 'VIP' },
        service: studio.services.cut,
        source: 'phone',
        staff: studio.staff.anna,
        start: TUE_0900,
      },
      token: adminToken,
    })
    expect(allowed.status).toBe(201)
    expect(allowed.body.doc).toMatchObject({ end: TUE_1000, start: TUE_0900, status: 'confirmed' })
    expect(allowed.body.doc.overbooking).toMatchObject({ allowed: true, reason: 'VIP' })
    expect(same(allowed.body.doc.overbooking.by, studio.adminUser.id)).toBe(true)
    expect(hiddenKeysIn(allowed.body)).toEqual([])
    expect(await countBookings()).toBe(before + 1)
  })
})

describe('hidden fields', () => {
  it('never appear in any response of this file, for anyone', () => {
    expect(seen.length).toBeGreaterThan(20)
    const leaks = seen.flatMap(({ body, label }) => hiddenKeysIn(body).map((path) => `${label}: ${path}`))
    expect(leaks).toEqual([])
  })
})
