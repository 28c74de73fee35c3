import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Studio } from './helpers/fixtures.ts'
import type { Harness } from './helpers/harness.ts'

import { releaseExpiredHolds } from '../src/jobs/releaseExpiredHolds.ts'
import { seedStudio } from './helpers/fixtures.ts'
import { startHarness } from './helpers/harness.ts'

// Clock starts Monday 2026-03-23 07:00 Berlin. Thursday 2026-03-26: 09:00 Berlin = 08:00Z.
const THU = (hourUtc: number, minute = 0) =>
  `2026-03-26T${String(hourUtc).padStart(2, '0')}:${String(minute).padStart(2, '0')}:00.000Z`
const customer = { email: 'mia@example.com', locale: 'de', name: 'Mia', phone: '+49 30 1234567' }

let h: Harness
let studio: Studio

beforeAll(async () => {
  h = await startHarness({ pluginOptions: { holdMinutes: 15 } })
  studio = await seedStudio(h.payload)
})
afterAll(async () => {
  await h?.close()
})

const slotsOf = async (service: number | string, staff: number | string, date = '2026-03-26') => {
  const res = await h.http('GET', `/api/booking/availability?service=${service}&staff=${staff}&from=${date}&to=${date}`)
  expect(res.status).toBe(200)
  return res.body.slots.map((s: { start: string }) => s.start) as string[]
}

describe('holds', () => {
  it('a hold takes the slot at once and is confirmed into the same booking', async () => {
    const start = THU(8)
    const hold = await h.http('POST', '/api/booking/holds', { service: studio.services.cut, staff: studio.staff.anna, start })
    expect(hold.status).toBe(201)
    expect(hold.body.reference).toMatch(/^BK-/)
    expect(Date.parse(hold.body.expiresAt) - h.clock.now.getTime()).toBe(15 * 60_000)
    expect(await slotsOf(studio.services.cut, studio.staff.anna)).not.toContain(start)

    const rival = await h.http('POST', '/api/booking/bookings', { customer, service: studio.services.cut, staff: studio.staff.anna, start })
    expect(rival.status).toBe(409)

    const booked = await h.http('POST', '/api/booking/bookings', {
      customer,
      holdToken: hold.body.token,
      service: studio.services.cut,
      start,
    })
    expect(booked.status).toBe(201)
    expect(booked.body.booking).toMatchObject({ id: hold.body.id, reference: hold.body.reference, status: 'confirmed' })
    const doc = await h.payload.findByID({ id: hold.body.id, collection: 'bookings' })
    expect(doc).toMatchObject({ customer: { email: 'mia@example.com', name: 'Mia' }, holdExpiresAt: null, source: 'online' })
  })

  it('an expired hold stops counting at its expiry time, and confirming it is a 409 naming the expiry', async () => {
    const start = THU(9)
    const hold = await h.http('POST', '/api/booking/holds', { service: studio.services.cut, staff: studio.staff.anna, start })
    expect(hold.status).toBe(201)
    expect(await slotsOf(studio.services.cut, studio.staff.anna)).not.toContain(start)

    h.clock.set(new Date(h.clock.now.getTime() + 15 * 60_000).toISOString()) // exactly at expiry
    try {
      expect(await slotsOf(studio.services.cut, studio.staff.anna)).toContain(start)
      const late = await h.http('POST', '/api/booking/bookings', {
        customer,
        holdToken: hold.body.token,
        service: studio.services.cut,
        start,
      })
      expect(late.status).toBe(409)
      expect(late.body.errors[0].message).toContain(hold.body.expiresAt)
      expect(late.body.errors[0].data.expiredAt).toBe(hold.body.expiresAt)

      // Somebody else can book the released slot, no cleanup job needed.
      const other = await h.http('POST', '/api/booking/bookings', { customer, service: studio.services.cut, staff: studio.staff.anna, start })
      expect(other.status).toBe(201)

      // The cleanup job then marks the stale hold cancelled.
      const { released } = await releaseExpiredHolds(await reqFor(), (await pluginOptions()))
      expect(released).toBeGreaterThanOrEqual(1)
      const stale = await h.payload.findByID({ id: hold.body.id, collection: 'bookings' })
      expect(stale.status).toBe('cancelled')
    } finally {
      h.clock.set('2026-03-23T06:00:00Z')
    }
  })

  it('runs the cleanup as a Payload job', async () => {
    const hold = await h.http('POST', '/api/booking/holds', { service: studio.services.cut, staff: studio.staff.anna, start: THU(14) })
    expect(hold.status).toBe(201)
    h.clock.set(new Date(h.clock.now.getTime() + 16 * 60_000).toISOString())
    try {
      await h.payload.jobs.queue({ input: {}, task: 'bookingReleaseExpiredHolds' as never })
      const result = await h.payload.jobs.run()
      expect(Object.values(result.jobStatus ?? {}).map((j) => j.status)).toEqual(['success'])
      expect((await h.payload.findByID({ id: hold.body.id, collection: 'bookings' })).status).toBe('cancelled')
    } finally {
      h.clock.set('2026-03-23T06:00:00Z')
    }
  })
})

