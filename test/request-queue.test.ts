// The data behind the admin's request queue: GET /api/booking-requests/queue (tabs with counts),
// /queue/count (the nav badge) and /:id/slots (the "Book" form's live check), who sees what.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'

import type { Doc, Id, RequestWorld } from './helpers/requestSetup.ts'

import { MONDAY, requestHelpers, startRequestWorld, stopRequestWorld } from './helpers/requestSetup.ts'

// Clock: Monday 2026-03-23 07:00 Berlin. Carla consults Tuesdays 10-16 Berlin (09:00-15:00Z).
const tue = (time: string) => `2026-03-24T${time}:00.000Z`
const nextTue = (time: string) => `2026-03-31T${time}:00.000Z`

let w: RequestWorld
beforeAll(async () => (w = await startRequestWorld()))
afterAll(() => stopRequestWorld(w))
afterEach(() => w.h.clock.set(MONDAY))

const { act, ask, refused, status } = requestHelpers(() => w)
const queue = (query: string, token: null | string = w.tokens.admin) =>
  w.call('GET', `/api/booking-requests/queue${query}`, { token: token ?? undefined })
const refs = (body: Doc) => (body.docs as Doc[]).map((d) => d.id)

describe('the request queue', () => {
  const ids: Record<string, Id> = {}

  beforeAll(async () => {
    ids.soon = await ask({ preferredStart: tue('10:00') })
    ids.later = await ask({ preferredStart: nextTue('11:00') })
    ids.contacted = await ask({ preferredStart: nextTue('09:00') })
    ids.declined = await ask({ preferredStart: nextTue('12:00') })
    ids.booked = await ask({ preferredStart: nextTue('13:00') })
    ids.anyone = await ask({ preferredStart: nextTue('14:00'), staff: undefined })
    status(await act(ids.contacted, 'mark-contacted'), 200)
    status(await act(ids.declined, 'decline', { reason: 'On holiday' }), 200)
    status(await act(ids.booked, 'book'), 201)
  })

  it('lists active requests soonest preferred time first, with names, and counts every tab', async () => {
    const res = await queue('?tab=active')
    status(res, 200)
    expect(res.body.counts).toEqual({ active: 4, booked: 1, declined: 1, expired: 0, new: 3 })
    expect(refs(res.body)).toEqual([ids.soon, ids.contacted, ids.later, ids.anyone])
    const first = res.body.docs[0]
    expect(first).toMatchObject({
      customer: { email: 'mia@example.org', name: 'Mia' },
      preferredStart: tue('10:00'),
      service: { name: 'Consultation' },
      staff: { name: 'Carla' },
      status: 'new',
    })
    expect(res.body.docs.find((d: Doc) => d.id === ids.anyone).staff).toBeNull()
    expect(res.body.timezone).toBe('Europe/Berlin')
  })

  it('has booked and declined tabs with the booking and the reason', async () => {
    const booked = (await queue('?tab=booked')).body
    expect(refs(booked)).toEqual([ids.booked])
    expect(booked.docs[0].booking).toBeTruthy()
    const declined = (await queue('?tab=declined')).body
    expect(refs(declined)).toEqual([ids.declined])
    expect(declined.docs[0].declineReason).toBe('On holiday')
  })

  it('moves a request whose preferred time has passed to the expired tab at once, before any job runs', async () => {
    w.h.clock.set('2026-03-24T12:00:00.000Z')
    const res = (await queue('?tab=active')).body
    expect(res.counts).toMatchObject({ active: 3, expired: 1, new: 2 })
    expect(refs(res)).not.toContain(ids.soon)
    const expired = (await queue('?tab=expired')).body
    expect(refs(expired)).toEqual([ids.soon])
    expect(expired.docs[0].status).toBe('expired')
  })

  it('badge: counts the new requests, and drops one once it is answered', async () => {
    const before = await w.call('GET', '/api/booking-requests/queue/count', { token: w.tokens.admin })
    status(before, 200)
    expect(before.body).toEqual({ new: 3 })
    const extra = await ask({ preferredStart: nextTue('15:00') })
    expect((await w.call('GET', '/api/booking-requests/queue/count', { token: w.tokens.admin })).body).toEqual({ new: 4 })
    status(await act(extra, 'mark-contacted'), 200)
    expect((await w.call('GET', '/api/booking-requests/queue/count', { token: w.tokens.admin })).body).toEqual({ new: 3 })
  })

  it('shows a staff user the requests naming them or naming nobody for their services; others none', async () => {
    const carla = (await queue('?tab=active', w.tokens.carla)).body
    expect(carla.counts.active).toBeGreaterThanOrEqual(4)
    expect(refs(carla)).toContain(ids.anyone)
    // Anna performs haircuts and colour, not consultations, and no request names her.
    const anna = await queue('?tab=active', w.tokens.anna)
    status(anna, 200)
    expect(anna.body.counts).toEqual({ active: 0, booked: 0, declined: 0, expired: 0, new: 0 })
    expect(anna.body.docs).toEqual([])
  })

  it('refuses visitors (401), names a bad tab or page (400)', async () => {
    refused(await queue('?tab=active', null), 401)
    refused(await w.call('GET', '/api/booking-requests/queue/count'), 401)
    refused(await queue('?tab=everything'), 400, 'tab')
    refused(await queue('?page=0'), 400, 'page')
  })
})

