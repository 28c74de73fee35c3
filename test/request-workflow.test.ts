// The request workflow: new → contacted → booked | declined, or expired; the staff actions
// under /api/booking-requests/:id/{contact,mark-contacted,book,decline}, who may use them, the
// history they write, the e-mails they send, and the race for the last seat.
// Setup: ./helpers/requestSetup.ts (studio, SMTP catcher, logins for admin, Anna and Carla).
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest'

import type { Doc, Id, RequestWorld } from './helpers/requestSetup.ts'

import { seedStudio } from './helpers/fixtures.ts'
import { startHarness } from './helpers/harness.ts'
import {
  actions, lastEntry, MONDAY, requestHelpers, same, sleep, startRequestWorld, stopRequestWorld, to,
} from './helpers/requestSetup.ts'

// Clock: Monday 2026-03-23 07:00 Berlin (UTC+1). Carla consults Tuesdays 10-16 Berlin = 09:00-15:00Z.
const tue = (time: string) => `2026-03-24T${time}:00.000Z`
const ACTIONS = ['contact', 'mark-contacted', 'book', 'decline'] as const
const VALID_BODY: Record<(typeof ACTIONS)[number], Doc> = { book: {}, contact: { message: 'Hello' }, decline: { reason: 'Full' }, 'mark-contacted': {} }
const DAY = 86_400_000

let w: RequestWorld
beforeAll(async () => (w = await startRequestWorld()))
afterAll(() => stopRequestWorld(w))
/** Sends what is queued and forgets it: nothing from before arrives later. */
const clearMail = async () => {
  await w.runQueue()
  w.mail.messages.length = 0
}
const expectNoMail = async () => {
  await w.runQueue()
  await sleep(300)
  expect(w.mail.messages.map(to)).toEqual([])
}
beforeEach(clearMail)
afterEach(() => w.h.clock.set(MONDAY))

const { act, ask, confirmedAt, expireJob, read, refused, status, stored } = requestHelpers(() => w)

describe('contact and mark-contacted', () => {
  it('contact: status contacted, logged with who/when/what, the message e-mailed to the customer; it may repeat', async () => {
    const id = await ask()
    const created = await read(id)
    expect(created.history).toHaveLength(1)
    expect(created.history[0]).toMatchObject({ action: 'created', by: null })
    expect(Number.isNaN(Date.parse(created.history[0].at))).toBe(false)
    await clearMail()

    const res = await act(id, 'contact', { message: 'Could you come at 11 instead?' })
    status(res, 200)
    expect(res.body.request).toMatchObject({ status: 'contacted' })
    const doc = await read(id)
    expect(doc.status).toBe('contacted')
    expect(actions(doc)).toEqual(['created', 'contacted'])
    expect(lastEntry(doc).note).toBe('Could you come at 11 instead?')
    expect(same(lastEntry(doc).by, w.studio.adminUser.id)).toBe(true)
    expect(new Date(lastEntry(doc).at).toISOString()).toBe(MONDAY)
    await w.runQueue()
    const [message] = await w.mail.waitFor(1)
    expect(to(message!)).toBe('mia@example.org')
    expect(message!.text).toContain('Could you come at 11 instead?')

    const again = await act(id, 'contact', { message: 'Or Wednesday?' })
    expect(again.status).toBe(200)
    expect(actions(await read(id))).toEqual(['created', 'contacted', 'contacted'])
  })

  it('mark-contacted: status contacted and logged, no e-mail; it may repeat', async () => {
    const id = await ask()
    await clearMail()
    const res = await act(id, 'mark-contacted')
    status(res, 200)
    expect(res.body.request).toMatchObject({ status: 'contacted' })
    expect((await act(id, 'mark-contacted', {})).status).toBe(200)
    const doc = await read(id)
    expect(doc.status).toBe('contacted')
    expect(actions(doc)).toEqual(['created', 'marked-contacted', 'marked-contacted'])
    expect(same(lastEntry(doc).by, w.studio.adminUser.id)).toBe(true)
    await expectNoMail()
  })

  it('contact with a phone-only customer records the contact and sends no e-mail', async () => {
    const id = await ask({ customer: { name: 'Olaf', phone: '+49 30 5550001' } })
    await clearMail()
    const res = await act(id, 'contact', { message: 'Called, left a voicemail' })
    status(res, 200) // spec: the e-mail is sent "if they have an e-mail"
    expect(actions(await read(id))).toEqual(['created', 'contacted'])
    await expectNoMail()
  })

  it('message and reason are required, non-blank and at most 2000 characters (400 naming the field)', async () => {
    const id = await ask()
    for (const [action, field] of [['contact', 'message'], ['decline', 'reason']] as const) {
      for (const value of [undefined, '', '   \n ', 42, 'x'.repeat(2001)]) {
        refused(await act(id, action, value === undefined ? {} : { [field]: value }), 400, field)
      }
    }
    const doc = await read(id)
    expect(doc.status).toBe('new')
    expect(actions(doc)).toEqual(['created'])
    expect((await act(id, 'contact', { message: 'y'.repeat(2000) })).status).toBe(200)
  })
})

