import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Harness } from './helpers/harness.ts'
import type { Studio } from './helpers/fixtures.ts'

import { seedStudio } from './helpers/fixtures.ts'
import { startHarness } from './helpers/harness.ts'

// Clock: Monday 2026-03-23 07:00 Berlin. The studio: Anna and Ben cut hair on weekdays (09-17,
// Ben with a lunch break), so one day has 15 distinct haircut starts across them.
let h: Harness
let studio: Studio
let adminAuth: Record<string, string>

interface SlotJson {
  end: string
  seatsLeft: null | number
  staff: null | number | string
  start: string
}

const setService = (id: number | string, data: Record<string, unknown>) =>
  h.payload.update({ id, collection: 'services', data: data as never, overrideAccess: true })

const availability = async (query: string, headers?: Record<string, string>) => {
  const res = await h.http('GET', `/api/booking/availability?${query}`, undefined, headers)
  expect(res.status, JSON.stringify(res.body)).toBe(200)
  return res.body as { disclosure: string; slots: SlotJson[]; timezone: string }
}

const customer = { email: 'eva@example.com', name: 'Eva' }

beforeAll(async () => {
  h = await startHarness()
  studio = await seedStudio(h.payload)
  const login = await h.http('POST', '/api/users/login', { email: 'admin@example.com', password: 'admin-password' })
  adminAuth = { Authorization: `JWT ${login.body.token}` }
})
afterAll(async () => {
  await h?.close()
})

describe('disclosure: all (the default)', () => {
  it('lists every free slot and says so', async () => {
    const body = await availability(`service=${studio.services.cut}&from=2026-03-24&to=2026-03-24`)
    expect(body.disclosure).toBe('all')
    expect(body.slots).toHaveLength(15) // Anna 8 + Ben 7
    expect(body.slots[0]!.seatsLeft).toBe(1)
  })

  it('a block may narrow it (?disclosure=suggest), never widen it', async () => {
    const body = await availability(`service=${studio.services.cut}&from=2026-03-24&to=2026-03-24&disclosure=suggest`)
    expect(body.disclosure).toBe('suggest')
    expect(body.slots.length).toBeLessThanOrEqual(4)
    const bad = await h.http('GET', `/api/booking/availability?service=${studio.services.cut}&from=2026-03-24&to=2026-03-24&disclosure=some`)
    expect(bad.status).toBe(400)
    expect(bad.body.errors[0].field).toBe('disclosure')
  })
})