describe('the Book form live check (/:id/slots)', () => {
  it('lists the free starts of the preferred day and says whether the preferred time is free', async () => {
    const id = await ask({ preferredStart: tue('10:00') })
    const res = await w.call('GET', `/api/booking-requests/${id}/slots?start=${tue('10:00')}`, { token: w.tokens.admin })
    status(res, 200)
    expect(res.body.date).toBe('2026-03-24')
    expect(res.body.selected).toMatchObject({ available: true, start: tue('10:00') })
    expect(res.body.slots.map((s: Doc) => s.start)).toContain(tue('09:00'))
    expect(res.body.staff.map((s: Doc) => s.name)).toEqual(['Carla'])
  })

  it('says the time is taken once another request is booked into it, exactly as book then refuses', async () => {
    const first = await ask({ preferredStart: tue('11:00') })
    const second = await ask({ preferredStart: tue('11:00') })
    status(await act(first, 'book'), 201)
    const res = await w.call('GET', `/api/booking-requests/${second}/slots?start=${tue('11:00')}`, { token: w.tokens.admin })
    status(res, 200)
    expect(res.body.selected).toMatchObject({ available: false })
    expect(res.body.slots.map((s: Doc) => s.start)).not.toContain(tue('11:00'))
    refused(await act(second, 'book', { start: tue('11:00') }), 409)
    // Outside working hours (Carla works until 15:00Z) is not free either.
    const late = await w.call('GET', `/api/booking-requests/${second}/slots?start=${tue('15:00')}`, { token: w.tokens.admin })
    expect(late.body.selected).toMatchObject({ available: false, reason: 'unavailable' })
  })

  it('looks at another day when asked, ignores the public minimum notice, and names bad input', async () => {
    const id = await ask({ preferredStart: tue('13:00') })
    // An hour from "now" is inside the 60-minute public notice; staff may still book it.
    w.h.clock.set('2026-03-24T08:30:00.000Z')
    const today = await w.call('GET', `/api/booking-requests/${id}/slots?date=2026-03-24`, { token: w.tokens.admin })
    expect(today.body.slots.map((s: Doc) => s.start)).toContain(tue('09:00'))
    const wednesday = await w.call('GET', `/api/booking-requests/${id}/slots?date=2026-03-25`, { token: w.tokens.admin })
    expect(wednesday.body).toMatchObject({ date: '2026-03-25', selected: null, slots: [] })
    refused(await w.call('GET', `/api/booking-requests/${id}/slots?date=2026-13-01`, { token: w.tokens.admin }), 400, 'date')
    refused(await w.call('GET', `/api/booking-requests/${id}/slots?start=soon`, { token: w.tokens.admin }), 400, 'start')
    refused(await w.call('GET', `/api/booking-requests/${id}/slots?seats=two`, { token: w.tokens.admin }), 400, 'seats')
    status(await w.call('GET', `/api/booking-requests/${id}/slots?seats=1`, { token: w.tokens.admin }), 200)
    refused(await w.call('GET', `/api/booking-requests/${id}/slots?staff=${w.studio.staff.anna}`, { token: w.tokens.admin }), 404, 'staff')
    refused(await w.call('GET', `/api/booking-requests/${id}/slots`), 401)
    refused(await w.call('GET', `/api/booking-requests/${id}/slots`, { token: w.tokens.anna }), 403)
    status(await act(id, 'decline', { reason: 'No' }), 200)
    refused(await w.call('GET', `/api/booking-requests/${id}/slots`, { token: w.tokens.admin }), 400, 'status')
  })
})
