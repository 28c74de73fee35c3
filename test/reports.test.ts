// GET /api/booking/reports (JSON and CSV): every number checked against values computed here,
// in plain JS over the seeded list (not with the plugin's code), on SQLite and Postgres. Two weeks
// around Berlin's spring DST change (29 March 2026), three staff, four services, every status.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Studio } from './helpers/fixtures.ts'
import type { Harness, HttpResult } from './helpers/harness.ts'

import { reportSql } from '../src/operations/reports/reportSql.ts'
import { REQUEST_TRANSITION_CONTEXT_KEY } from '../src/operations/requests/requestState.ts'
import { seedStudio } from './helpers/fixtures.ts'
import { startHarness } from './helpers/harness.ts'

type Id = number | string
type Doc = Record<string, any>

const FROM = '2026-03-23'
const TO = '2026-04-05'
const RANGE = `from=${FROM}&to=${TO}`
// Wednesday 1 April, 12:00 in Berlin (UTC+2 since 29 March).
const NOW = '2026-04-01T10:00:00.000Z'
const NOW_MS = Date.parse(NOW)

let h: Harness
let studio: Studio
let adminToken: string
let annaToken: string
let strangerToken: string

interface Seeded {
  checkedInAt?: string
  price: number
  reason?: null | string
  seats: number
  service: Id
  serviceKey: 'class' | 'colour' | 'cut'
  staff: Id
  staffKey: 'anna' | 'ben'
  start: string
  status: string
}
const seeded: Seeded[] = []
interface SeededRequest {
  createdAt: string
  preferredStart?: string
  service: Id
  staff: Id | null
  status: 'booked' | 'contacted' | 'declined' | 'expired' | 'new'
}
const seededRequests: SeededRequest[] = []

const DURATION = { class: 60, colour: 90, cut: 60 }
const PRICE = { class: 15, colour: 80, cut: 40 }

const call = async (path: string, token?: string): Promise<HttpResult & { headers: Headers; text: string }> => {
  const res = await fetch(h.server.url + path, { headers: token ? { Authorization: `JWT ${token}` } : {} })
  // Keep a byte-order mark (Response.text() drops it): the CSV test checks it is there.
  const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(await res.arrayBuffer())
  let body: unknown = text
  try {
    body = JSON.parse(text)
  } catch {
    // CSV
  }
  return { body, headers: res.headers, status: res.status, text }
}

const login = async (email: string, password: string) => {
  const res = await h.http('POST', '/api/users/login', { email, password })
  expect(res.status).toBe(200)
  return res.body.token as string
}

// ---- the expected numbers, computed independently -------------------------------------------

const berlinDate = new Intl.DateTimeFormat('en-CA', { day: '2-digit', month: '2-digit', timeZone: 'Europe/Berlin', year: 'numeric' })
const localDate = (iso: string) => berlinDate.format(new Date(iso))
const dates: string[] = []
for (let d = Date.parse(`${FROM}T12:00:00Z`); d <= Date.parse(`${TO}T12:00:00Z`); d += 86_400_000) {
  dates.push(new Date(d).toISOString().slice(0, 10))
}
const weekday = (date: string) => new Date(`${date}T12:00:00Z`).getUTCDay() // 0 = Sunday

/** The schedules as written in the seed: Anna 09–17 weekdays (closed 27 March, 10–14 on 3 April), Ben 09–12 + 13–17, Carla Tuesdays 10–16. */
const work = (staff: 'anna' | 'ben' | 'carla', date: string): number => {
  const wd = weekday(date)
  if (staff === 'carla') return wd === 2 ? 360 : 0
  if (wd === 0 || wd === 6) return 0
  if (staff === 'ben') return 420
  if (date === '2026-03-27') return 0
  if (date === '2026-04-03') return 240
  return 480
}

interface Expected {
  availableMinutes: number
  bookedMinutes: number
  bookings: number
  cancelled: number
  checkedIn: number
  noShows: number
  requests: { booked: number; declined: number; expired: number; open: number; received: number }
  revenue: number
  seats: number
  started: number
}

const STANDING = ['confirmed', 'completed', 'no-show']

