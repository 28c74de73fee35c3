// Session packages: drawing a credit, every refusal, returned and forfeited credits, holds,
// credits left on read and through the endpoint, and credits that never go negative under
// parallel bookings (Local API and REST). Both databases.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Studio } from './helpers/fixtures.ts'
import type { Harness } from './helpers/harness.ts'

import { customerPackageFilter } from '../src/operations/packages/packageFilter.ts'
import { sanitizeOptions } from '../src/utilities/sanitizeOptions.ts'
import { seedStudio } from './helpers/fixtures.ts'
import { startHarness } from './helpers/harness.ts'

type Doc = Record<string, any>
type Id = number | string

// Clock: Monday 2026-03-23 06:00Z = 07:00 Berlin (UTC+1 until 29 March). Anna works 08:00Z-16:00Z
// on weekdays, Ben 08:00Z-11:00Z and 12:00Z-16:00Z; both cut hair. Each test uses its own hours.
const NOW = '2026-03-23T06:00:00Z'
const at = (day: number, hourUtc: number) =>
  `2026-03-${String(day).padStart(2, '0')}T${String(hourUtc).padStart(2, '0')}:00:00.000Z`

const CP = 'booking-customer-packages'

let h: Harness
let studio: Studio
let adminToken: string
let annaToken: string
let cuts: Id // "3 haircuts"
let classes: Id // "10 yoga classes"
let alice: Doc
let bob: Doc

const auth = (token: string) => ({ Authorization: `JWT ${token}` })
const login = async (email: string, password: string) =>
  (await h.http('POST', '/api/users/login', { email, password })).body.token as string

const customerRecord = async (name: string) =>
  (await h.payload.create({
    collection: 'booking-customers',
    data: { email: `${name.toLowerCase()}@example.org`, name } as never,
    overrideAccess: true,
  })) as unknown as Doc

const sell = async (customer: Doc, extra: Doc = {}, offer: Id = cuts) =>
  (await h.payload.create({
    collection: CP,
    data: { customer: customer.id, package: offer, ...extra } as never,
    overrideAccess: true,
  })) as unknown as Doc

const bookingData = (customer: Doc, owned: Doc | null, start: string, extra: Doc = {}) => ({
  customer: { email: customer.email, name: customer.name },
  customerPackage: owned?.id ?? null,
  customerRecord: customer.id,
  service: studio.services.cut,
  source: 'phone',
  staff: studio.staff.anna,
  start,
  ...extra,
})

const book = (customer: Doc, owned: Doc | null, start: string, extra: Doc = {}) =>
  h.payload.create({
    collection: 'bookings',
    data: bookingData(customer, owned, start, extra) as never,
    depth: 0,
    overrideAccess: true,
  }) as Promise<Doc>

const update = (id: Id, data: Doc) =>
  h.payload.update({ id, collection: 'bookings', data: data as never, depth: 0, overrideAccess: true }) as Promise<Doc>

const remainingOf = async (owned: Doc) =>
  (await h.payload.findByID({ id: owned.id, collection: CP, depth: 0, overrideAccess: true })).remaining as number

/** What a refused write threw: its status, the field it names and the reason of a 409. */
const refusal = async (write: Promise<unknown>) => {
  try {
    await write
  } catch (error) {
    const e = error as { data?: Doc; message: string; status: number }
    const first = e.data?.errors?.[0]
    return { field: first?.path ?? e.data?.field, message: first?.message ?? e.message, reason: e.data?.reason, status: e.status }
  }
  throw new Error('expected the write to be refused')
}

beforeAll(async () => {
  h = await startHarness({ clock: NOW })
  studio = await seedStudio(h.payload)
  adminToken = await login('admin@example.com', 'admin-password')
  annaToken = await login('anna@example.com', 'anna-password')
  const offer = async (data: Doc) =>
    (await h.payload.create({ collection: 'booking-packages', data: data as never, overrideAccess: true })).id
  cuts = await offer({ name: '3 haircuts', price: 100, services: [studio.services.cut], sessions: 3, validityDays: 90 })
  classes = await offer({ name: '10 yoga classes', services: [studio.services.class], sessions: 10, validityDays: 180 })
  alice = await customerRecord('Alice')
  bob = await customerRecord('Bob')
})
afterAll(async () => {
  await h?.close()
})

