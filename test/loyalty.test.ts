// Loyalty points and rewards: earning by each rule (never for cancelled or no-show bookings, once
// per booking), redemptions and their checks, returns on cancel, parallel redemptions that can
// never overspend, the append-only ledger, the calendar's loyalty endpoint, and that the public
// site never lists or accepts rewards. SQLite and Postgres.
import { APIError } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { BookingPluginOptions } from '../src/types.ts'
import type { Studio } from './helpers/fixtures.ts'
import type { Harness, HttpResult } from './helpers/harness.ts'

import { seedStudio } from './helpers/fixtures.ts'
import { startHarness } from './helpers/harness.ts'

type Doc = Record<string, any>
type Id = number | string

// This file boots several studios (one per earning rule), each on its own fresh database: make
// Payload push the schema to each, not only to the first (it skips a push it thinks it has done).
process.env.PAYLOAD_FORCE_DRIZZLE_PUSH = 'true'

// Clock: Monday 2026-03-23 07:00 Berlin (UTC+1 until 29 March). Anna cuts and colours 09-17
// weekdays, Ben cuts 09-12 and 13-17; admin writes may also book outside working hours.
const at = (day: number, hourUtc: number, minute = 0) =>
  `2026-03-${String(day).padStart(2, '0')}T${String(hourUtc).padStart(2, '0')}:${String(minute).padStart(2, '0')}:00.000Z`

const call = async (h: Harness, method: string, path: string, token?: string, body?: unknown): Promise<HttpResult> => {
  const res = await fetch(h.server.url + path, {
    body: body === undefined ? undefined : JSON.stringify(body),
    headers: { 'content-type': 'application/json', ...(token ? { Authorization: `JWT ${token}` } : {}) },
    method,
  })
  const text = await res.text()
  return { body: text ? JSON.parse(text) : null, status: res.status }
}

const login = async (h: Harness, email: string, password: string) =>
  (await call(h, 'POST', '/api/users/login', undefined, { email, password })).body.token as string

/** A studio with the plugin's loyalty on, and small helpers over its Local API. */
const loyaltySetup = async (pluginOptions: BookingPluginOptions) => {
  const h = await startHarness({ pluginOptions })
  const studio = await seedStudio(h.payload)
  let n = 0
  const newCustomer = async (name = `Customer ${++n}`) =>
    (await h.payload.create({
      collection: 'booking-customers',
      data: { email: `${name.toLowerCase().replace(/\W+/g, '.')}.${n}@example.org`, name } as never,
      overrideAccess: true,
    })).id as Id
  const book = async (customerRecord: Id | null, start: string, extra: Doc = {}) =>
    (await h.payload.create({
      collection: 'bookings',
      context: { bookingSilent: true },
      data: { customer: { name: 'Guest' }, customerRecord, service: studio.services.cut, source: 'phone', staff: studio.staff.anna, start, ...extra } as never,
      depth: 0,
      overrideAccess: true,
    })) as Doc
  const update = async (id: Id, data: Doc) =>
    (await h.payload.update({ id, collection: 'bookings', context: { bookingSilent: true }, data: data as never, depth: 0, overrideAccess: true })) as Doc
  const entries = async (where: Doc) =>
    (await h.payload.find({ collection: 'booking-points', depth: 0, overrideAccess: true, pagination: false, sort: 'createdAt', where: where as never }))
      .docs as Doc[]
  // Summed here, independently of the plugin's own balance code.
  const balance = async (customer: Id) => (await entries({ customer: { equals: customer } })).reduce((s, e) => s + Number(e.points), 0)
  const adjust = (customer: Id, points: number) =>
    h.payload.create({ collection: 'booking-points', data: { customer, kind: 'adjust', note: 'Opening balance', points } as never, overrideAccess: true })
  return { adjust, balance, book, entries, h, newCustomer, studio, update }
}

type Setup = Awaited<ReturnType<typeof loyaltySetup>>

