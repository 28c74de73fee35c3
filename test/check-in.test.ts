// Check-in at the front desk: GET /api/booking/check-in/lookup (a reference in any spelling, or a
// phone number: today's bookings in the business's zone), POST /api/booking/check-in (and undo),
// who may do it, the no-show / completed job, and the QR code in the confirmation e-mail.
import type { ParsedMail } from 'mailparser'

import { nodemailerAdapter } from '@payloadcms/email-nodemailer'
import { createLocalReq } from 'payload'
import QRCode from 'qrcode'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Studio } from './helpers/fixtures.ts'
import type { Harness, HttpResult } from './helpers/harness.ts'
import type { MailCatcher } from './helpers/mailCatcher.ts'

import { markNoShows } from '../src/jobs/markNoShows.ts'
import { sanitizeOptions } from '../src/utilities/sanitizeOptions.ts'
import { seedStudio } from './helpers/fixtures.ts'
import { startHarness } from './helpers/harness.ts'
import { startMailCatcher } from './helpers/mailCatcher.ts'

type Doc = Record<string, any>

// Clock: Monday 2026-03-23 07:00 Berlin (UTC+1 until 29 March), 02:00 in New York (the test's TZ).
const NOW = '2026-03-23T06:00:00.000Z'
const MON_1000 = '2026-03-23T09:00:00.000Z'
const MON_1300 = '2026-03-23T12:00:00.000Z'
const MON_2230 = '2026-03-23T21:30:00.000Z' // still Monday in Berlin
const TUE_0030 = '2026-03-23T23:30:00.000Z' // Monday in UTC, already Tuesday in Berlin
const TUE_1000 = '2026-03-24T09:00:00.000Z'
const SUN_1000 = '2026-03-22T09:00:00.000Z'

let h: Harness
let studio: Studio
let mail: MailCatcher
let adminToken: string
let annaToken: string
let strangerToken: string
const b: Record<string, Doc> = {}

const call = async (method: 'GET' | 'POST', path: string, token?: string, body?: unknown): Promise<HttpResult> =>
  h.http(method, path, body, token ? { Authorization: `JWT ${token}` } : {})
const lookup = (q: string, token = adminToken) => call('GET', `/api/booking/check-in/lookup?q=${encodeURIComponent(q)}`, token)
const checkIn = (body: unknown, token = adminToken) => call('POST', '/api/booking/check-in', token, body)
const login = async (email: string, password: string) => (await h.http('POST', '/api/users/login', { email, password })).body.token as string
const stored = async (id: number | string) =>
  (await h.payload.findByID({ id, collection: 'bookings', depth: 0, overrideAccess: true })) as unknown as Doc
const book = async (data: Record<string, unknown>) =>
  (await h.payload.create({
    collection: 'bookings',
    context: { bookingSilent: true },
    data: { service: studio.services.cut, source: 'phone', staff: studio.staff.anna, ...data } as never,
    depth: 0,
    overrideAccess: true,
  })) as unknown as Doc
const messageJobs = async () =>
  (await h.payload.count({ collection: 'payload-jobs', overrideAccess: true, where: { taskSlug: { equals: 'bookingSendMessage' } } }))
    .totalDocs

beforeAll(async () => {
  mail = await startMailCatcher()
  h = await startHarness({
    clock: NOW,
    email: nodemailerAdapter({
      defaultFromAddress: 'studio@example.com',
      defaultFromName: 'Studio Mitte',
      skipVerify: true,
      transportOptions: { host: '127.0.0.1', ignoreTLS: true, port: mail.port, secure: false },
    }),
    pluginOptions: { notifications: { businessName: 'Studio Mitte', manageUrl: 'https://studio.example/manage?reference={reference}&token={token}' } },
  })
  studio = await seedStudio(h.payload)
  const { anna, ben } = studio.staff
  const alice = { email: 'alice@example.org', name: 'Alice Adler', phone: '+49 30 111 2222' }
  b.alice = await book({ customer: alice, start: MON_1000 })
  b.aliceWithBen = await book({ customer: { name: 'Alice Adler', phone: '+4930 1112222' }, staff: ben, start: MON_1300 })
  b.aliceLate = await book({ customer: alice, start: MON_2230 })
  b.aliceAfterMidnight = await book({ customer: alice, staff: ben, start: TUE_0030 })
  b.aliceTomorrow = await book({ customer: alice, start: TUE_1000 })
  b.aliceCancelled = await book({ customer: alice, staff: ben, start: '2026-03-23T14:00:00.000Z', status: 'cancelled' })
  b.bruno = await book({ customer: { name: 'Bruno Berg', phone: '0171 555 6666' }, staff: ben, start: MON_1000 })
  await h.payload.create({ collection: 'users', data: { email: 'nobody@example.com', password: 'nobody-pw', role: 'staff' } as never })
  adminToken = await login('admin@example.com', 'admin-password')
  annaToken = await login('anna@example.com', 'anna-password')
  strangerToken = await login('nobody@example.com', 'nobody-pw')
})