describe('decline', () => {
  it('a new request is declined directly: reason stored, logged, e-mailed to the customer', async () => {
    const id = await ask({ customer: { email: 'nils@example.org', name: 'Nils' } })
    await clearMail()
    const res = await act(id, 'decline', { reason: 'We are fully booked in March' })
    status(res, 200)
    expect(res.body.request).toMatchObject({ declineReason: 'We are fully booked in March', status: 'declined' })
    const doc = await read(id)
    expect(doc).toMatchObject({ declineReason: 'We are fully booked in March', status: 'declined' })
    expect(actions(doc)).toEqual(['created', 'declined'])
    expect(lastEntry(doc).note).toBe('We are fully booked in March')
    await w.runQueue()
    const [message] = await w.mail.waitFor(1)
    expect(to(message!)).toBe('nils@example.org')
    expect(message!.text).toContain('We are fully booked in March')
  })

  it('a booked or declined request takes no action: 400 naming its state', async () => {
    const booked = await ask({ preferredStart: tue('13:30') })
    expect((await act(booked, 'book', {})).status).toBe(201)
    const declined = await ask()
    expect((await act(declined, 'decline', { reason: 'No' })).status).toBe(200)
    for (const [id, state] of [[booked, 'booked'], [declined, 'declined']] as const) {
      for (const action of ACTIONS) {
        const res = await act(id, action, VALID_BODY[action])
        refused(res, 400)
        expect(res.body.errors[0].message).toContain(state)
      }
      expect((await read(id)).status).toBe(state)
      expect(actions(await read(id))).toEqual(['created', state])
    }
    expect(await confirmedAt(w.studio.staff.carla, tue('13:30'))).toHaveLength(1)
  })
})

