// Access rules for a staff user and an admin, and that no response of this file carries a hidden field.
// Shared setup and helpers: ./helpers/accessSetup.ts. Anonymous visitors: ./access-visitors.test.ts.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Doc, Id } from './helpers/accessSetup.ts'
import type { Studio } from './helpers/fixtures.ts'
import type { Harness } from './helpers/harness.ts'

import {
  accessCalls, customer, hiddenFieldLeaks, ids, same, seedAccessFixtures, TUE_0900, TUE_1000, WED_0900, WED_1000, WED_1100,
} from './helpers/accessSetup.ts'
import { startHarness } from './helpers/harness.ts'
import { hiddenKeysIn } from './helpers/hidden.ts'

let h: Harness
let studio: Studio
let adminToken: string
let annaToken: string
let inactiveService: Id
let annaBooking: Doc
let benBooking: Doc
let onlineBooking: Id
let holdBooking: Id
let schedules: { anna: Id; ben: Id }
let requests: { anna: Id; ben: Id }

const { call, countBookings, seen } = accessCalls(() => h)

beforeAll(async () => {
  h = await startHarness()
  ;({ adminToken, annaBooking, annaToken, benBooking, holdBooking, inactiveService, onlineBooking, requests, schedules, studio } =
    await seedAccessFixtures(h))
})

afterAll(async () => {
  await h?.close()
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

  it('cannot move her booking or her schedule to Ben (403, nothing changes), but may edit her own', async () => {
    const patch = (path: string, body: unknown) =>
      // The harness types GET/POST; fetch itself takes PATCH.
      h.http('PATCH' as 'POST', path, body, { Authorization: `JWT ${annaToken}` })
    const moved = await patch(`/api/bookings/${annaBooking.id}`, { staff: studio.staff.ben })
    expect(moved.status).toBe(403)
    const stored = await h.payload.findByID({ id: annaBooking.id, collection: 'bookings', depth: 0 })
    expect(same(stored.staff, studio.staff.anna)).toBe(true)
    const schedule = await patch(`/api/availability/${schedules.anna}`, { staff: studio.staff.ben })
    expect(schedule.status).toBe(403)
    const ownSchedule = await h.payload.findByID({ id: schedules.anna, collection: 'availability', depth: 0 })
    expect(same(ownSchedule.staff, studio.staff.anna)).toBe(true)

    const edited = await patch(`/api/bookings/${annaBooking.id}?depth=0`, { notes: 'Prefers a quiet corner', staff: studio.staff.anna })
    expect(edited.status, JSON.stringify(edited.body)).toBe(200)
    expect(edited.body.doc.notes).toBe('Prefers a quiet corner')
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
    const leaks = hiddenFieldLeaks(seen)
    expect(leaks).toEqual([])
  })
})