const expected = (filter: { dates?: string[]; service?: 'class' | 'colour' | 'cut'; staff?: 'anna' | 'ben' | 'carla' }): Expected => {
  const days = filter.dates ?? dates
  const rows = seeded.filter(
    (b) =>
      days.includes(localDate(b.start)) &&
      (!filter.staff || b.staffKey === filter.staff) &&
      (!filter.service || b.serviceKey === filter.service),
  )
  const standing = rows.filter((b) => STANDING.includes(b.status))
  const started = standing.filter((b) => Date.parse(b.start) < NOW_MS)
  const sessions = new Map<string, number>()
  for (const b of standing) sessions.set(`${b.staffKey}|${b.start}`, DURATION[b.serviceKey])
  const seatMinutes = standing.reduce((a, b) => a + b.seats * DURATION[b.serviceKey], 0)
  const capacity = filter.service === 'class' ? 8 : 1
  const performers = {
    class: ['ben'],
    colour: ['anna'],
    cut: ['anna', 'ben'],
  } as const
  const people = (['anna', 'ben', 'carla'] as const).filter(
    (s) => (!filter.staff || s === filter.staff) && (!filter.service || (performers[filter.service] as readonly string[]).includes(s)),
  )
  const available = people.reduce((a, s) => a + days.reduce((x, d) => x + work(s, d), 0), 0) * capacity
  const requests = seededRequests.filter(
    (r) =>
      days.includes(localDate(r.createdAt)) &&
      (!filter.staff || r.staff === studio.staff[filter.staff]) &&
      (!filter.service || r.service === studio.services[filter.service]),
  )
  const effective = (r: SeededRequest) =>
    (r.status === 'new' || r.status === 'contacted') && r.preferredStart && Date.parse(r.preferredStart) <= NOW_MS ? 'expired' : r.status
  const countStatus = (status: string) => requests.filter((r) => effective(r) === status).length
  return {
    availableMinutes: available,
    bookedMinutes: filter.service ? seatMinutes : [...sessions.values()].reduce((a, b) => a + b, 0),
    bookings: standing.length,
    cancelled: rows.filter((b) => b.status === 'cancelled' && b.reason !== 'Hold expired').length,
    checkedIn: started.filter((b) => b.checkedInAt).length,
    noShows: rows.filter((b) => b.status === 'no-show').length,
    requests: {
      booked: countStatus('booked'),
      declined: countStatus('declined'),
      expired: countStatus('expired'),
      open: countStatus('new') + countStatus('contacted'),
      received: requests.length,
    },
    revenue: rows.filter((b) => b.status === 'confirmed' || b.status === 'completed').reduce((a, b) => a + b.price * b.seats, 0),
    seats: standing.reduce((a, b) => a + b.seats, 0),
    started: started.length,
  }
}

const rate = (part: number, whole: number) => (whole > 0 ? Math.round((part / whole) * 10_000) / 10_000 : null)

/** The numbers of one slice against the independent computation, every field. */
const expectMetrics = (actual: Doc, e: Expected, label: string) => {
  expect(
    {
      availableMinutes: actual.availableMinutes,
      bookedMinutes: actual.bookedMinutes,
      bookings: actual.bookings,
      cancellationRate: actual.cancellationRate,
      cancelled: actual.cancelled,
      checkedIn: actual.checkedIn,
      checkInRate: actual.checkInRate,
      noShowRate: actual.noShowRate,
      noShows: actual.noShows,
      requests: actual.requests,
      revenue: actual.revenue.EUR ?? 0,
      seats: actual.seats,
      started: actual.started,
      utilisation: actual.utilisation,
    },
    label,
  ).toEqual({
    ...e,
    cancellationRate: rate(e.cancelled, e.bookings + e.cancelled),
    checkInRate: rate(e.checkedIn, e.started),
    noShowRate: rate(e.noShows, e.started),
    utilisation: rate(e.bookedMinutes, e.availableMinutes),
  })
}

// ---- seed ---------------------------------------------------------------------------------------