describe('book', () => {
  it('at the preferred time: a booking from the request, the request booked and linked, customer and staff told', async () => {
    const id = await ask({ customer: { email: 'ines@example.org', name: 'Ines' }, preferredStart: tue('10:00') })
    await clearMail()
    const res = await act(id, 'book', {})
    status(res, 201)
    const { booking, request } = res.body
    expect(booking).toMatchObject({ start: tue('10:00'), status: 'confirmed' })
    expect(same(booking.staff, w.studio.staff.carla)).toBe(true)
    expect(request.status).toBe('booked')
    expect(same(request.booking, booking.id)).toBe(true)
    expect(await w.h.payload.findByID({ id: booking.id, collection: 'bookings', depth: 0 })).toMatchObject({ source: 'request' })
    const doc = await read(id)
    expect(doc.status).toBe('booked')
    expect(same(doc.booking, booking.id)).toBe(true)
    expect(actions(doc)).toEqual(['created', 'booked'])
    expect(same(lastEntry(doc).by, w.studio.adminUser.id)).toBe(true)
    await w.runQueue()
    const messages = await w.mail.waitFor(2)
    await sleep(200)
    const ines = w.mail.messages.filter((m) => to(m) === 'ines@example.org')
    expect(ines).toHaveLength(1)
    expect(ines[0]!.text).toContain(String(booking.reference))
    expect(messages.map(to)).toContain('carla@example.com')
  })

  it('takes start from the body when the request names no time; neither is 400 field start', async () => {
    const id = await ask()
    refused(await act(id, 'book', {}), 400, 'start')
    expect((await read(id)).status).toBe('new')
    const res = await act(id, 'book', { start: tue('11:00') })
    status(res, 201)
    expect(res.body.booking.start).toBe(tue('11:00'))
  })

  it('picks a free qualified staff member when neither the request nor the body names one', async () => {
    const consult = await ask({ preferredStart: tue('12:00'), staff: undefined })
    const first = await act(consult, 'book', {})
    status(first, 201)
    expect(same(first.body.booking?.staff, w.studio.staff.carla), JSON.stringify(first.body)).toBe(true)

    const wed0900 = '2026-03-25T08:00:00.000Z' // Anna is busy, Ben is free
    const walkIn = { customer: { name: 'Walk', phone: '+49 30 5550002' }, service: w.studio.services.cut, source: 'phone', staff: w.studio.staff.anna }
    await w.h.payload.create({ collection: 'bookings', data: { ...walkIn, start: wed0900 } as never })
    const cut = await ask({ preferredStart: wed0900, service: w.studio.services.cut, staff: undefined })
    const second = await act(cut, 'book', {})
    status(second, 201)
    expect(same(second.body.booking?.staff, w.studio.staff.ben), JSON.stringify(second.body)).toBe(true)
  })

  it('a taken slot is 409, and the request stays open with no booking', async () => {
    const first = await ask({ preferredStart: tue('13:00') })
    const second = await ask({ preferredStart: tue('13:00') })
    expect((await act(first, 'book', {})).status).toBe(201)
    refused(await act(second, 'book', {}), 409)
    const doc = await read(second)
    expect(doc.status).toBe('new')
    expect(doc.booking ?? null).toBeNull()
    expect(actions(doc)).toEqual(['created'])
    expect(await confirmedAt(w.studio.staff.carla, tue('13:00'))).toHaveLength(1)
  })

  it('seats count against the class capacity', async () => {
    const wed1400 = '2026-03-25T13:00:00.000Z' // Ben's 8-seat class
    const klass = { preferredStart: wed1400, service: w.studio.services.class, staff: w.studio.staff.ben }
    const three = await act(await ask(klass), 'book', { seats: 3 })
    status(three, 201)
    expect(three.body.booking.seats).toBe(3)
    const big = await ask(klass)
    refused(await act(big, 'book', { seats: 6 }), 409)
    expect((await read(big)).status).toBe('new')
    expect((await act(big, 'book', { seats: 5 })).status).toBe(201)
  })

  it("ignores the service's minimum notice and maximum advance, but not working hours", async () => {
    const soon = await ask({ preferredStart: tue('14:30') })
    w.h.clock.set('2026-03-24T14:15:00Z') // 15 minutes ahead; the consultation asks for 60
    expect((await act(soon, 'book', {})).status).toBe(201)
    w.h.clock.set(MONDAY)
    status(await act(await ask({ preferredStart: '2026-05-26T08:00:00.000Z' }), 'book', {}), 201) // 64 days ahead; it allows 60
    const early = await ask({ preferredStart: tue('08:00') }) // 09:00 Berlin: Carla starts at 10
    const res = await act(early, 'book', {})
    expect([400, 409]).toContain(res.status)
    expect((await read(early)).status).toBe('new')
    expect(await confirmedAt(w.studio.staff.carla, tue('08:00'))).toHaveLength(0)
  })

  it('a phone-only request is booked; no customer e-mail, the staff member gets the new-booking notice', async () => {
    const id = await ask({ customer: { name: 'Paul', phone: '+49 30 5550003' }, preferredStart: tue('14:00') })
    await clearMail()
    const res = await act(id, 'book', {})
    status(res, 201)
    await w.runQueue()
    await w.mail.waitFor(1)
    await sleep(300)
    expect(w.mail.messages.map(to)).toEqual(['carla@example.com'])
    expect(w.mail.messages[0]!.subject).toMatch(/new booking/i)
    expect(w.mail.messages[0]!.text).toContain('Paul')
  })
})