describe('earning: 10 points per completed booking', () => {
  let s: Setup
  beforeAll(async () => {
    s = await loyaltySetup({ loyalty: { earn: 10 } })
  })
  afterAll(async () => {
    await s?.h.close()
  })

  it('a completed booking earns once: repeated saves and going back and forth never earn twice', async () => {
    const c = await s.newCustomer()
    const b = await s.book(c, at(23, 8))
    expect(await s.balance(c)).toBe(0)
    await s.update(b.id, { status: 'completed' })
    expect(await s.balance(c)).toBe(10)
    await s.update(b.id, { notes: 'Lovely' })
    await s.update(b.id, { status: 'completed' })
    await s.update(b.id, { status: 'confirmed' })
    await s.update(b.id, { status: 'completed' })
    const earned = await s.entries({ booking: { equals: b.id } })
    expect(earned.map((e) => [e.kind, e.points])).toEqual([['earn', 10]])
    expect(String(earned[0]!.customer)).toBe(String(c))
    expect(await s.balance(c)).toBe(10)
    // Created as completed (entered afterwards) earns too.
    await s.book(c, at(23, 10), { status: 'completed' })
    expect(await s.balance(c)).toBe(20)
  })

  it('never for cancelled or no-show bookings; a completed one corrected to no-show gives the points back', async () => {
    const c = await s.newCustomer()
    const cancelled = await s.book(c, at(23, 12))
    await s.update(cancelled.id, { status: 'cancelled' })
    const noShow = await s.book(c, at(23, 13))
    await s.update(noShow.id, { status: 'no-show' })
    await s.book(c, at(23, 14), { status: 'cancelled' })
    expect(await s.balance(c)).toBe(0)
    const corrected = await s.book(c, at(23, 15))
    await s.update(corrected.id, { status: 'completed' })
    expect(await s.balance(c)).toBe(10)
    await s.update(corrected.id, { status: 'no-show' })
    expect(await s.balance(c)).toBe(0)
    await s.update(corrected.id, { status: 'no-show', notes: 'again' })
    expect((await s.entries({ booking: { equals: corrected.id } })).map((e) => e.points)).toEqual([10, -10])
  })

  it('a bulk update with select (as the check-in job makes visits completed) earns too', async () => {
    const c = await s.newCustomer()
    const b = await s.book(c, at(23, 16), { checkedInAt: at(23, 16) })
    await s.h.payload.update({
      collection: 'bookings',
      data: { status: 'completed' } as never,
      overrideAccess: true,
      select: {},
      where: { id: { equals: b.id } },
    })
    expect(await s.balance(c)).toBe(10)
  })

  it('a booking without a customer record earns nothing and fails nothing', async () => {
    const walkIn = await s.book(null, at(24, 8), { customer: { name: 'Walk-in' }, source: 'walk-in' })
    const done = await s.update(walkIn.id, { status: 'completed' })
    expect(done.status).toBe('completed')
    expect(await s.entries({ booking: { equals: walkIn.id } })).toEqual([])
  })
})

describe('earning per currency unit, and by a function', () => {
  it('perCurrencyUnit: the price snapshot times the seats', async () => {
    const s = await loyaltySetup({ loyalty: { earn: { perCurrencyUnit: 2 } } })
    try {
      const c = await s.newCustomer()
      const cut = await s.book(c, at(24, 8)) // 40 EUR
      await s.update(cut.id, { status: 'completed' })
      expect(await s.balance(c)).toBe(80)
      const yoga = await s.book(c, at(24, 9), { seats: 2, service: s.studio.services.class, staff: s.studio.staff.ben }) // 2 × 15 EUR
      await s.update(yoga.id, { status: 'completed' })
      expect(await s.balance(c)).toBe(140)
    } finally {
      await s.h.close()
    }
  })

  it('a function of the booking and its service', async () => {
    const s = await loyaltySetup({
      loyalty: { earn: ({ booking, service }) => Number(service.durationMinutes) + (booking.source === 'walk-in' ? 5 : 0) },
    })
    try {
      const c = await s.newCustomer()
      const colour = await s.book(c, at(24, 8), { service: s.studio.services.colour, source: 'walk-in' }) // 90 min
      await s.update(colour.id, { status: 'completed' })
      expect(await s.balance(c)).toBe(95)
    } finally {
      await s.h.close()
    }
  })
})