describe('idempotent booking', () => {
  it('a replay with the same Idempotency-Key returns the same booking and token; another body gets 422', async () => {
    const body = { customer, service: studio.services.cut, staff: studio.staff.ben, start: THU(8) }
    const headers = { 'Idempotency-Key': 'order-4711' }
    const first = await h.http('POST', '/api/booking/bookings', body, headers)
    expect(first.status).toBe(201)
    const again = await h.http('POST', '/api/booking/bookings', body, headers)
    expect(again.status).toBe(200)
    expect(again.body.booking.id).toBe(first.body.booking.id)
    expect(again.body.cancelToken).toBe(first.body.cancelToken)

    const different = await h.http('POST', '/api/booking/bookings', { ...body, start: THU(9) }, headers)
    expect(different.status).toBe(422)
    expect(different.body.errors[0].field).toBe('Idempotency-Key')

    const { totalDocs } = await h.payload.count({ collection: 'bookings', where: { staff: { equals: studio.staff.ben }, start: { equals: THU(8) } } })
    expect(totalDocs).toBe(1)
  })

  it('parallel deliveries of one request create one booking and all get its token', async () => {
    const body = { customer, service: studio.services.cut, staff: studio.staff.ben, start: THU(10) }
    const results = await Promise.all(
      Array.from({ length: 8 }, () => h.http('POST', '/api/booking/bookings', body, { 'Idempotency-Key': 'retry-storm' })),
    )
    expect(results.map((r) => r.status).sort()).toEqual([200, 200, 200, 200, 200, 200, 200, 201])
    expect(new Set(results.map((r) => r.body.cancelToken)).size).toBe(1)
  })
})

describe('cancel and lookup', () => {
  it('the customer looks up and cancels with the manage token; the seat is free at once', async () => {
    const start = THU(13)
    const booked = await h.http('POST', '/api/booking/bookings', { customer, service: studio.services.cut, staff: studio.staff.anna, start })
    expect(booked.status).toBe(201)
    const { reference } = booked.body.booking
    const token = booked.body.cancelToken

    const lookup = await h.http('GET', `/api/booking/lookup?reference=${reference}&token=${token}`)
    expect(lookup.status).toBe(200)
    expect(lookup.body.booking).toMatchObject({ customer: { name: 'Mia' }, reference, start, status: 'confirmed' })
    expect(JSON.stringify(lookup.body)).not.toMatch(/TokenHash|sealed|idempotency/)

    expect((await h.http('POST', '/api/booking/cancel', { reference, token: 'wrong' })).status).toBe(403)
    expect(await slotsOf(studio.services.cut, studio.staff.anna)).not.toContain(start)

    const cancelled = await h.http('POST', '/api/booking/cancel', { reference, token })
    expect(cancelled.status).toBe(200)
    expect(cancelled.body.booking.status).toBe('cancelled')
    expect(await slotsOf(studio.services.cut, studio.staff.anna)).toContain(start)
    const rebook = await h.http('POST', '/api/booking/bookings', { customer, service: studio.services.cut, staff: studio.staff.anna, start })
    expect(rebook.status).toBe(201)
  })
})