describe('who may act', () => {
  it('anonymous visitors get 401 or 403 for every action, and nothing changes', async () => {
    const id = await ask({ preferredStart: tue('12:30') })
    for (const action of ACTIONS) {
      const res = await act(id, action, VALID_BODY[action], null)
      expect([401, 403]).toContain(res.status)
    }
    expect(await read(id)).toMatchObject({ history: [{ action: 'created' }], status: 'new' })
  })

  it('a staff user acts on requests naming them or for services they perform; others get 403', async () => {
    const naming = await ask()
    status(await act(naming, 'mark-contacted', undefined, w.tokens.carla), 200)
    expect(same(lastEntry(await read(naming)).by, w.carlaUser.id)).toBe(true)
    expect((await act(await ask({ staff: undefined }), 'mark-contacted', undefined, w.tokens.carla)).status).toBe(200)
    const cutForBen = await ask({ service: w.studio.services.cut, staff: w.studio.staff.ben })
    expect((await act(cutForBen, 'contact', { message: 'Hi' }, w.tokens.anna)).status).toBe(200)

    const carlas = await ask({ preferredStart: tue('12:30') })
    for (const action of ACTIONS) {
      refused(await act(carlas, action, VALID_BODY[action], w.tokens.anna), 403)
    }
    expect(actions(await read(carlas))).toEqual(['created'])
    const klass = await ask({ service: w.studio.services.class, staff: undefined })
    refused(await act(klass, 'mark-contacted', undefined, w.tokens.anna), 403)
    const annas = await ask({ service: w.studio.services.colour, staff: w.studio.staff.anna })
    refused(await act(annas, 'decline', { reason: 'No' }, w.tokens.carla), 403)
    expect((await read(annas)).status).toBe('new')
  })
})

describe('the last seat, booked twice at once', () => {
  it('two requests booked in parallel by two users on two servers: one 201, one 409, the loser stays open', async () => {
    const second = await w.h.addInstance('second')
    const a = await ask({ customer: { email: 'ann@example.org', name: 'Ann' }, preferredStart: tue('09:00') })
    const b = await ask({ customer: { email: 'bea@example.org', name: 'Bea' }, preferredStart: tue('09:00') })
    expect((await act(b, 'mark-contacted')).status).toBe(200)
    const results = await Promise.all([act(a, 'book', {}, w.tokens.admin), act(b, 'book', {}, w.tokens.carla, second.server.url)])
    expect(results.map((r) => r.status).sort()).toEqual([201, 409])
    const [winner, loser] = results[0]!.status === 201 ? [a, b] : [b, a]
    const lost = await read(loser)
    expect(lost.status).toBe(loser === a ? 'new' : 'contacted')
    expect(lost.booking ?? null).toBeNull()
    expect(actions(lost)).not.toContain('booked')
    const bookings = await confirmedAt(w.studio.staff.carla, tue('09:00'))
    expect(bookings).toHaveLength(1)
    expect(same((await read(winner)).booking, bookings[0]!.id)).toBe(true)
  })
})