describe('selling a package', () => {
  it('fills purchase date, sessions and expiry (the end of the last valid day, Berlin) and a title', async () => {
    const owned = await sell(alice)
    expect(owned).toMatchObject({ remaining: 3, sessions: 3, status: 'active' })
    expect(owned.purchasedAt).toBe('2026-03-23T06:00:00.000Z')
    // 90 days counting 23 March as the first: valid through 20 June, until 21 June 00:00 Berlin (UTC+2).
    expect(owned.expiresAt).toBe('2026-06-20T22:00:00.000Z')
    expect(owned.title).toBe('3 haircuts · 2026-03-23')
  })

  it('refuses zero or fractional sessions and validity, naming the field', async () => {
    for (const data of [{ sessions: 0 }, { sessions: 2.5 }, { validityDays: 0 }]) {
      const r = await refusal(
        h.payload.create({
          collection: 'booking-packages',
          data: { name: 'Odd', services: [studio.services.cut], sessions: 5, validityDays: 30, ...data } as never,
          overrideAccess: true,
        }),
      )
      expect(r).toMatchObject({ field: Object.keys(data)[0], status: 400 })
    }
  })
})

describe('drawing a credit', () => {
  it('a booking with the package takes one credit; the package lists it and shows what is left', async () => {
    const owned = await sell(alice)
    const booking = await book(alice, owned, at(24, 8))
    expect(booking.packageCredit).toBe('used')
    expect(await remainingOf(owned)).toBe(2)
    const read = await h.payload.findByID({ id: owned.id, collection: CP, depth: 0, overrideAccess: true })
    expect(read.bookings.docs.map(String)).toEqual([String(booking.id)])
  })

  it('refuses, naming the field: another customer’s package, cancelled, expired, wrong service, several seats', async () => {
    const owned = await sell(alice)
    const other = await refusal(book(bob, owned, at(24, 9)))
    expect(other).toMatchObject({ field: 'customerPackage', status: 400 })
    expect(other.message).toMatch(/another customer/)

    const cancelled = await sell(alice, { status: 'cancelled' })
    expect(await refusal(book(alice, cancelled, at(24, 9)))).toMatchObject({ field: 'customerPackage', status: 400 })

    const expired = await sell(alice, { expiresAt: at(24, 9) })
    const late = await refusal(book(alice, expired, at(24, 9)))
    expect(late).toMatchObject({ field: 'customerPackage', status: 400 })
    expect(late.message).toContain('2026-03-24')
    expect((await book(alice, expired, at(23, 11))).packageCredit).toBe('used') // before the expiry: fine

    const colour = await refusal(book(alice, owned, at(24, 10), { service: studio.services.colour }))
    expect(colour).toMatchObject({ field: 'customerPackage', status: 400 })
    expect(colour.message).toMatch(/service/)

    const yoga = await sell(alice, {}, classes)
    const seats = await refusal(book(alice, yoga, at(24, 13), { seats: 2, service: studio.services.class, staff: studio.staff.ben }))
    expect(seats).toMatchObject({ field: 'seats', status: 400 })
    expect((await book(alice, yoga, at(24, 13), { service: studio.services.class, staff: studio.staff.ben })).packageCredit).toBe('used')

    const walkIn = await refusal(
      book(alice, owned, at(24, 10), { customer: { name: 'Alice' }, customerRecord: null, source: 'walk-in' }),
    )
    expect(walkIn).toMatchObject({ field: 'customerPackage', status: 400 })
    expect(await remainingOf(owned)).toBe(3) // nothing refused took a credit
  })

  it('no credit left: a 409 no-credits, and the refused booking is not stored', async () => {
    const owned = await sell(bob, { sessions: 1 })
    await book(bob, owned, at(24, 11))
    const r = await refusal(book(bob, owned, at(24, 12)))
    expect(r).toMatchObject({ reason: 'no-credits', status: 409 })
    expect(await remainingOf(owned)).toBe(0)
    expect((await h.payload.count({ collection: 'bookings', where: { customerPackage: { equals: owned.id } } })).totalDocs).toBe(1)
    // Selling fewer sessions than are used is refused too.
    const lower = await refusal(h.payload.update({ id: owned.id, collection: CP, data: { sessions: 0 } as never, overrideAccess: true }))
    expect(lower).toMatchObject({ field: 'sessions', status: 400 })
  })
})