afterAll(async () => {
  await h?.close()
  await mail?.stop()
})

describe('GET /api/booking/check-in/lookup', () => {
  it('finds a booking by its reference in any case, with spaces, without the dash, or with a scanner prefix', async () => {
    const ref = b.alice!.reference as string
    const code = ref.slice(3)
    for (const q of [ref, ref.toLowerCase(), ` bk ${code.slice(0, 4).toLowerCase()} ${code.slice(4)} `, `BK${code}`, code.toLowerCase(), `BOOKING:${ref}`]) {
      const res = await lookup(q)
      expect(res.status, q).toBe(200)
      expect(res.body.query).toEqual({ kind: 'reference', reference: ref })
      expect(res.body.bookings.map((x: Doc) => x.reference), q).toEqual([ref])
    }
    const res = await lookup(ref)
    expect(res.body.timezone).toBe('Europe/Berlin')
    expect(res.body.today).toBe('2026-03-23')
    expect(res.body.bookings[0]).toEqual({
      checkedInAt: null,
      customer: { email: 'alice@example.org', name: 'Alice Adler', phone: '+49 30 111 2222' },
      end: '2026-03-23T10:00:00.000Z',
      id: b.alice!.id,
      notes: null,
      reference: ref,
      seats: 1,
      service: { id: studio.services.cut, name: 'Haircut' },
      staff: { id: studio.staff.anna, name: 'Anna' },
      start: MON_1000,
      status: 'confirmed',
      today: true,
    })
  })

  it('says when a booking found by reference is not today, or is cancelled', async () => {
    const tomorrow = (await lookup(b.aliceTomorrow!.reference)).body.bookings[0]
    expect(tomorrow.today).toBe(false)
    // 00:30 on Tuesday in Berlin is still Monday in UTC (and in New York): not today.
    expect((await lookup(b.aliceAfterMidnight!.reference)).body.bookings[0].today).toBe(false)
    expect((await lookup(b.aliceLate!.reference)).body.bookings[0].today).toBe(true)
    expect((await lookup(b.aliceCancelled!.reference)).body.bookings[0].status).toBe('cancelled')
  })

  it("lists a phone number's bookings of today in the business's zone, however the number is written", async () => {
    const expected = [b.alice, b.aliceWithBen, b.aliceLate].map((x) => x!.reference)
    for (const q of ['+49 30 111 2222', '030 1112222', '(030) 111-2222', '+493011122 22']) {
      const res = await lookup(q)
      expect(res.status, q).toBe(200)
      expect(res.body.query.kind).toBe('phone')
      expect(res.body.bookings.map((x: Doc) => x.reference), q).toEqual(expected)
    }
    expect((await lookup('0171 5556666')).body.bookings.map((x: Doc) => x.reference)).toEqual([b.bruno!.reference])
    expect((await lookup('+1 212 555 0100')).body.bookings).toEqual([])
  })

  it('answers 400 naming q for a missing or meaningless query, 404 for an unknown reference', async () => {
    for (const path of ['/api/booking/check-in/lookup', '/api/booking/check-in/lookup?q=', '/api/booking/check-in/lookup?q=hello', '/api/booking/check-in/lookup?q=12-34']) {
      const res = await call('GET', path, adminToken)
      expect(res.status, path).toBe(400)
      expect(res.body.errors[0].field, path).toBe('q')
    }
    const res = await lookup('BK-ZZZZZZZZ')
    expect(res.status).toBe(404)
    expect(res.body.errors[0].field).toBe('q')
  })
})

