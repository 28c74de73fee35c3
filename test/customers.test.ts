// Customer records: matching by e-mail or phone (also under parallel bookings), export of one
// customer's data, anonymisation by hand and by the retention job. Both databases.
import { createLocalReq } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Studio } from './helpers/fixtures.ts'
import type { Harness } from './helpers/harness.ts'

import { anonymiseExpiredCustomers } from '../src/jobs/anonymiseCustomers.ts'
import { sanitizeOptions } from '../src/utilities/sanitizeOptions.ts'
import { seedStudio } from './helpers/fixtures.ts'
import { startHarness } from './helpers/harness.ts'
import { hiddenKeysIn } from './helpers/hidden.ts'

type Doc = Record<string, any>

// Clock: Monday 2026-03-23 07:00 Berlin (UTC+1). Anna works 09-17 weekdays = 08:00Z-16:00Z.
const at = (day: number, hourUtc: number) => `2026-03-${String(day).padStart(2, '0')}T${String(hourUtc).padStart(2, '0')}:00:00.000Z`

let h: Harness
let studio: Studio
let adminToken: string
let annaToken: string

const auth = (token: string) => ({ Authorization: `JWT ${token}` })
const login = async (email: string, password: string) =>
  (await h.http('POST', '/api/users/login', { email, password })).body.token as string

const book = (start: string, customer: Doc, extra: Doc = {}) =>
  h.payload.create({
    collection: 'bookings',
    data: { customer, service: studio.services.cut, source: 'phone', staff: studio.staff.anna, start, ...extra } as never,
    depth: 0,
    overrideAccess: true,
  }) as Promise<Doc>

const customersWhere = async (where: Doc) =>
  (await h.payload.find({ collection: 'booking-customers', overrideAccess: true, pagination: false, where: where as never }))
    .docs as Doc[]

beforeAll(async () => {
  h = await startHarness({ pluginOptions: { customers: { retentionDays: 30 }, timezone: 'Europe/Berlin' } })
  studio = await seedStudio(h.payload)
  adminToken = await login('admin@example.com', 'admin-password')
  annaToken = await login('anna@example.com', 'anna-password')
})
afterAll(async () => {
  await h?.close()
})