describe('returned and forfeited credits', () => {
  it('cancelling at least a day ahead returns the credit; later forfeits it', async () => {
    const owned = await sell(alice)
    const early = await book(alice, owned, at(26, 8)) // Thursday: 74 h ahead
    const late = await book(alice, owned, at(23, 14)) // today: 8 h ahead
    expect(await remainingOf(owned)).toBe(1)
    expect((await update(early.id, { status: 'cancelled' })).packageCredit).toBe('returned')
    expect((await update(late.id, { status: 'cancelled' })).packageCredit).toBe('forfeited')
    expect(await remainingOf(owned)).toBe(2)
  })

  it('a no-show forfeits the credit; un-marking it keeps the credit used', async () => {
    const owned = await sell(alice)
    const booking = await book(alice, owned, at(23, 9))
    expect((await update(booking.id, { status: 'no-show' })).packageCredit).toBe('forfeited')
    expect(await remainingOf(owned)).toBe(2)
    expect((await update(booking.id, { status: 'completed' })).packageCredit).toBe('used')
    expect(await remainingOf(owned)).toBe(2)
  })

  it('re-activating a booking whose credit came back draws again, and needs a credit', async () => {
    const owned = await sell(bob, { sessions: 1 })
    const first = await book(bob, owned, at(26, 10))
    await update(first.id, { status: 'cancelled' })
    const second = await book(bob, owned, at(26, 11))
    expect(await refusal(update(first.id, { status: 'confirmed' }))).toMatchObject({ reason: 'no-credits', status: 409 })
    await update(second.id, { status: 'cancelled' })
    expect((await update(first.id, { status: 'confirmed' })).packageCredit).toBe('used')
    expect(await remainingOf(owned)).toBe(0)
  })

  it('moving a booking to another package returns the first credit; removing the package returns it', async () => {
    const a = await sell(alice)
    const b = await sell(alice)
    const booking = await book(alice, a, at(26, 12))
    await update(booking.id, { customerPackage: b.id })
    expect([await remainingOf(a), await remainingOf(b)]).toEqual([3, 2])
    const removed = await update(booking.id, { customerPackage: null })
    expect(removed.packageCredit ?? null).toBeNull()
    expect(await remainingOf(b)).toBe(3)
    // A cancelled booking cannot start drawing on a package.
    await update(booking.id, { status: 'cancelled' })
    expect(await refusal(update(booking.id, { customerPackage: a.id }))).toMatchObject({ field: 'customerPackage', status: 400 })
  })
})

describe('more changes to a package booking', () => {
  it('removing the package from a late-cancelled booking gives the forfeited credit back (goodwill)', async () => {
    const owned = await sell(bob)
    const booking = await book(bob, owned, at(23, 15))
    expect((await update(booking.id, { status: 'cancelled' })).packageCredit).toBe('forfeited')
    expect(await remainingOf(owned)).toBe(2)
    await update(booking.id, { customerPackage: null })
    expect(await remainingOf(owned)).toBe(3)
  })

  it('blanking the customer of a past package booking (anonymisation) keeps its credit and is no error', async () => {
    const owned = await sell(bob)
    const booking = await book(bob, owned, at(23, 10))
    await update(booking.id, { status: 'completed' })
    const blanked = await update(booking.id, { customer: { email: null, name: 'Anonymised', phone: null }, customerRecord: null })
    expect(blanked.customerRecord ?? null).toBeNull()
    expect(blanked.packageCredit).toBe('used')
    expect(await remainingOf(owned)).toBe(2)
  })

  it('the admin offers only the active, unexpired packages of the booking’s customer record', async () => {
    const gus = await customerRecord('Gus')
    const usable = await sell(gus)
    await sell(gus, { status: 'cancelled' })
    const expired = await sell(gus, { expiresAt: '2026-03-01T00:00:00.000Z' })
    await sell(alice)
    const filter = customerPackageFilter(sanitizeOptions({ clock: () => h.clock.now }, { admin: { user: 'users' } }))
    const offered = async (data: Doc) => {
      const where = await filter({ data, id: undefined, relationTo: CP, req: {} as never, siblingData: data, user: null } as never)
      if (where === false) return []
      const { docs } = await h.payload.find({ collection: CP, depth: 0, overrideAccess: true, pagination: false, where: where as never })
      return docs.map((d) => String(d.id)).sort()
    }
    expect(await offered({})).toEqual([])
    expect(await offered({ customerRecord: gus.id })).toEqual([String(usable.id)])
    // The package already on a booking stays valid, so the option check never blocks cancelling it.
    expect(await offered({ customerPackage: expired.id, customerRecord: gus.id })).toEqual([String(usable.id), String(expired.id)].sort())
  })
})