beforeAll(async () => {
  h = await startHarness({ clock: '2026-03-20T06:00:00Z' })
  studio = await seedStudio(h.payload)
  const { anna, ben } = studio.staff
  const annaSchedule = await h.payload.find({ collection: 'availability', overrideAccess: true, where: { staff: { equals: anna } } })
  await h.payload.update({
    collection: 'availability',
    data: {
      exceptions: [
        { closed: true, date: '2026-03-27', note: 'Training' },
        { closed: false, date: '2026-04-03', end: '14:00', start: '10:00' },
      ],
    } as never,
    id: annaSchedule.docs[0]!.id,
    overrideAccess: true,
  })

  const book = async (
    staffKey: 'anna' | 'ben',
    serviceKey: 'class' | 'colour' | 'cut',
    start: string,
    status: string,
    extra: Record<string, unknown> = {},
  ) => {
    const doc = (await h.payload.create({
      collection: 'bookings',
      context: { bookingSilent: true },
      data: {
        customer: { name: `Customer ${seeded.length}`, phone: '+49 30 555' },
        service: studio.services[serviceKey],
        source: 'phone',
        staff: studio.staff[staffKey],
        start,
        status,
        ...(status === 'held' ? { holdExpiresAt: '2026-04-03T09:15:00.000Z' } : {}),
        ...extra,
      } as never,
      depth: 0,
      overrideAccess: true,
    })) as unknown as Doc
    seeded.push({
      checkedInAt: extra.checkedInAt as string | undefined,
      price: PRICE[serviceKey],
      reason: (extra.cancellation as { reason?: string } | undefined)?.reason ?? null,
      seats: Number(extra.seats ?? 1),
      service: studio.services[serviceKey],
      serviceKey,
      staff: studio.staff[staffKey],
      staffKey,
      start,
      status,
    })
    return doc
  }
  const checkedIn = (start: string) => ({ checkedInAt: new Date(Date.parse(start) - 5 * 60_000).toISOString() })
  // Week 1, UTC+1: 09:00 Berlin = 08:00Z.
  await book('anna', 'cut', '2026-03-23T08:00:00.000Z', 'completed', checkedIn('2026-03-23T08:00:00.000Z'))
  await book('anna', 'colour', '2026-03-23T10:00:00.000Z', 'completed', checkedIn('2026-03-23T10:00:00.000Z'))
  await book('ben', 'cut', '2026-03-23T08:00:00.000Z', 'no-show')
  await book('ben', 'class', '2026-03-24T09:00:00.000Z', 'confirmed', { seats: 3, ...checkedIn('2026-03-24T09:00:00.000Z') })
  await book('ben', 'class', '2026-03-24T09:00:00.000Z', 'confirmed', { seats: 2 })
  await book('anna', 'cut', '2026-03-24T13:00:00.000Z', 'cancelled', { cancellation: { reason: 'Cancelled by the customer' } })
  await book('anna', 'cut', '2026-03-25T08:00:00.000Z', 'cancelled', { cancellation: { reason: 'Hold expired' } })
  const paidCut = await book('anna', 'cut', '2026-03-26T09:00:00.000Z', 'completed', { ...checkedIn('2026-03-26T09:00:00.000Z'), paymentStatus: 'paid' })
  // 00:30 on Saturday in Berlin is still Friday in UTC.
  await book('ben', 'cut', '2026-03-27T23:30:00.000Z', 'confirmed', checkedIn('2026-03-27T23:30:00.000Z'))
  // 19:45 in Berlin, but 00:15 the next day in Kolkata and 00:30 in Kathmandu (half- and quarter-hour zones).
  await book('ben', 'cut', '2026-03-28T18:45:00.000Z', 'confirmed')
  // Week 2, UTC+2 (after the change): 00:30 on Monday 30 March is Sunday 22:30 in UTC.
  await book('anna', 'cut', '2026-03-29T22:30:00.000Z', 'confirmed', checkedIn('2026-03-29T22:30:00.000Z'))
  const deposit = await book('anna', 'colour', '2026-03-30T08:00:00.000Z', 'completed', { ...checkedIn('2026-03-30T08:00:00.000Z'), paymentStatus: 'deposit' })
  await book('ben', 'class', '2026-03-30T08:00:00.000Z', 'confirmed', { seats: 4 })
  await book('ben', 'cut', '2026-03-31T07:00:00.000Z', 'no-show')
  const refunded = await book('anna', 'cut', '2026-03-31T13:00:00.000Z', 'cancelled', { cancellation: { reason: 'Staff ill' }, paymentStatus: 'refunded' })
  const future = await book('anna', 'cut', '2026-04-01T11:00:00.000Z', 'confirmed')
  await book('ben', 'cut', '2026-04-02T07:00:00.000Z', 'confirmed')
  await book('anna', 'cut', '2026-04-03T09:00:00.000Z', 'held')
  await book('anna', 'cut', '2026-04-03T10:00:00.000Z', 'cancelled')
  // Just outside the range in Berlin (but inside it in UTC, for the second one).
  await book('anna', 'cut', '2026-03-22T22:30:00.000Z', 'confirmed')
  await book('anna', 'cut', '2026-04-05T22:30:00.000Z', 'confirmed')

  const pay = (booking: Doc, amount: number, status: string, refundedAmount = 0) =>
    h.payload.create({
      collection: 'booking-payments',
      data: { amount, booking: booking.id, currency: 'EUR', provider: 'manual', refundedAmount, status, total: amount } as never,
      overrideAccess: true,
    })
  await pay(paidCut, 4000, 'paid')
  await pay(deposit, 2000, 'paid')
  await pay(refunded, 4000, 'refunded', 4000)
  await pay(future, 4000, 'failed')
  await pay(future, 4000, 'pending')

  const { consult, cut } = studio.services
  const request = async (r: SeededRequest) => {
    const doc = await h.payload.create({
      collection: 'booking-requests',
      context: { bookingSilent: true },
      data: { createdAt: r.createdAt, customer: { name: 'Rita', phone: '+49 30 555' }, preferredStart: r.preferredStart, service: r.service, staff: r.staff } as never,
      overrideAccess: true,
    })
    if (r.status !== 'new') {
      await h.payload.update({
        collection: 'booking-requests',
        context: { bookingSilent: true, [REQUEST_TRANSITION_CONTEXT_KEY]: true },
        data: { status: r.status } as never,
        id: doc.id,
        overrideAccess: true,
      })
    }
    seededRequests.push(r)
  }
  const { anna: a, ben: b, carla: c } = studio.staff
  await request({ createdAt: '2026-03-23T10:00:00.000Z', preferredStart: '2026-04-07T08:00:00.000Z', service: consult, staff: c, status: 'new' })
  await request({ createdAt: '2026-03-24T10:00:00.000Z', service: consult, staff: c, status: 'booked' })
  await request({ createdAt: '2026-03-25T10:00:00.000Z', service: cut, staff: a, status: 'declined' })
  await request({ createdAt: '2026-03-26T10:00:00.000Z', preferredStart: '2026-03-27T09:00:00.000Z', service: consult, staff: null, status: 'new' })
  await request({ createdAt: '2026-03-29T22:30:00.000Z', service: consult, staff: c, status: 'contacted' })
  await request({ createdAt: '2026-03-31T10:00:00.000Z', service: cut, staff: b, status: 'expired' })
  await request({ createdAt: '2026-03-20T10:00:00.000Z', service: cut, staff: a, status: 'new' })
  await request({ createdAt: '2026-04-05T22:30:00.000Z', service: cut, staff: a, status: 'new' })
  h.clock.set(NOW)

  await h.payload.create({ collection: 'users', data: { email: 'nobody@example.com', password: 'nobody-pw', role: 'staff' } as never })
  adminToken = await login('admin@example.com', 'admin-password')
  annaToken = await login('anna@example.com', 'anna-password')
  strangerToken = await login('nobody@example.com', 'nobody-pw')
})