describe('access', () => {
  it('is 401 for visitors and 403 for users who are neither admin nor staff', async () => {
    expect((await call('GET', `/api/booking/check-in/lookup?q=${b.alice!.reference}`)).status).toBe(401)
    expect((await call('POST', '/api/booking/check-in', undefined, { booking: b.alice!.id })).status).toBe(401)
    expect((await lookup(b.alice!.reference, strangerToken)).status).toBe(403)
    expect((await checkIn({ booking: b.alice!.id }, strangerToken)).status).toBe(403)
    expect((await stored(b.alice!.id)).checkedInAt ?? null).toBeNull()
  })

  it("lets a staff user find and check in only their own bookings", async () => {
    expect((await lookup(b.bruno!.reference, annaToken)).status).toBe(403)
    expect((await checkIn({ booking: b.bruno!.id }, annaToken)).status).toBe(403)
    expect((await stored(b.bruno!.id)).checkedInAt ?? null).toBeNull()
    const phone = await lookup('030 1112222', annaToken)
    expect(phone.body.bookings.map((x: Doc) => x.reference)).toEqual([b.alice!.reference, b.aliceLate!.reference])

    const res = await checkIn({ booking: b.aliceLate!.id }, annaToken)
    expect(res.status).toBe(200)
    expect(res.body.booking.checkedInAt).toBe(NOW)
    expect((await checkIn({ booking: b.aliceLate!.id, undo: true }, annaToken)).status).toBe(200)
  })
})

describe('POST /api/booking/check-in', () => {
  it('checks in once, says so the second time, and undoes', async () => {
    const res = await checkIn({ booking: b.alice!.id })
    expect(res.status).toBe(200)
    expect(res.body).toMatchObject({ alreadyCheckedIn: false, changed: true })
    expect(res.body.booking).toMatchObject({ checkedInAt: NOW, reference: b.alice!.reference, status: 'confirmed' })
    expect(new Date((await stored(b.alice!.id)).checkedInAt).toISOString()).toBe(NOW)

    h.clock.set('2026-03-23T06:05:00.000Z')
    const again = await checkIn({ booking: String(b.alice!.id) })
    expect(again.body).toMatchObject({ alreadyCheckedIn: true, changed: false })
    expect(again.body.booking.checkedInAt).toBe(NOW) // the first arrival stays

    const undo = await checkIn({ booking: b.alice!.id, undo: true })
    expect(undo.status).toBe(200)
    expect(undo.body).toMatchObject({ changed: true })
    expect(undo.body.booking.checkedInAt).toBeNull()
    expect((await stored(b.alice!.id)).checkedInAt ?? null).toBeNull()
    expect((await checkIn({ booking: b.alice!.id, undo: true })).body.changed).toBe(false)
    h.clock.set(NOW)
  })

  it('refuses a cancelled booking (409) and bad input (400 naming the field)', async () => {
    const cancelled = await checkIn({ booking: b.aliceCancelled!.id })
    expect(cancelled.status).toBe(409)
    expect(cancelled.body.errors[0]).toMatchObject({ data: { reason: 'cancelled' }, field: 'booking' })
    const cases: [unknown, string, number][] = [
      [{}, 'booking', 400],
      [{ booking: 'x y' }, 'booking', 400],
      [{ booking: b.alice!.id, undo: 'yes' }, 'undo', 400],
      [[1], 'body', 400],
      ['not json', 'body', 400],
      [{ booking: 999999 }, 'booking', 404],
    ]
    for (const [body, field, status] of cases) {
      const res = await checkIn(body)
      expect(res.status, JSON.stringify(body)).toBe(status)
      expect(res.body.errors[0].field, JSON.stringify(body)).toBe(field)
    }
  })
})