describe('disclosure: suggest', () => {
  const N = 3
  let all: SlotJson[]
  beforeAll(async () => {
    all = (await availability(`service=${studio.services.cut}&from=2026-03-23&to=2026-04-21`)).slots
    await setService(studio.services.cut, { disclosure: 'suggest', suggestCount: N })
  })
  afterAll(async () => {
    await setService(studio.services.cut, { disclosure: 'all' })
  })

  it('answers at most N proposals, hides seats and, for any staff, who is free; the same set on every call', async () => {
    const q = `service=${studio.services.cut}&from=2026-03-23&to=2026-04-21`
    const body = await availability(q)
    expect(body.disclosure).toBe('suggest')
    expect(body.slots).toHaveLength(N)
    for (const slot of body.slots) {
      expect(slot.seatsLeft).toBeNull()
      expect(slot.staff).toBeNull()
      expect(all.some((s) => s.start === slot.start)).toBe(true)
    }
    // The near term first: today's earliest free time (07:00 + 60 min notice -> 09:00 Berlin).
    expect(body.slots[0]!.start).toBe('2026-03-23T08:00:00.000Z')
    expect((await availability(q)).slots).toEqual(body.slots)
  })

  it('however it is called, a caller never learns more than N times per day', async () => {
    const seen = new Map<string, Set<string>>() // Berlin date -> starts ever shown
    const record = (slots: SlotJson[]) => {
      for (const s of slots) {
        const date = new Date(s.start).toLocaleDateString('en-CA', { timeZone: 'Europe/Berlin' })
        const set = seen.get(date) ?? new Set()
        set.add(s.start)
        seen.set(date, set)
      }
    }
    const calls: string[] = []
    for (let d = 23; d <= 31; d++) {
      const day = `2026-03-${d}`
      calls.push(`from=${day}&to=${day}`)
      calls.push(`from=${day}&to=2026-04-10`)
      calls.push(`from=${day}&to=${day}&tz=America/New_York`)
      calls.push(`from=${day}&to=${day}&tz=Pacific/Kiritimati`)
      calls.push(`from=${day}&to=${day}&staff=${studio.staff.anna}`)
    }
    for (const c of calls) {
      const body = await availability(`service=${studio.services.cut}&${c}`)
      expect(body.slots.length, c).toBeLessThanOrEqual(N)
      // Staff-scoped answers are counted separately: at most N per day per staff choice.
      if (!c.includes('staff=')) record(body.slots)
    }
    for (const [date, starts] of seen) expect(starts.size, date).toBeLessThanOrEqual(N)
    // Still N per call at most on a day with many more free times.
    const tue = all.filter((s) => s.start.startsWith('2026-03-24'))
    expect(new Set(tue.map((s) => s.start)).size).toBeGreaterThan(N)
  })

  it('a "show other days" call for one day again answers at most N, all on that day', async () => {
    const body = await availability(`service=${studio.services.cut}&from=2026-03-26&to=2026-03-26`)
    expect(body.slots).toHaveLength(N)
    expect(body.slots.every((s) => s.start.startsWith('2026-03-26'))).toBe(true)
  })

  it('holds and bookings take only a proposed time; another free time is a 409 not-offered', async () => {
    const offered = (await availability(`service=${studio.services.cut}&from=2026-03-25&to=2026-03-25`)).slots
    const other = all.find((s) => s.start.startsWith('2026-03-25') && !offered.some((o) => o.start === s.start))!
    const refused = await h.http('POST', '/api/booking/holds', { service: studio.services.cut, start: other.start })
    expect(refused.status).toBe(409)
    expect(refused.body.errors[0].data.reason).toBe('not-offered')
    const refusedBooking = await h.http('POST', '/api/booking/bookings', { customer, service: studio.services.cut, start: other.start })
    expect(refusedBooking.status).toBe(409)
    expect(refusedBooking.body.errors[0].data.reason).toBe('not-offered')

    const hold = await h.http('POST', '/api/booking/holds', { service: studio.services.cut, start: offered[1]!.start })
    expect(hold.status, JSON.stringify(hold.body)).toBe(201)
    const booked = await h.http('POST', '/api/booking/bookings', {
      customer,
      holdToken: hold.body.token,
      service: studio.services.cut,
      start: offered[1]!.start,
    })
    expect(booked.status, JSON.stringify(booked.body)).toBe(201)
    expect(booked.body.booking.status).toBe('confirmed')
  })

  it('a taken time is "not offered" too, so a hold cannot tell busy from free', async () => {
    const taken = all.find((s) => s.start.startsWith('2026-03-27') && String(s.staff) === String(studio.staff.anna))!
    await h.payload.create({
      collection: 'bookings',
      context: { bookingSilent: true },
      data: { customer, service: studio.services.cut, staff: studio.staff.anna, start: taken.start, status: 'confirmed' } as never,
      overrideAccess: true,
    })
    const offered = (await availability(`service=${studio.services.cut}&from=2026-03-27&to=2026-03-27&staff=${studio.staff.anna}`)).slots
    expect(offered.some((o) => o.start === taken.start)).toBe(false)
    const res = await h.http('POST', '/api/booking/holds', { service: studio.services.cut, staff: studio.staff.anna, start: taken.start })
    expect(res.status).toBe(409)
    expect(res.body.errors[0].data.reason).toBe('not-offered')
  })

  it('a specialist has proposals of their own, and a hold with them takes one of those', async () => {
    const q = `service=${studio.services.cut}&from=2026-03-30&to=2026-03-30&staff=${studio.staff.ben}`
    const offered = (await availability(q)).slots
    expect(offered).toHaveLength(N)
    expect(offered.every((o) => String(o.staff) === String(studio.staff.ben))).toBe(true)
    const hold = await h.http('POST', '/api/booking/holds', { service: studio.services.cut, staff: studio.staff.ben, start: offered[2]!.start })
    expect(hold.status, JSON.stringify(hold.body)).toBe(201)
    const other = all.find(
      (s) => s.start.startsWith('2026-03-30') && String(s.staff) === String(studio.staff.ben) && !offered.some((o) => o.start === s.start),
    )!
    const refused = await h.http('POST', '/api/booking/holds', { service: studio.services.cut, staff: studio.staff.ben, start: other.start })
    expect(refused.status).toBe(409)
    expect(refused.body.errors[0].data.reason).toBe('not-offered')
  })

  it('logged-in admins are not affected: every free slot, and any free time can be held', async () => {
    const body = await availability(`service=${studio.services.cut}&from=2026-03-24&to=2026-03-24`, adminAuth)
    expect(body.disclosure).toBe('all')
    expect(body.slots).toHaveLength(15)
    const offered = (await availability(`service=${studio.services.cut}&from=2026-03-24&to=2026-03-24`)).slots
    const other = body.slots.find((s) => !offered.some((o) => o.start === s.start))!
    const hold = await h.http('POST', '/api/booking/holds', { service: studio.services.cut, start: other.start }, adminAuth)
    expect(hold.status, JSON.stringify(hold.body)).toBe(201)
  })
})