afterAll(async () => {
  await h?.close()
})

describe('the seed', () => {
  it('stored what the expectations assume (createdAt of requests, statuses, price snapshots)', async () => {
    const requests = await h.payload.find({ collection: 'booking-requests', limit: 0, overrideAccess: true, sort: 'createdAt' })
    expect(requests.docs.map((r) => new Date(r.createdAt).toISOString()).sort()).toEqual(seededRequests.map((r) => r.createdAt).sort())
    const bookings = await h.payload.find({ collection: 'bookings', depth: 0, limit: 0, overrideAccess: true })
    expect(bookings.totalDocs).toBe(seeded.length)
    for (const doc of bookings.docs as Doc[]) {
      const s = seeded.find((x) => x.start === new Date(doc.start).toISOString() && String(x.staff) === String(doc.staff) && x.status === doc.status)
      expect(s, doc.reference).toBeDefined()
      expect(doc.price).toBe(s!.price)
    }
  })
})

describe('GET /api/booking/reports', () => {
  it('answers the whole range: every number as computed from the seed', async () => {
    const res = await call(`/api/booking/reports?${RANGE}`, adminToken)
    expect(res.status).toBe(200)
    const report = res.body as Doc
    expect(report).toMatchObject({ filters: { service: null, staff: null }, from: FROM, generatedAt: NOW, timezone: 'Europe/Berlin', to: TO, utilisationBasis: 'staff-time' })
    expect(report.currencies).toEqual(['EUR'])
    expectMetrics(report.totals, expected({}), 'totals')
    // Revenue: price × seats of confirmed and completed bookings.
    expect(report.totals.revenue).toEqual({ EUR: 40 + 80 + 15 * 5 + 40 + 40 + 40 + 40 + 80 + 15 * 4 + 40 + 40 })
    expect(report.totals.paidOnlineBookings).toBe(2)
    expect(report.paidOnline).toEqual({ EUR: { bookings: 3, net: 60, paid: 100, refunded: 40 } })
  })

  it('has one entry per local day, DST day included, each matching the seed', async () => {
    const report = (await call(`/api/booking/reports?${RANGE}`, adminToken)).body as Doc
    expect(report.days.map((d: Doc) => d.date)).toEqual(dates)
    for (const day of report.days as Doc[]) {
      expectMetrics(day, expected({ dates: [day.date] }), day.date)
    }
    // The bookings just after local midnight land on the local day, not the UTC one.
    const byDate = Object.fromEntries((report.days as Doc[]).map((d) => [d.date, d]))
    expect(byDate['2026-03-28'].bookings).toBe(2)
    expect(byDate['2026-03-27'].bookings).toBe(0)
    expect(byDate['2026-03-29'].bookings).toBe(0)
    expect(byDate['2026-03-30'].bookings).toBe(3)
    expect(byDate['2026-04-05'].bookings).toBe(0)
    expect(byDate['2026-03-30'].requests.received).toBe(1)
  })

  it('breaks the numbers down per staff member and per service', async () => {
    const report = (await call(`/api/booking/reports?${RANGE}`, adminToken)).body as Doc
    expect(report.staff.map((s: Doc) => s.name)).toEqual(['Anna', 'Ben', 'Carla'])
    for (const key of ['anna', 'ben', 'carla'] as const) {
      const row = (report.staff as Doc[]).find((s) => String(s.id) === String(studio.staff[key]))!
      expectMetrics(row, expected({ staff: key }), key)
    }
    expect(report.services.map((s: Doc) => s.name).sort()).toEqual(['Colour', 'Consultation', 'Haircut', 'Yoga class'])
    for (const key of ['cut', 'colour', 'class'] as const) {
      const row = (report.services as Doc[]).find((s) => String(s.id) === String(studio.services[key]))!
      expectMetrics(row, expected({ service: key }), key)
    }
    const klass = (report.services as Doc[]).find((s) => String(s.id) === String(studio.services.class))!
    expect(klass.capacity).toBe(8)
  })

  it('narrows to a staff member, a service, or both', async () => {
    const cases = [
      { query: `staff=${studio.staff.ben}`, filter: { staff: 'ben' as const } },
      { query: `service=${studio.services.class}`, filter: { service: 'class' as const } },
      { query: `service=${studio.services.cut}`, filter: { service: 'cut' as const } },
      { query: `staff=${studio.staff.anna}&service=${studio.services.colour}`, filter: { service: 'colour' as const, staff: 'anna' as const } },
    ]
    for (const { filter, query } of cases) {
      const res = await call(`/api/booking/reports?${RANGE}&${query}`, adminToken)
      expect(res.status, query).toBe(200)
      const report = res.body as Doc
      expect(report.utilisationBasis, query).toBe(filter.service ? 'seats' : 'staff-time')
      expectMetrics(report.totals, expected(filter), query)
      for (const day of report.days as Doc[]) {
        expectMetrics(day, expected({ ...filter, dates: [day.date] }), `${query} ${day.date}`)
      }
    }
    // Seats of the class: 9 seat-hours booked of 8 seats × Ben's 70 working hours.
    const klass = (await call(`/api/booking/reports?${RANGE}&service=${studio.services.class}`, adminToken)).body as Doc
    expect(klass.totals.bookedMinutes).toBe(9 * 60)
    expect(klass.totals.availableMinutes).toBe(8 * 4200)
    expect(klass.services.map((s: Doc) => s.name)).toEqual(['Yoga class'])
  })

  it('gives staff users their own numbers only; visitors and other users are refused', async () => {
    const own = await call(`/api/booking/reports?${RANGE}`, annaToken)
    expect(own.status).toBe(200)
    expectMetrics(own.body.totals, expected({ staff: 'anna' }), 'anna')
    expect(own.body.staff.map((s: Doc) => s.name)).toEqual(['Anna'])
    expect((await call(`/api/booking/reports?${RANGE}&staff=${studio.staff.anna}`, annaToken)).status).toBe(200)
    const other = await call(`/api/booking/reports?${RANGE}&staff=${studio.staff.ben}`, annaToken)
    expect(other.status).toBe(403)
    expect(other.body.errors[0].field).toBe('staff')
    expect((await call(`/api/booking/reports?${RANGE}`)).status).toBe(401)
    expect((await call(`/api/booking/reports.csv?${RANGE}`)).status).toBe(401)
    expect((await call(`/api/booking/reports?${RANGE}`, strangerToken)).status).toBe(403)
  })

  it('refuses bad input with a 400 naming the field, unknown ids with a 404', async () => {
    const cases: [string, string, number][] = [
      ['', 'from', 400],
      [`from=${FROM}`, 'to', 400],
      ['from=2026-02-30&to=2026-03-01', 'from', 400],
      ['from=2026-04-05&to=2026-04-01', 'to', 400],
      ['from=2025-01-01&to=2026-02-05', 'to', 400],
      [`${RANGE}&staff=a%20b`, 'staff', 400],
      [`${RANGE}&service=%27;drop`, 'service', 400],
      [`${RANGE}&format=xml`, 'format', 400],
      [`${RANGE}&staff=999999`, 'staff', 404],
      [`${RANGE}&staff=anna`, 'staff', 404],
      [`${RANGE}&service=cut`, 'service', 404],
      [`${RANGE}&service=999999`, 'service', 404],
    ]
    for (const [query, field, status] of cases) {
      const res = await call(`/api/booking/reports?${query}`, adminToken)
      expect(res.status, query).toBe(status)
      expect(res.body.errors[0].field, query).toBe(field)
    }
    // 400 days is the limit.
    expect((await call('/api/booking/reports?from=2025-03-01&to=2026-04-04', adminToken)).status).toBe(200)
  })
})