describe('holds', () => {
  const hold = (owned: Doc, start: string, extra: Doc = {}) =>
    h.payload.create({
      collection: 'bookings',
      data: {
        customerPackage: owned.id,
        holdExpiresAt: new Date(h.clock.now.getTime() + 15 * 60_000).toISOString(),
        service: studio.services.cut,
        source: 'admin',
        staff: studio.staff.ben,
        start,
        status: 'held',
        ...extra,
      } as never,
      depth: 0,
      overrideAccess: true,
    }) as Promise<Doc>

  it('a hold keeps a credit while it lasts; an expired hold gives it back, and the cleanup marks it returned', async () => {
    const owned = await sell(bob, { sessions: 1 })
    const held = await hold(owned, at(25, 14), { customerRecord: bob.id })
    expect(held.packageCredit).toBe('used')
    expect(await remainingOf(owned)).toBe(0)
    expect(await refusal(book(bob, owned, at(25, 13), { staff: studio.staff.ben }))).toMatchObject({ reason: 'no-credits' })
    h.clock.set('2026-03-23T06:16:00Z')
    try {
      expect(await remainingOf(owned)).toBe(1) // at expiry, before any job ran
      await h.payload.jobs.queue({ input: {}, task: 'bookingReleaseExpiredHolds' as never })
      await h.payload.jobs.run()
      const after = await h.payload.findByID({ id: held.id, collection: 'bookings', depth: 0, overrideAccess: true })
      expect(after).toMatchObject({ packageCredit: 'returned', status: 'cancelled' })
      expect(await remainingOf(owned)).toBe(1)
    } finally {
      h.clock.set(NOW)
    }
  })

  it('a hold without a customer record is checked for the owner when it is confirmed', async () => {
    const owned = await sell(alice)
    const mine = await hold(owned, at(25, 15))
    const theirs = await hold(owned, at(25, 12))
    expect(await remainingOf(owned)).toBe(1)
    const wrong = await refusal(update(theirs.id, { customer: { email: bob.email, name: 'Bob' }, holdExpiresAt: null, status: 'confirmed' }))
    expect(wrong).toMatchObject({ field: 'customerPackage', status: 400 })
    const confirmed = await update(mine.id, { customer: { email: alice.email, name: 'Alice' }, holdExpiresAt: null, status: 'confirmed' })
    expect(confirmed).toMatchObject({ packageCredit: 'used', status: 'confirmed' })
    expect(String(confirmed.customerRecord)).toBe(String(alice.id))
  })
})