describe('disclosure: request', () => {
  beforeAll(async () => {
    await setService(studio.services.colour, { disclosure: 'request' })
  })

  it('returns no slots at all, whatever is asked', async () => {
    for (const q of ['from=2026-03-23&to=2026-05-20', `from=2026-03-24&to=2026-03-24&staff=${studio.staff.anna}`, 'from=2026-03-24&to=2026-03-24&disclosure=all']) {
      const body = await availability(`service=${studio.services.colour}&${q}`)
      expect(body.disclosure).toBe('request')
      expect(body.slots).toEqual([])
    }
  })

  it('refuses public holds and bookings (409 request-only) and accepts a request, although the service books instantly', async () => {
    const start = '2026-03-24T08:00:00.000Z'
    const hold = await h.http('POST', '/api/booking/holds', { service: studio.services.colour, start })
    expect(hold.status).toBe(409)
    expect(hold.body.errors[0].data.reason).toBe('request-only')
    const booking = await h.http('POST', '/api/booking/bookings', { customer, service: studio.services.colour, start })
    expect(booking.status).toBe(409)
    expect(booking.body.errors[0].data.reason).toBe('request-only')
    const request = await h.http('POST', '/api/booking/requests', {
      customer: { name: 'Eva', phone: '+49 30 1234567' },
      message: 'Tuesday morning or Thursday after 3 pm',
      preferredStart: start,
      service: studio.services.colour,
    })
    expect(request.status, JSON.stringify(request.body)).toBe(201)
    expect(request.body.request.reference).toMatch(/^RQ-/)
    const stored = await h.payload.find({ collection: 'booking-requests', overrideAccess: true, where: { id: { equals: request.body.request.id } } })
    expect(stored.docs[0]).toMatchObject({ status: 'new', preferredStart: start })
  })

  it('admins still see every free slot', async () => {
    const body = await availability(`service=${studio.services.colour}&from=2026-03-24&to=2026-03-24`, adminAuth)
    expect(body.disclosure).toBe('all')
    expect(body.slots.length).toBeGreaterThan(0)
  })
})