/** RFC 4180 with quoted cells; the byte-order mark dropped. */
const parseCsv = (text: string): string[][] => {
  const rows: string[][] = []
  let row: string[] = []
  let cell = ''
  let quoted = false
  const body = text.replace(/^\uFEFF/, '')
  for (let i = 0; i < body.length; i++) {
    const ch = body[i]!
    if (quoted) {
      if (ch === '"' && body[i + 1] === '"') {
        cell += '"'
        i++
      } else if (ch === '"') quoted = false
      else cell += ch
    } else if (ch === '"') quoted = true
    else if (ch === ',') {
      row.push(cell)
      cell = ''
    } else if (ch === '\r' && body[i + 1] === '\n') {
      row.push(cell)
      rows.push(row)
      row = []
      cell = ''
      i++
    } else cell += ch
  }
  return rows
}

describe('CSV export', () => {
  it('holds the same numbers as the JSON, one row per slice, with a file name', async () => {
    const json = (await call(`/api/booking/reports?${RANGE}`, adminToken)).body as Doc
    for (const path of [`/api/booking/reports.csv?${RANGE}`, `/api/booking/reports?${RANGE}&format=csv`]) {
      const res = await call(path, adminToken)
      expect(res.status, path).toBe(200)
      expect(res.headers.get('content-type')).toContain('text/csv')
      expect(res.headers.get('content-disposition')).toBe(`attachment; filename="booking-report-${FROM}_${TO}.csv"`)
      expect(res.text.startsWith('\uFEFF')).toBe(true)
      const [header, ...rows] = parseCsv(res.text)
      const col = (name: string) => header!.indexOf(name)
      expect(header!.slice(0, 4)).toEqual(['section', 'key', 'name', 'bookings'])
      expect(col('revenue_EUR')).toBeGreaterThan(0)
      expect(rows.map((r) => r[0])).toEqual(['total', ...dates.map(() => 'day'), ...json.staff.map(() => 'staff'), ...json.services.map(() => 'service')])
      const total = rows[0]!
      const e = expected({})
      expect(Number(total[col('bookings')])).toBe(e.bookings)
      expect(Number(total[col('seats')])).toBe(e.seats)
      expect(Number(total[col('cancelled')])).toBe(e.cancelled)
      expect(Number(total[col('no_shows')])).toBe(e.noShows)
      expect(Number(total[col('checked_in')])).toBe(e.checkedIn)
      expect(Number(total[col('booked_minutes')])).toBe(e.bookedMinutes)
      expect(Number(total[col('available_minutes')])).toBe(e.availableMinutes)
      expect(Number(total[col('utilisation')])).toBe(rate(e.bookedMinutes, e.availableMinutes))
      expect(Number(total[col('requests_received')])).toBe(e.requests.received)
      expect(Number(total[col('revenue_EUR')])).toBe(e.revenue)
      expect(Number(total[col('paid_online_EUR')])).toBe(100)
      expect(Number(total[col('refunded_online_EUR')])).toBe(40)
      for (const [i, day] of (json.days as Doc[]).entries()) {
        const r = rows[1 + i]!
        expect(r[1]).toBe(day.date)
        expect(Number(r[col('bookings')])).toBe(day.bookings)
        expect(r[col('utilisation')]).toBe(day.utilisation === null ? '' : String(day.utilisation))
      }
      const ben = rows.find((r) => r[0] === 'staff' && r[2] === 'Ben')!
      expect(Number(ben[col('bookings')])).toBe(expected({ staff: 'ben' }).bookings)
    }
  })

  it('names the filters in the file name and quotes what needs quoting', async () => {
    await h.payload.update({ collection: 'staff', data: { name: '=Ben, "the teacher"' } as never, id: studio.staff.ben, overrideAccess: true })
    const res = await call(`/api/booking/reports.csv?${RANGE}&staff=${studio.staff.ben}`, adminToken)
    expect(res.headers.get('content-disposition')).toBe(`attachment; filename="booking-report-${FROM}_${TO}-staff-${studio.staff.ben}.csv"`)
    const rows = parseCsv(res.text)
    expect(rows.find((r) => r[0] === 'staff')![2]).toBe(`'=Ben, "the teacher"`)
    await h.payload.update({ collection: 'staff', data: { name: 'Ben' } as never, id: studio.staff.ben, overrideAccess: true })
  })
})