describe('reading credits', () => {
  it('admins and staff read customer packages with credits left; visitors do not', async () => {
    const owned = await sell(bob)
    await book(bob, owned, at(30, 8))
    const asAdmin = await h.http('GET', `/api/${CP}/${owned.id}?depth=0`, undefined, auth(adminToken))
    expect(asAdmin.status).toBe(200)
    expect(asAdmin.body).toMatchObject({ remaining: 2, sessions: 3 })
    const asStaff = await h.http('GET', `/api/${CP}?where[customer][equals]=${bob.id}&depth=0`, undefined, auth(annaToken))
    expect(asStaff.status).toBe(200)
    expect(asStaff.body.docs.find((d: Doc) => String(d.id) === String(owned.id)).remaining).toBe(2)
    expect((await h.http('GET', `/api/${CP}/${owned.id}`)).status).toBe(403)
    expect((await h.http('GET', '/api/booking-packages')).status).toBe(403)
    const write = await h.http('POST', `/api/${CP}`, { customer: bob.id, package: cuts }, auth(annaToken))
    expect(write.status).toBe(403)
  })

  it('GET /api/booking/packages/customers/:id lists a customer’s packages with credits left', async () => {
    const carol = await customerRecord('Carol')
    const owned = await sell(carol)
    await sell(carol, { status: 'cancelled' })
    await book(carol, owned, at(30, 9))
    const res = await h.http('GET', `/api/booking/packages/customers/${carol.id}`, undefined, auth(adminToken))
    expect(res.status).toBe(200)
    expect(res.body.packages).toHaveLength(2)
    const usable = res.body.packages.find((p: Doc) => String(p.id) === String(owned.id))
    expect(usable).toMatchObject({ remaining: 2, sessions: 3, status: 'active', usable: true })
    expect(usable.package).toMatchObject({ name: '3 haircuts', services: [studio.services.cut] })
    expect(res.body.packages.filter((p: Doc) => p.usable)).toHaveLength(1)
    expect((await h.http('GET', `/api/booking/packages/customers/${carol.id}`, undefined, auth(annaToken))).status).toBe(200)
    expect((await h.http('GET', `/api/booking/packages/customers/${carol.id}`)).status).toBe(401)
    expect((await h.http('GET', '/api/booking/packages/customers/999999', undefined, auth(adminToken))).status).toBe(404)
    await h.payload.create({
      collection: 'users',
      data: { email: 'nobody@example.com', password: 'nobody-password', role: 'staff' } as never,
    })
    const nobody = await login('nobody@example.com', 'nobody-password')
    expect((await h.http('GET', `/api/booking/packages/customers/${carol.id}`, undefined, auth(nobody))).status).toBe(403)
  })
})

describe('the public booking API cannot draw on a package', () => {
  it('ignores customerPackage in the body, even with the owner’s e-mail address', async () => {
    const owned = await sell(alice)
    const res = await h.http('POST', '/api/booking/bookings', {
      customer: { email: alice.email, name: 'Alice' },
      customerPackage: owned.id,
      service: studio.services.cut,
      staff: studio.staff.ben,
      start: at(30, 8),
    })
    expect(res.status).toBe(201)
    const stored = await h.payload.findByID({ id: res.body.booking.id, collection: 'bookings', depth: 0, overrideAccess: true })
    expect(stored.customerPackage ?? null).toBeNull()
    expect(await remainingOf(owned)).toBe(3)
  })
})

describe('credits never go negative under parallel bookings', () => {
  // Ten free times across two staff members (so the staff locks don't serialize them all).
  const times = (day: number) => [
    ...[8, 9, 10, 11, 12].map((hour) => ({ staff: () => studio.staff.anna, start: at(day, hour) })),
    ...[8, 9, 10, 12, 13].map((hour) => ({ staff: () => studio.staff.ben, start: at(day, hour) })),
  ]

  const drawn = async (owned: Doc) =>
    (await h.payload.count({ collection: 'bookings', where: { customerPackage: { equals: owned.id } } })).totalDocs

  it('10 parallel Local API bookings, each in its own transaction, on 3 credits: exactly 3 succeed', async () => {
    const dana = await customerRecord('Dana')
    const owned = await sell(dana)
    const results = await Promise.allSettled(
      times(27).map((t) => book(dana, owned, t.start, { staff: t.staff() })),
    )
    const refused = results.filter((r) => r.status === 'rejected').map((r) => (r as PromiseRejectedResult).reason)
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(3)
    expect(refused.map((e) => [e.status, e.data?.reason])).toEqual(Array(7).fill([409, 'no-credits']))
    expect(await remainingOf(owned)).toBe(0)
    expect(await drawn(owned)).toBe(3)
  })

  it('10 parallel REST bookings by an admin on 3 credits: exactly 3 × 201, 7 × 409', async () => {
    const emil = await customerRecord('Emil')
    const owned = await sell(emil)
    const results = await Promise.all(
      times(31).map((t) =>
        h.http('POST', '/api/bookings', bookingData(emil, owned, t.start, { staff: t.staff() }), auth(adminToken)),
      ),
    )
    expect(results.map((r) => r.status).sort()).toEqual([...Array(3).fill(201), ...Array(7).fill(409)])
    expect(await remainingOf(owned)).toBe(0)
    expect(await drawn(owned)).toBe(3)
  })
})