describe('matching bookings to one customer record', () => {
  it('a phone booking and an online booking of one person meet in one record, which gains what it lacked', async () => {
    const phone = await book(at(24, 8), { name: 'Jonas Weber', phone: '+49 30 555-0101' })
    const online = await h.http('POST', '/api/booking/bookings', {
      customer: { email: 'Jonas.Weber@Example.org ', name: 'Jonas W.', phone: '+4930 5550101' },
      service: studio.services.cut,
      staff: studio.staff.anna,
      start: at(24, 10),
    })
    expect(online.status).toBe(201)
    const records = await customersWhere({ phone: { like: '555' } })
    expect(records).toHaveLength(1)
    expect(records[0]).toMatchObject({ email: 'Jonas.Weber@Example.org', name: 'Jonas Weber', phone: '+49 30 555-0101' })
    const linked = await h.payload.findByID({ id: online.body.booking.id, collection: 'bookings', depth: 0, overrideAccess: true })
    expect(String(linked.customerRecord)).toBe(String(records[0]!.id))
    expect(String(phone.customerRecord)).toBe(String(records[0]!.id))
    // The same address in another case is the same person.
    const again = await book(at(25, 8), { email: 'JONAS.WEBER@example.org', name: 'Jonas' })
    expect(String(again.customerRecord)).toBe(String(records[0]!.id))
  })

  it('a phone number shared with somebody who has another e-mail address makes a new record', async () => {
    const a = await book(at(25, 10), { email: 'lea@example.org', name: 'Lea', phone: '0171 2223334' })
    const b = await book(at(25, 12), { email: 'tom@example.org', name: 'Tom', phone: '0171 2223334' })
    expect(a.customerRecord).toBeTruthy()
    expect(String(b.customerRecord)).not.toBe(String(a.customerRecord))
  })

  it('a hold gets no record; confirming it links one; a walk-in without contact details gets none', async () => {
    const hold = await h.http('POST', '/api/booking/holds', { service: studio.services.cut, staff: studio.staff.anna, start: at(26, 8) })
    expect(hold.status).toBe(201)
    const held = await h.payload.findByID({ id: hold.body.id, collection: 'bookings', depth: 0, overrideAccess: true })
    expect(held.customerRecord ?? null).toBeNull()
    const confirmed = await h.http('POST', '/api/booking/bookings', {
      customer: { email: 'ida@example.org', name: 'Ida' },
      holdToken: hold.body.token,
      service: studio.services.cut,
      start: at(26, 8),
    })
    expect(confirmed.status).toBe(201)
    const [ida] = await customersWhere({ email: { equals: 'ida@example.org' } })
    const after = await h.payload.findByID({ id: hold.body.id, collection: 'bookings', depth: 0, overrideAccess: true })
    expect(String(after.customerRecord)).toBe(String(ida!.id))
    const walkIn = await book(at(26, 10), { name: 'Somebody' }, { source: 'walk-in' })
    expect(walkIn.customerRecord ?? null).toBeNull()
  })

  it('a request is linked like a booking', async () => {
    const res = await h.http('POST', '/api/booking/requests', {
      customer: { email: 'ida@example.org', name: 'Ida' },
      message: 'A consultation, please',
      service: studio.services.consult,
    })
    expect(res.status).toBe(201)
    const [ida] = await customersWhere({ email: { equals: 'ida@example.org' } })
    const request = await h.payload.findByID({ id: res.body.request.id, collection: 'booking-requests', depth: 0, overrideAccess: true })
    expect(String(request.customerRecord)).toBe(String(ida!.id))
  })

  it('staff pick a record: the booking takes the details it lacks from it', async () => {
    const [ida] = await customersWhere({ email: { equals: 'ida@example.org' } })
    const booking = await book(at(26, 12), {}, { customerRecord: ida!.id })
    expect(booking.customer).toMatchObject({ email: 'ida@example.org', name: 'Ida' })
    expect(String(booking.customerRecord)).toBe(String(ida!.id))
  })

  it('one e-mail address has one record: a second one is a 400 naming the field', async () => {
    const res = await h.http('POST', '/api/booking-customers', { email: 'IDA@example.org', name: 'Ida again' }, auth(adminToken))
    expect(res.status).toBe(400)
    expect(JSON.stringify(res.body)).toContain('email')
    expect(await customersWhere({ email: { like: 'ida@' } })).toHaveLength(1)
  })

  it('many parallel bookings of one new person make one record (Local API, each in its own transaction)', async () => {
    const starts = [8, 9, 10, 11, 12, 13].map((hour) => at(27, hour))
    const results = await Promise.allSettled(starts.map((start) => book(start, { email: 'new@example.org', name: 'New' })))
    expect(results.every((r) => r.status === 'fulfilled')).toBe(true)
    const records = await customersWhere({ email: { equals: 'new@example.org' } })
    expect(records).toHaveLength(1)
    const ids = new Set(results.map((r) => String((r as PromiseFulfilledResult<Doc>).value.customerRecord)))
    expect([...ids]).toEqual([String(records[0]!.id)])
  })

  it('and over HTTP', async () => {
    const starts = [8, 9, 10, 11, 12, 13].map((hour) => at(30, hour))
    const results = await Promise.all(
      starts.map((start) =>
        h.http('POST', '/api/booking/bookings', {
          customer: { email: start.endsWith('08:00:00.000Z') ? 'PAR@example.org' : 'par@example.org', name: 'Par' },
          service: studio.services.cut,
          staff: studio.staff.anna,
          start,
        }),
      ),
    )
    expect(results.map((r) => r.status)).toEqual(starts.map(() => 201))
    expect(await customersWhere({ emailKey: { equals: 'par@example.org' } })).toHaveLength(1)
  })

  it('visitors and staff users cannot read customer records', async () => {
    expect((await h.http('GET', '/api/booking-customers')).status).toBe(403)
    expect((await h.http('GET', '/api/booking-customers', undefined, auth(annaToken))).status).toBe(403)
    const admin = await h.http('GET', '/api/booking-customers?limit=100', undefined, auth(adminToken))
    expect(admin.status).toBe(200)
    expect(hiddenKeysIn(admin.body)).toEqual([])
  })
})

