// Access rules for anonymous visitors, and a check that the seeded bookings really carry the hidden fields.
// Shared setup and helpers: ./helpers/accessSetup.ts. Staff users and admins: ./access-staff-admin.test.ts.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Doc, Id } from './helpers/accessSetup.ts'
import type { Studio } from './helpers/fixtures.ts'
import type { Harness } from './helpers/harness.ts'

import { accessCalls, customer, hiddenFieldLeaks, ids, seedAccessFixtures, WED_1100 } from './helpers/accessSetup.ts'
import { startHarness } from './helpers/harness.ts'

let h: Harness
let studio: Studio
let inactiveService: Id
let inactiveStaff: Id
let annaBooking: Doc
let onlineBooking: Id
let holdBooking: Id
let schedules: { anna: Id; ben: Id }
let requests: { anna: Id; ben: Id }

const { call, countBookings, seen } = accessCalls(() => h)

beforeAll(async () => {
  h = await startHarness()
  ;({ annaBooking, holdBooking, inactiveService, inactiveStaff, onlineBooking, requests, schedules, studio } =
    await seedAccessFixtures(h))
})

afterAll(async () => {
  // The "hidden fields" test lives with the staff and admin tests (their responses carry bookings);
  // the anonymous responses of this file get the same check here.
  const leaks = hiddenFieldLeaks(seen)
  await h?.close()
  expect(leaks).toEqual([])
})

describe('setup', () => {
  it('the bookings really carry the hidden fields in the database (so their absence below means something)', async () => {
    const online = (await h.payload.findByID({
      id: onlineBooking,
      collection: 'bookings',
      overrideAccess: true,
      showHiddenFields: true,
    })) as Doc
    for (const key of ['cancelTokenHash', 'idempotencyKey', 'sealedManageToken', 'idempotencyFingerprint']) {
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