describe('rewards: redemption, its checks, moving and cancelling', () => {
  let s: Setup
  let adminToken: string
  let annaToken: string
  const r: Record<string, Doc> = {}
  const reward = async (data: Doc) =>
    (await s.h.payload.create({ collection: 'booking-rewards', data: { active: true, ...data } as never, overrideAccess: true })) as Doc
  const refusal = async (promise: Promise<unknown>) => {
    const error = await promise.then(() => null, (e: unknown) => e)
    expect(error).toBeInstanceOf(APIError)
    return error as APIError & { data: any }
  }
  const fieldOf = (error: APIError & { data: any }) => error.data?.field ?? error.data?.errors?.[0]?.path

  beforeAll(async () => {
    s = await loyaltySetup({ loyalty: { earn: 10 } })
    const { colour, cut } = s.studio.services
    r.cut = await reward({ name: 'Free haircut', points: 100, service: cut })
    r.weekday = await reward({ conditions: { weekdays: ['mon', 'tue', 'wed', 'thu', 'fri'] }, name: 'Weekday colour', points: 50, service: colour })
    r.withPaid = await reward({ conditions: { requiresPaidBookingSameDay: true }, name: 'Cut with a paid visit', points: 30, service: cut })
    r.off = await reward({ active: false, name: 'Retired', points: 1, service: cut })
    adminToken = await login(s.h, 'admin@example.com', 'admin-password')
    annaToken = await login(s.h, 'anna@example.com', 'anna-password')
  })
  afterAll(async () => {
    await s?.h.close()
  })

  it('refuses a reward booking without a customer record, inactive, for another service, or with too few points: 4xx naming reward', async () => {
    const c = await s.newCustomer()
    await s.adjust(c, 60)
    const none = await refusal(s.book(null, at(24, 8), { customer: { name: 'Anonymous' }, reward: r.cut!.id }))
    expect([none.status, fieldOf(none)]).toEqual([400, 'reward'])
    const inactive = await refusal(s.book(c, at(24, 8), { reward: r.off!.id }))
    expect([inactive.status, inactive.data.field, inactive.data.reason]).toEqual([409, 'reward', 'reward-inactive'])
    const wrong = await refusal(s.book(c, at(24, 8), { reward: r.cut!.id, service: s.studio.services.colour }))
    expect([wrong.status, fieldOf(wrong)]).toEqual([400, 'reward'])
    const poor = await refusal(s.book(c, at(24, 8), { reward: r.cut!.id }))
    expect([poor.status, poor.data.field, poor.data.reason, poor.data.balance, poor.data.points]).toEqual([409, 'reward', 'insufficient-points', 60, 100])
    expect(poor.message).toMatch(/100 points.*60/)
    // Over REST the same answer, with the field named.
    const rest = await call(s.h, 'POST', '/api/bookings', adminToken, {
      customer: { name: 'Guest' }, customerRecord: c, reward: r.cut!.id, service: s.studio.services.cut, staff: s.studio.staff.anna, start: at(24, 8),
    })
    expect(rest.status).toBe(409)
    expect(rest.body.errors[0].data).toMatchObject({ field: 'reward', reason: 'insufficient-points' })
    expect(await s.entries({ customer: { equals: c }, kind: { not_equals: 'adjust' } })).toEqual([])
  })

  it('checks the weekday in the business zone and the paid booking the same local day', async () => {
    const c = await s.newCustomer()
    await s.adjust(c, 200)
    // Saturday 00:30 in Berlin (Friday 23:30 UTC): not a weekday there.
    const saturday = await refusal(s.book(c, at(27, 23, 30), { reward: r.weekday!.id, service: s.studio.services.colour }))
    expect([saturday.status, saturday.data.reason]).toEqual([409, 'reward-weekday'])
    const friday = await s.book(c, at(27, 9), { reward: r.weekday!.id, service: s.studio.services.colour })
    expect(friday.price).toBe(0)

    const alone = await refusal(s.book(c, at(26, 12), { reward: r.withPaid!.id }))
    expect([alone.status, alone.data.reason]).toEqual([409, 'reward-paid-booking'])
    const paid = await s.book(c, at(26, 8)) // 40 EUR, 09:00 Berlin
    await s.update(paid.id, { status: 'cancelled' })
    await refusal(s.book(c, at(26, 12), { reward: r.withPaid!.id })) // a cancelled one does not count
    await s.book(c, at(26, 9)) // 10:00 Berlin, paid
    const withPaid = await s.book(c, at(26, 12), { reward: r.withPaid!.id })
    expect(withPaid.reward).toBeTruthy()
    expect(await s.balance(c)).toBe(200 - 50 - 30)
  })

  it('redeems once, keeps the redemption when moved, returns the points once when cancelled; the reward is fixed', async () => {
    const c = await s.newCustomer()
    await s.adjust(c, 150)
    const b = await s.book(c, at(25, 8), { reward: r.cut!.id })
    expect(await s.balance(c)).toBe(50)
    const redeem = await s.entries({ booking: { equals: b.id } })
    expect(redeem.map((e) => [e.kind, e.points, String(e.reward)])).toEqual([['redeem', -100, String(r.cut!.id)]])

    await s.update(b.id, { start: at(25, 10) })
    await s.update(b.id, { staff: s.studio.staff.ben, start: at(25, 13) })
    await s.update(b.id, { status: 'completed' }) // a reward booking earns nothing
    await s.update(b.id, { status: 'confirmed' })
    expect(await s.balance(c)).toBe(50)

    const change = await refusal(s.update(b.id, { reward: r.withPaid!.id }))
    expect([change.status, fieldOf(change)]).toEqual([400, 'reward'])
    const remove = await refusal(s.update(b.id, { reward: null }))
    expect([remove.status, fieldOf(remove)]).toEqual([400, 'reward'])

    await s.update(b.id, { status: 'cancelled' })
    expect(await s.balance(c)).toBe(150)
    await s.update(b.id, { notes: 'cancelled by phone' })
    await s.update(b.id, { status: 'cancelled' })
    expect((await s.entries({ booking: { equals: b.id } })).map((e) => [e.kind, e.points])).toEqual([
      ['redeem', -100],
      ['return', 100],
    ])
    // Re-activated: redeemed again (and checked again).
    await s.update(b.id, { status: 'confirmed' })
    expect(await s.balance(c)).toBe(50)
  })

  it('the calendar endpoint gives the balance and which rewards can be taken at a time, for admins and own staff', async () => {
    const c = await s.newCustomer('Frank Hofmann')
    await s.adjust(c, 80)
    const path = `/api/booking/loyalty/customers/${c}?start=${encodeURIComponent(at(28, 9))}&staff=${s.studio.staff.anna}`
    const res = await call(s.h, 'GET', path, adminToken)
    expect(res.status).toBe(200)
    expect(res.body.balance).toBe(80)
    const byName = Object.fromEntries(res.body.rewards.map((x: Doc) => [x.name, x]))
    expect(Object.keys(byName).sort()).toEqual(['Cut with a paid visit', 'Free haircut', 'Weekday colour'])
    expect(byName['Free haircut']).toMatchObject({ available: false, missing: 20, points: 100, reason: 'points' })
    expect(byName['Weekday colour']).toMatchObject({ available: false, reason: 'weekday' }) // Saturday
    expect(byName['Cut with a paid visit']).toMatchObject({ available: false, reason: 'paid-booking' })
    const friday = await call(s.h, 'GET', `/api/booking/loyalty/customers/${c}?start=${encodeURIComponent(at(27, 9))}&staff=${s.studio.staff.ben}`, adminToken)
    expect(friday.body.rewards.find((x: Doc) => x.name === 'Weekday colour')).toMatchObject({ available: false, reason: 'service' })

    expect((await call(s.h, 'GET', path)).status).toBe(401)
    expect((await call(s.h, 'GET', path, annaToken)).status).toBe(403) // not one of Anna's customers yet
    await s.book(c, at(30, 8))
    expect((await call(s.h, 'GET', `/api/booking/loyalty/customers/${c}`, annaToken)).body.balance).toBe(80)
    // The type-ahead finds the record and hands its id to the form.
    const search = await call(s.h, 'GET', '/api/booking/calendar/customers?q=Hofmann', annaToken)
    expect(search.body.customers).toEqual([expect.objectContaining({ id: c, name: 'Frank Hofmann' })])
  })

  it('the public site never lists rewards, and its booking endpoints ignore a reward', async () => {
    expect((await call(s.h, 'GET', '/api/booking-rewards')).status).toBe(403)
    expect((await call(s.h, 'GET', '/api/booking-points')).status).toBe(403)
    expect((await call(s.h, 'GET', '/api/booking-rewards', annaToken)).body.totalDocs).toBe(4) // staff offer them
    const c = await s.newCustomer()
    await s.adjust(c, 500)
    const [email] = ((await s.h.payload.findByID({ id: c, collection: 'booking-customers', overrideAccess: true })) as Doc).email.split(' ')
    const body = { customer: { email, name: 'Online' }, reward: r.cut!.id, service: s.studio.services.cut, staff: s.studio.staff.anna, start: at(31, 8) }
    const booked = await call(s.h, 'POST', '/api/booking/bookings', undefined, body)
    expect(booked.status).toBe(201)
    expect(JSON.stringify(booked.body)).not.toContain('reward')
    const stored = (await s.h.payload.findByID({ id: booked.body.booking.id, collection: 'bookings', depth: 0, overrideAccess: true })) as Doc
    expect(stored.reward ?? null).toBeNull()
    const hold = await call(s.h, 'POST', '/api/booking/holds', undefined, { ...body, start: at(31, 10) })
    expect(hold.status).toBe(201)
    expect((await s.h.payload.findByID({ id: hold.body.id, collection: 'bookings', depth: 0, overrideAccess: true })).reward ?? null).toBeNull()
    expect(await s.balance(c)).toBe(500)
    const availability = await call(s.h, 'GET', `/api/booking/availability?service=${s.studio.services.cut}&from=2026-03-31&to=2026-03-31`)
    expect(JSON.stringify(availability.body)).not.toMatch(/reward|Free haircut/i)
  })

  it('the ledger is append-only: no update or delete for anybody; by hand only adjustments with a note', async () => {
    const c = await s.newCustomer()
    const entry = await s.adjust(c, 40)
    expect((await call(s.h, 'PATCH', `/api/booking-points/${entry.id}`, adminToken, { points: 4000 })).status).toBe(403)
    expect((await call(s.h, 'DELETE', `/api/booking-points/${entry.id}`, adminToken)).status).toBe(403)
    await refusal(s.h.payload.update({ id: entry.id, collection: 'booking-points', data: { points: 4000 } as never, overrideAccess: true }))
    await refusal(s.h.payload.delete({ id: entry.id, collection: 'booking-points', overrideAccess: true }))
    expect(await s.balance(c)).toBe(40)

    const earn = await call(s.h, 'POST', '/api/booking-points', adminToken, { customer: c, kind: 'earn', note: 'free points', points: 100 })
    expect([earn.status, earn.body.errors[0].data.errors[0].path]).toEqual([400, 'kind'])
    const noNote = await call(s.h, 'POST', '/api/booking-points', adminToken, { customer: c, kind: 'adjust', points: 5 })
    expect([noNote.status, noNote.body.errors[0].data.errors[0].path]).toEqual([400, 'note'])
    const fraction = await call(s.h, 'POST', '/api/booking-points', adminToken, { customer: c, kind: 'adjust', note: 'x', points: 1.5 })
    expect(fraction.status).toBe(400)
    const below = await call(s.h, 'POST', '/api/booking-points', adminToken, { customer: c, kind: 'adjust', note: 'Typo', points: -41 })
    expect([below.status, below.body.errors[0].data.field]).toEqual([409, 'points'])
    const ok = await call(s.h, 'POST', '/api/booking-points', adminToken, { customer: c, kind: 'adjust', note: 'Birthday', points: 25 })
    expect(ok.status).toBe(201)
    expect((await call(s.h, 'POST', '/api/booking-points', annaToken, { customer: c, kind: 'adjust', note: 'Me', points: 999 })).status).toBe(403)
    expect(await s.balance(c)).toBe(65)
  })
})