describe('export and anonymisation', () => {
  let jonas: Doc

  beforeAll(async () => {
    ;[jonas] = await customersWhere({ email: { equals: 'Jonas.Weber@Example.org' } })
  })

  it('exports everything about one customer as JSON, for admins only', async () => {
    const path = `/api/booking/customers/${jonas.id}/export`
    expect((await h.http('GET', path)).status).toBe(401)
    expect((await h.http('GET', path, undefined, auth(annaToken))).status).toBe(403)
    const res = await h.http('GET', path, undefined, auth(adminToken))
    expect(res.status).toBe(200)
    expect(res.body.customer).toMatchObject({ email: 'Jonas.Weber@Example.org', id: jonas.id, name: 'Jonas Weber' })
    expect(res.body.bookings).toHaveLength(3)
    expect(res.body.bookings[0]).toMatchObject({ service: { name: 'Haircut' }, staff: { name: 'Anna' } })
    expect(res.body.bookings[0].staff.email).toBeUndefined()
    expect(JSON.stringify(res.body)).not.toMatch(/emailKey|phoneKey|TokenHash|idempotency/)
    expect((await h.http('GET', '/api/booking/customers/999999/export', undefined, auth(adminToken))).status).toBe(404)
    expect((await h.http('GET', '/api/booking/customers/abc;drop/export', undefined, auth(adminToken))).status).toBe(400)
  })

  it('refuses while appointments are still to come, naming them', async () => {
    const res = await h.http('POST', `/api/booking/customers/${jonas.id}/anonymise`, {}, auth(adminToken))
    expect(res.status).toBe(409)
    expect(res.body.errors[0].data.references).toHaveLength(3)
    expect((await h.http('POST', `/api/booking/customers/${jonas.id}/anonymise`, {}, auth(annaToken))).status).toBe(403)
  })

  it('anonymises the record and every booking of theirs; the numbers stay', async () => {
    h.clock.set('2026-03-28T12:00:00.000Z') // his appointments are in the past now
    const res = await h.http('POST', `/api/booking/customers/${jonas.id}/anonymise`, {}, auth(adminToken))
    expect(res.status).toBe(200)
    expect(res.body.anonymised).toEqual({ bookings: 3, requests: 0 })
    const record = await h.payload.findByID({ id: jonas.id, collection: 'booking-customers', overrideAccess: true })
    expect(record).toMatchObject({ email: null, name: null, phone: null })
    expect(record.anonymisedAt).toBeTruthy()
    const { docs } = await h.payload.find({
      collection: 'bookings',
      overrideAccess: true,
      where: { start: { in: [at(24, 8), at(24, 10), at(25, 8)] } },
    })
    expect(docs).toHaveLength(3)
    for (const doc of docs) {
      expect(doc.customer).toMatchObject({ email: null, name: null, phone: null })
      expect(doc).toMatchObject({ price: 40, status: 'confirmed' })
    }
    expect(JSON.stringify(docs)).not.toMatch(/Jonas|555/)
    // He books again: a new record, not the anonymised one.
    const next = await book(at(30, 15), { email: 'jonas.weber@example.org', name: 'Jonas' })
    expect(String(next.customerRecord)).not.toBe(String(jonas.id))
  })
})

describe('the retention job', () => {
  it('does nothing unless customers.retentionDays is set', async () => {
    const off = sanitizeOptions({ timezone: 'Europe/Berlin' }, { admin: { user: 'users' } })
    off.clock = () => new Date('2027-01-01T00:00:00.000Z')
    const req = await createLocalReq({}, h.payload)
    expect(await anonymiseExpiredCustomers(req, off)).toEqual({ bookings: 0, customers: 0, requests: 0 })
    expect((await customersWhere({ email: { equals: 'lea@example.org' } }))[0]).toBeTruthy()
  })

  it('blanks bookings and requests older than the period and anonymises customers with nothing newer', async () => {
    h.clock.set('2026-04-28T12:00:00.000Z') // 30 days after 29 March
    const tom = (await customersWhere({ email: { equals: 'tom@example.org' } }))[0]!
    const leaId = (await customersWhere({ email: { equals: 'lea@example.org' } }))[0]!.id
    // Records are stamped with the real time; in this story they were made on the day of the booking.
    for (const id of [leaId, tom.id]) {
      await h.payload.db.updateOne({ id, collection: 'booking-customers', data: { createdAt: at(25, 10) } })
    }
    const ask = (await h.payload.find({ collection: 'booking-requests', overrideAccess: true })).docs[0]!
    await h.payload.db.updateOne({ id: ask.id, collection: 'booking-requests', data: { createdAt: at(24, 10) } })
    // Tom books again after the cutoff: his old booking loses its details, his record stays.
    await book('2026-04-29T08:00:00.000Z', { email: 'tom@example.org', name: 'Tom' })
    await h.payload.jobs.queue({ input: {}, queue: 'booking', task: 'bookingAnonymiseCustomers' as never })
    await h.payload.jobs.run({ limit: 500, queue: 'booking' })
    const lea = await h.payload.findByID({ id: leaId, collection: 'booking-customers', overrideAccess: true })
    expect(lea).toMatchObject({ email: null, name: null })
    expect(lea.anonymisedAt).toBeTruthy()
    const tomNow = await h.payload.findByID({ id: tom.id, collection: 'booking-customers', overrideAccess: true })
    expect(tomNow).toMatchObject({ email: 'tom@example.org', name: 'Tom' })
    const old = await h.payload.find({ collection: 'bookings', overrideAccess: true, where: { start: { equals: at(25, 12) } } })
    expect(old.docs[0]!.customer).toMatchObject({ email: null, name: null, phone: null })
    const request = await h.payload.find({ collection: 'booking-requests', overrideAccess: true })
    expect(request.docs[0]).toMatchObject({ customer: { email: null, name: null }, message: null })
    // Recent bookings keep their details.
    const recent = await h.payload.find({ collection: 'bookings', overrideAccess: true, where: { start: { greater_than: '2026-03-29T00:00:00.000Z' } } })
    expect(recent.docs.length).toBeGreaterThan(0)
    expect(recent.docs.every((d) => d.customer?.name)).toBe(true)
  })
})