describe('status changes only through the actions', () => {
  const patch = (id: Id, body: Doc) => w.call('PATCH', `/api/booking-requests/${id}?depth=0`, { body, token: w.tokens.admin })

  it('PATCH status as admin is 400; message and staff stay editable', async () => {
    const id = await ask({ staff: undefined })
    for (const value of ['booked', 'declined', 'contacted']) {
      const res = await patch(id, { status: value })
      status(res, 400)
      expect(JSON.stringify(res.body.errors)).toContain('status')
    }
    const ok = await patch(id, { message: 'Prefers mornings', staff: w.studio.staff.carla })
    status(ok, 200)
    const doc = await read(id)
    expect(doc).toMatchObject({ message: 'Prefers mornings', status: 'new' })
    expect(same(doc.staff, w.studio.staff.carla)).toBe(true)
    expect(actions(doc)).toEqual(['created'])
  })

  it('the Local API refuses a status write too', async () => {
    const id = await ask()
    await expect(
      w.h.payload.update({ id, collection: 'booking-requests', data: { status: 'declined' } as never }),
    ).rejects.toThrow(/status/i)
    expect((await stored(id)).status).toBe('new')
  })
})

describe('expiry', () => {
  it('past its preferred time a new or contacted request reads expired at once; the job stores it and logs it', async () => {
    const fresh = await ask({ preferredStart: '2026-03-26T10:00:00.000Z' })
    const contacted = await ask({ preferredStart: '2026-03-26T10:00:00.000Z' })
    expect((await act(contacted, 'mark-contacted')).status).toBe(200)
    const declined = await ask({ preferredStart: '2026-03-26T10:00:00.000Z' })
    expect((await act(declined, 'decline', { reason: 'No' })).status).toBe(200)
    w.h.clock.set('2026-03-26T10:30:00Z')
    expect((await read(fresh)).status).toBe('expired')
    expect((await read(contacted)).status).toBe('expired')
    expect((await stored(fresh)).status).toBe('new') // not yet written
    for (const action of ACTIONS) {
      const res = await act(fresh, action, { ...VALID_BODY[action], start: tue('14:30') })
      refused(res, 400)
      expect(res.body.errors[0].message).toContain('expired')
    }
    await expireJob()
    for (const id of [fresh, contacted]) {
      const doc = await stored(id)
      expect(doc.status).toBe('expired')
      expect(actions(doc).at(-1)).toBe('expired')
      expect(lastEntry(doc).by ?? null).toBeNull()
    }
    expect((await stored(declined)).status).toBe('declined')
  })

  it('a request naming no time expires 14 days (the default) after it was created', async () => {
    const id = await ask()
    const createdAt = Date.parse((await read(id)).createdAt)
    w.h.clock.set(new Date(createdAt + 14 * DAY - 60_000).toISOString())
    expect((await read(id)).status).toBe('new')
    w.h.clock.set(new Date(createdAt + 14 * DAY + 60_000).toISOString())
    expect((await read(id)).status).toBe('expired')
    await expireJob()
    expect(actions(await stored(id))).toEqual(['created', 'expired'])
    expect((await stored(id)).status).toBe('expired')
  })

  it('requestExpiryDays changes that period', async () => {
    // Drizzle pushes the schema once per process unless forced: this second database needs it too.
    process.env.PAYLOAD_FORCE_DRIZZLE_PUSH = 'true'
    const h = await startHarness({ pluginOptions: { requestExpiryDays: 3 } }).finally(() => delete process.env.PAYLOAD_FORCE_DRIZZLE_PUSH)
    try {
      const studio = await seedStudio(h.payload)
      const res = await h.http('POST', '/api/booking/requests', { customer: { name: 'Uwe', phone: '+49 30 5550004' }, service: studio.services.consult })
      expect(res.status).toBe(201)
      const statusNow = async () => (await h.payload.findByID({ id: res.body.request.id, collection: 'booking-requests' })).status
      const createdAt = Date.parse((await h.payload.findByID({ id: res.body.request.id, collection: 'booking-requests' })).createdAt)
      h.clock.set(new Date(createdAt + 3 * DAY - 60_000).toISOString())
      expect(await statusNow()).toBe('new')
      h.clock.set(new Date(createdAt + 3 * DAY + 60_000).toISOString())
      expect(await statusNow()).toBe('expired')
    } finally {
      await h.close()
    }
  })
})