describe('the no-show job', () => {
  const runJob = async () => {
    await h.payload.jobs.queue({ input: {}, queue: 'booking', task: 'bookingMarkNoShows' })
    await h.payload.jobs.run({ queue: 'booking' })
  }

  it('is off by default for no-shows; checked-in visits whose end has passed become completed, silently', async () => {
    const past = await book({ customer: { email: 'pia@example.org', name: 'Pia' }, start: SUN_1000 })
    const pastIn = await book({ checkedInAt: '2026-03-22T08:58:00.000Z', customer: { email: 'pit@example.org', name: 'Pit' }, staff: studio.staff.ben, start: SUN_1000 })
    const jobsBefore = await messageJobs()
    await runJob()
    expect((await stored(past.id)).status).toBe('confirmed')
    expect((await stored(pastIn.id)).status).toBe('completed')
    expect(await messageJobs()).toBe(jobsBefore) // no e-mail to anyone
    b.past = past
  })

  it('with noShowAfterMinutes, marks only confirmed bookings not checked in by start + N', async () => {
    const config = await h.config
    const options = sanitizeOptions(
      { checkIn: { noShowAfterMinutes: 15 }, clock: () => h.clock.now, timezone: 'Europe/Berlin' },
      { admin: { user: config.admin.user } },
    )
    // Monday 10:14 Berlin: Alice's 10:00 haircut is 14 minutes in; Bruno's (also 10:00) checked in.
    h.clock.set('2026-03-23T09:14:00.000Z')
    await checkIn({ booking: b.bruno!.id })
    const req = await createLocalReq({}, h.payload)
    const jobsBefore = await messageJobs()
    expect(await markNoShows(req, options)).toEqual({ completed: 0, noShows: 1 }) // yesterday's Pia
    expect((await stored(b.alice!.id)).status).toBe('confirmed')
    expect((await stored(b.past!.id)).status).toBe('no-show')

    h.clock.set('2026-03-23T09:15:00.000Z')
    expect(await markNoShows(req, options)).toEqual({ completed: 0, noShows: 1 })
    expect((await stored(b.alice!.id)).status).toBe('no-show')
    expect((await stored(b.bruno!.id)).status).toBe('confirmed') // checked in, still in the chair
    expect((await stored(b.aliceCancelled!.id)).status).toBe('cancelled')
    expect((await stored(b.aliceWithBen!.id)).status).toBe('confirmed') // 13:00 has not come

    h.clock.set('2026-03-23T10:00:00.000Z') // Bruno's haircut ended at 11:00 Berlin
    expect(await markNoShows(req, options)).toEqual({ completed: 1, noShows: 0 })
    expect((await stored(b.bruno!.id)).status).toBe('completed')
    expect(await messageJobs()).toBe(jobsBefore)

    // Alice arrives late after all: checking in confirms her booking again.
    const late = await checkIn({ booking: b.alice!.id })
    expect(late.body.booking).toMatchObject({ checkedInAt: '2026-03-23T10:00:00.000Z', status: 'confirmed' })
    h.clock.set(NOW)
  })
})

describe('the confirmation e-mail', () => {
  it('shows the QR code of the reference as an inline image the HTML refers to, and the reference in the text', async () => {
    mail.messages.length = 0
    const res = await h.http('POST', '/api/booking/bookings', {
      customer: { email: 'qr@example.org', name: 'Quinn' },
      service: studio.services.cut,
      staff: studio.staff.anna,
      start: '2026-03-25T09:00:00Z',
    })
    expect(res.status).toBe(201)
    const { reference } = res.body.booking
    await h.payload.jobs.run({ limit: 100, queue: 'booking' })
    const messages = await mail.waitFor(2)
    const to = (m: ParsedMail) => (Array.isArray(m.to) ? m.to[0] : m.to)!.text
    const customer = messages.find((m) => to(m) === 'qr@example.org')!
    const image = customer.attachments.find((a) => a.contentType === 'image/png')!
    expect(image).toBeDefined()
    expect(image.contentDisposition).toBe('inline')
    expect(image.cid).toBeTruthy()
    // mailparser resolves the HTML's cid: links to the attachments they name: the image is there
    // only because the HTML's <img src="cid:…"> names this attachment's Content-ID.
    expect(customer.html).toContain(`src="data:image/png;base64,${image.content.toString('base64')}" alt="QR code of booking ${reference}"`)
    // The picture is exactly the QR code of the reference.
    const expected = await QRCode.toBuffer(reference, { errorCorrectionLevel: 'M', margin: 2, type: 'png', width: 400 })
    expect(image.content.equals(expected)).toBe(true)
    expect(customer.text).toContain(reference)
    expect(customer.attachments.some((a) => a.filename?.endsWith('.ics'))).toBe(true)
    // The staff member's message carries no code.
    const staff = messages.find((m) => to(m) === 'anna@example.com')!
    expect(staff.attachments.some((a) => a.contentType === 'image/png')).toBe(false)
  })
})