describe('per-day grouping in the database', () => {
  it.each(['Europe/Berlin', 'America/New_York', 'Asia/Kolkata', 'Asia/Kathmandu'])(
    'folds the grouping keys into local days of %s (SQLite: UTC hours or quarter hours)',
    async (tz) => {
      const window = { end: Date.parse('2026-04-08T00:00:00Z'), start: Date.parse('2026-03-20T00:00:00Z') }
      const sql = reportSql(h.payload, tz, window)
      const rows = await sql.query(
        `SELECT ${sql.bucket(sql.column('bookings', 'start', 'b'))} AS k, COUNT(*) AS n FROM ${sql.table('bookings')} b GROUP BY 1`,
      )
      const actual: Record<string, number> = {}
      for (const row of rows) actual[sql.dayOf(String(row.k))] = (actual[sql.dayOf(String(row.k))] ?? 0) + Number(row.n)
      const format = new Intl.DateTimeFormat('en-CA', { day: '2-digit', month: '2-digit', timeZone: tz, year: 'numeric' })
      const wanted: Record<string, number> = {}
      for (const b of seeded) wanted[format.format(new Date(b.start))] = (wanted[format.format(new Date(b.start))] ?? 0) + 1
      expect(actual).toEqual(wanted)
    },
  )
})