describe('parallel redemptions never take a balance below zero', () => {
  let s: Setup
  let adminToken: string
  let cutReward: Id
  beforeAll(async () => {
    s = await loyaltySetup({ loyalty: { earn: 10 } })
    cutReward = ((await s.h.payload.create({
      collection: 'booking-rewards',
      data: { active: true, name: 'Free haircut', points: 100, service: s.studio.services.cut } as never,
      overrideAccess: true,
    })) as Doc).id
    adminToken = await login(s.h, 'admin@example.com', 'admin-password')
  })
  afterAll(async () => {
    await s?.h.close()
  })

  // Eight free times on two staff members (so the staff locks do not serialize them all).
  const times = (day: number) =>
    Array.from({ length: 8 }, (_, i) => ({ staff: i % 2 === 0 ? 'anna' : 'ben', start: at(day, 8 + Math.floor(i / 2)) }) as const)

  it('8 parallel Local API reward bookings (separate transactions) with points for 2: exactly 2 succeed', async () => {
    const c = await s.newCustomer()
    await s.adjust(c, 200)
    const outcomes = await Promise.allSettled(
      times(25).map((t) => s.book(c, t.start, { reward: cutReward, staff: s.studio.staff[t.staff] })),
    )
    const refused = outcomes.filter((o): o is PromiseRejectedResult => o.status === 'rejected')
    expect(outcomes.filter((o) => o.status === 'fulfilled')).toHaveLength(2)
    expect(refused.map((o) => [(o.reason as APIError).status, (o.reason as { data?: Doc }).data?.reason])).toEqual(
      Array.from({ length: 6 }, () => [409, 'insufficient-points']),
    )
    expect(await s.balance(c)).toBe(0)
    const stored = await s.h.payload.find({ collection: 'bookings', overrideAccess: true, where: { reward: { equals: cutReward }, customerRecord: { equals: c } } })
    expect(stored.totalDocs).toBe(2)
  })

  it('8 parallel reward bookings over HTTP: exactly 2 × 201, 6 × 409, balance 0', async () => {
    const c = await s.newCustomer()
    await s.adjust(c, 250)
    const results = await Promise.all(
      times(26).map((t) =>
        call(s.h, 'POST', '/api/bookings?depth=0', adminToken, {
          customer: { name: 'Parallel' }, customerRecord: c, reward: cutReward, service: s.studio.services.cut, source: 'phone', staff: s.studio.staff[t.staff], start: t.start,
        }),
      ),
    )
    expect(results.map((x) => x.status).sort()).toEqual([201, 201, 409, 409, 409, 409, 409, 409])
    expect(await s.balance(c)).toBe(50)
    expect((await s.entries({ customer: { equals: c }, kind: { equals: 'redeem' } })).length).toBe(2)
  })
})