describe('the capacity hook guards every write path', () => {
  const create = (data: Record<string, unknown>) =>
    h.payload.create({ collection: 'bookings', data: { customer: { name: 'Walk-in' }, source: 'walk-in', ...data } as never })

  it('refuses to move a booking onto a taken time, and allows a free one', async () => {
    const a = await create({ service: studio.services.cut, staff: studio.staff.ben, start: THU(14) })
    const b = await create({ service: studio.services.cut, staff: studio.staff.ben, start: THU(15) })
    await expect(h.payload.update({ id: b.id, collection: 'bookings', data: { start: THU(14, 30) } })).rejects.toMatchObject({ status: 409 })
    const moved = await h.payload.update({ id: b.id, collection: 'bookings', data: { start: THU(15, 30) } })
    expect(moved.end).toBe(THU(16, 30)) // keeps its length
    // Moving to another staff member who is busy then is refused too.
    await create({ service: studio.services.cut, staff: studio.staff.anna, start: THU(15, 30) })
    await expect(h.payload.update({ id: moved.id, collection: 'bookings', data: { staff: studio.staff.anna } })).rejects.toMatchObject({ status: 409 })
    // Re-activating a cancelled booking goes through the same check.
    await h.payload.update({ id: a.id, collection: 'bookings', data: { status: 'cancelled' } })
    const c = await create({ service: studio.services.cut, staff: studio.staff.ben, start: THU(14) })
    await expect(h.payload.update({ id: a.id, collection: 'bookings', data: { status: 'confirmed' } })).rejects.toMatchObject({ status: 409 })
    expect(c.status).toBe('confirmed')
  })

  it('counts buffers: a colour (15 min after) blocks the next quarter hour', async () => {
    await create({ service: studio.services.colour, staff: studio.staff.anna, start: THU(10) }) // 11:00-12:30 +15 Berlin
    await expect(create({ service: studio.services.cut, staff: studio.staff.anna, start: THU(11, 30) })).rejects.toMatchObject({ status: 409 })
    const ok = await create({ service: studio.services.cut, staff: studio.staff.anna, start: THU(11, 45) })
    expect(ok.status).toBe('confirmed')
  })

  it('a booking entered as completed or no-show takes time too; marking one completed is no new check', async () => {
    const start = '2026-03-27T08:00:00.000Z' // Friday 09:00 Berlin
    const first = await create({ service: studio.services.cut, staff: studio.staff.ben, start })
    await expect(create({ service: studio.services.cut, staff: studio.staff.ben, start, status: 'completed' })).rejects.toMatchObject({ status: 409 })
    await expect(create({ service: studio.services.cut, staff: studio.staff.ben, start, status: 'no-show' })).rejects.toMatchObject({ status: 409 })
    const done = await h.payload.update({ id: first.id, collection: 'bookings', data: { status: 'completed' } })
    expect(done.status).toBe('completed')
  })

  it('an admin may overbook only with an explicit override, which is recorded', async () => {
    const start = THU(8)
    await expect(create({ service: studio.services.cut, staff: studio.staff.anna, start })).rejects.toMatchObject({ status: 409 })
    const forced = await create({ overbooking: { allowed: true, reason: 'Regular, squeezed in' }, service: studio.services.cut, staff: studio.staff.anna, start })
    expect(forced.overbooking).toMatchObject({ allowed: true, reason: 'Regular, squeezed in' })
  })

  it('rejects bad input with 400s naming the field', async () => {
    await expect(create({ service: studio.services.cut, staff: studio.staff.carla, start: THU(9) })).rejects.toMatchObject({
      data: { errors: [{ path: 'staff' }] },
      status: 400,
    })
    await expect(create({ service: studio.services.cut, staff: studio.staff.ben, start: 'soon' })).rejects.toMatchObject({ status: 400 })
    await expect(create({ end: THU(7), service: studio.services.cut, staff: studio.staff.ben, start: THU(8, 30) })).rejects.toMatchObject({
      data: { errors: [{ path: 'end' }] },
      status: 400,
    })
    // Longer than a day: the capacity check could not see its neighbours, so it is refused.
    await expect(create({ end: '2026-03-28T08:00:00.000Z', service: studio.services.cut, staff: studio.staff.ben, start: THU(8) })).rejects.toMatchObject({
      data: { errors: [{ path: 'end' }] },
      status: 400,
    })
  })
})

const reqFor = async () => {
  const { createLocalReq } = await import('payload')
  return createLocalReq({}, h.payload)
}
const pluginOptions = async () => {
  const { sanitizeOptions } = await import('../src/utilities/sanitizeOptions.ts')
  return sanitizeOptions({ clock: () => h.clock.now, timezone: 'Europe/Berlin' }, { admin: { user: 'users' } })
}

describe('one hold, confirmed twice at once', () => {
  it('confirms it once; the other attempts get a 409', async () => {
    const start = '2026-03-27T10:00:00.000Z' // Friday 11:00 Berlin
    const hold = await h.http('POST', '/api/booking/holds', { service: studio.services.cut, staff: studio.staff.anna, start })
    expect(hold.status).toBe(201)
    const confirm = (name: string) =>
      h.http('POST', '/api/booking/bookings', {
        customer: { email: `${name}@example.com`, name },
        holdToken: hold.body.token,
        service: studio.services.cut,
        start,
      })
    const results = await Promise.all([confirm('first'), confirm('second'), confirm('third')])
    expect(results.map((r) => r.status).sort()).toEqual([201, 409, 409])
    const winner = results.find((r) => r.status === 201)!
    const lookup = await h.http('GET', `/api/booking/lookup?reference=${hold.body.reference}&token=${winner.body.cancelToken}`)
    expect(lookup.status).toBe(200) // the winner's manage token is the one stored
    const doc = await h.payload.findByID({ id: hold.body.id, collection: 'bookings' })
    expect(doc.customer?.name).toBe(lookup.body.booking.customer.name)
  })
})
