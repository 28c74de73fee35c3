import type { ParsedMail } from 'mailparser'

import { nodemailerAdapter } from '@payloadcms/email-nodemailer'
import ICAL from 'ical.js'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'

import type { Studio } from './helpers/fixtures.ts'
import type { Harness } from './helpers/harness.ts'
import type { MailCatcher } from './helpers/mailCatcher.ts'

import { seedStudio } from './helpers/fixtures.ts'
import { startHarness } from './helpers/harness.ts'
import { startMailCatcher } from './helpers/mailCatcher.ts'

// Clock: Monday 2026-03-23 07:00 Berlin. Thursday 26th 10:00 Berlin = 09:00Z.
const at = (day: number, hourUtc: number) => `2026-03-${day}T${String(hourUtc).padStart(2, '0')}:00:00.000Z`

let h: Harness
let studio: Studio
let mail: MailCatcher

beforeAll(async () => {
  mail = await startMailCatcher()
  h = await startHarness({
    email: nodemailerAdapter({
      defaultFromAddress: 'studio@example.com',
      defaultFromName: 'Studio Mitte',
      skipVerify: true,
      transportOptions: { host: '127.0.0.1', ignoreTLS: true, port: mail.port, secure: false },
    }),
    localization: { defaultLocale: 'en', fallback: true, locales: ['en', 'de', 'fr', 'ru', 'zh'] },
    pluginOptions: {
      notifications: {
        businessAddress: 'Torstraße 1, 10119 Berlin',
        businessName: 'Studio Mitte',
        manageUrl: 'https://studio.example/booking?reference={reference}&token={token}',
        retry: { attempts: 5, delayMs: 300 },
        templates: {
          staffNewRequest: (context, defaults) => ({ subject: `[Front desk] ${defaults.subject}` }),
        },
      },
    },
  })
  studio = await seedStudio(h.payload)
  await h.payload.update({ id: studio.services.cut, collection: 'services', data: { name: 'Haarschnitt' }, locale: 'de' })
})
afterAll(async () => {
  await h?.close()
  await mail?.stop()
})
beforeEach(async () => {
  await runQueue() // nothing from an earlier test is left to arrive later
  mail.messages.length = 0
})

/** An action on a request, as a logged-in admin would take it in the admin. */
const act = async (id: number | string, action: string, body: Record<string, unknown> = {}) => {
  const login = await h.http('POST', '/api/users/login', { email: 'admin@example.com', password: 'admin-password' })
  return h.http('POST', `/api/booking-requests/${id}/${action}`, body, { Authorization: `JWT ${login.body.token}` })
}
const runQueue = () => h.payload.jobs.run({ limit: 100, queue: 'booking' })
const to = (message: ParsedMail) => (Array.isArray(message.to) ? message.to[0] : message.to)!.text
const book = (start: string, customer: Record<string, string>, staff = studio.staff.anna) =>
  h.http('POST', '/api/booking/bookings', { customer, service: studio.services.cut, staff, start })

describe('booking confirmed', () => {
  it('reaches the customer in German, with the Berlin time named, a working manage link and an .ics', async () => {
    const res = await book(at(26, 9), { email: 'lena@example.com', locale: 'de-DE', name: 'Lena' })
    expect(res.status).toBe(201)
    const { reference } = res.body.booking
    await runQueue()
    const messages = await mail.waitFor(2)
    const customer = messages.find((m) => to(m) === 'lena@example.com')!
    expect(customer.subject).toContain(reference)
    expect(customer.text).toContain('Haarschnitt') // the service in the customer's language
    expect(customer.text).toContain('10:00') // Thursday 26 March 2026, 10:00 in Berlin (CET)
    expect(customer.text).toContain('Europe/Berlin')
    expect(customer.text).toContain('Torstraße 1')
    expect(customer.html).toContain('Lena')
    expect(customer.from?.text).toContain('studio@example.com')

    const link = /https:\/\/studio\.example\/booking\?reference=([^&]+)&token=([^\s"<]+)/.exec(customer.text!)!
    expect(decodeURIComponent(link[1]!)).toBe(reference)
    const lookup = await h.http('GET', `/api/booking/lookup?reference=${link[1]}&token=${link[2]}`)
    expect(lookup.status).toBe(200)

    const ics = customer.attachments.find((a) => a.filename?.endsWith('.ics'))!
    const event = new ICAL.Event(new ICAL.Component(ICAL.parse(ics.content.toString('utf8'))).getFirstSubcomponent('vevent')!)
    expect(event.startDate.toJSDate().toISOString()).toBe(at(26, 9))
    expect(event.endDate.toJSDate().toISOString()).toBe(at(26, 10))

    const staff = messages.find((m) => to(m) === 'anna@example.com')!
    expect(staff.text).toContain('Lena')
    expect(staff.text).toContain('lena@example.com')
  })

  it('reaches an English customer in English; a phone booking without e-mail only tells staff', async () => {
    const res = await book(at(26, 12), { email: 'tom@example.com', name: 'Tom' })
    expect(res.status).toBe(201)
    await h.payload.create({
      collection: 'bookings',
      data: { customer: { name: 'Caller', phone: '+49 30 555' }, service: studio.services.cut, source: 'phone', staff: studio.staff.ben, start: at(26, 12) } as never,
    })
    await runQueue()
    const messages = await mail.waitFor(3)
    const tom = messages.find((m) => to(m) === 'tom@example.com')!
    expect(tom.subject).toMatch(/confirmed/i)
    expect(tom.text).toContain('Haircut')
    expect(tom.text).toContain('Europe/Berlin')
    expect(messages.map(to).sort()).toEqual(['anna@example.com', 'ben@example.com', 'tom@example.com'])
  })
})

describe('requests', () => {
  it('tells the customer to be patient, the inbox about the request, and later the decline with its reason', async () => {
    const res = await h.http('POST', '/api/booking/requests', {
      customer: { email: 'zoe@example.com', locale: 'fr', name: 'Zoé' },
      message: 'Avant le mariage <b>svp</b>',
      service: studio.services.consult,
      staff: studio.staff.carla,
    })
    expect(res.status).toBe(201)
    await runQueue()
    const [first, second] = await mail.waitFor(2)
    const customer = [first!, second!].find((m) => to(m) === 'zoe@example.com')!
    const staff = [first!, second!].find((m) => to(m) === 'carla@example.com')!
    expect(customer.subject).toBeTruthy()
    expect(customer.html).not.toContain('<b>svp</b>') // the customer's text is escaped
    expect(staff.subject).toMatch(/^\[Front desk\] /) // the site's template override

    mail.messages.length = 0
    expect((await act(res.body.request.id, 'decline', { reason: 'Nous sommes complets ce mois-ci' })).status).toBe(200)
    await runQueue()
    const [declined] = await mail.waitFor(1)
    expect(to(declined!)).toBe('zoe@example.com')
    expect(declined!.text).toContain('Nous sommes complets ce mois-ci')
  })
})

describe('a request naming no staff member', () => {
  it('is announced to the staff who perform its service', async () => {
    const res = await h.http('POST', '/api/booking/requests', {
      customer: { name: 'Jan', phone: '+49 30 4444' },
      service: studio.services.consult,
    })
    expect(res.status).toBe(201)
    await runQueue()
    const [notice] = await mail.waitFor(1)
    expect(to(notice!)).toBe('carla@example.com') // Carla is the only one who consults
    expect(notice!.text).toContain('Jan')
  })
})

describe('a request that staff book', () => {
  it('sends the customer one "your request was booked" confirmation with the calendar file', async () => {
    const res = await h.http('POST', '/api/booking/requests', {
      customer: { email: 'vera@example.com', locale: 'ru', name: 'Вера' },
      service: studio.services.consult,
    })
    await runQueue()
    mail.messages.length = 0
    const booked = await act(res.body.request.id, 'book', { start: at(24, 9) })
    expect(booked.status).toBe(201)
    const booking = booked.body.booking
    await runQueue()
    const messages = await mail.waitFor(2) // the customer's confirmation, Carla's notice
    const vera = messages.filter((m) => to(m) === 'vera@example.com')
    expect(vera).toHaveLength(1)
    expect(vera[0]!.text).toContain(String(booking.reference))
    expect(vera[0]!.text).toContain('10:00') // Tuesday 24 March 09:00Z is 10:00 in Berlin
    const ics = vera[0]!.attachments.find((a) => a.filename?.endsWith('.ics'))!
    expect(ics.content.toString('utf8')).toContain('METHOD:REQUEST')
    expect(messages.map(to)).toContain('carla@example.com')
  })
})

describe('cancel and reschedule', () => {
  it('tells customer and staff of a cancellation, with a CANCEL calendar entry', async () => {
    const res = await book(at(27, 9), { email: 'max@example.com', name: 'Max' })
    await runQueue()
    await mail.waitFor(2)
    mail.messages.length = 0
    const cancel = await h.http('POST', '/api/booking/cancel', { reference: res.body.booking.reference, token: res.body.cancelToken })
    expect(cancel.status).toBe(200)
    await runQueue()
    const messages = await mail.waitFor(2)
    expect(messages.map(to).sort()).toEqual(['anna@example.com', 'max@example.com'])
    const ics = messages.find((m) => to(m) === 'max@example.com')!.attachments.find((a) => a.filename?.endsWith('.ics'))!
    expect(ics.content.toString('utf8')).toContain('METHOD:CANCEL')
  })

  it('tells both of a move, naming the previous time', async () => {
    const res = await book(at(27, 12), { email: 'ida@example.com', name: 'Ida' })
    await runQueue()
    await mail.waitFor(2)
    mail.messages.length = 0
    await h.payload.update({ id: res.body.booking.id, collection: 'bookings', data: { start: at(27, 14) } })
    await runQueue()
    const messages = await mail.waitFor(2)
    const ida = messages.find((m) => to(m) === 'ida@example.com')!
    expect(ida.text).toContain('15:00') // new time, Berlin
    expect(ida.text).toContain('13:00') // previous time
  })
})

describe('reminders', () => {
  const reminderJobs = async (bookingId: number | string) =>
    (
      await h.payload.find({ collection: 'payload-jobs', limit: 0, pagination: false, where: { taskSlug: { equals: 'bookingSendMessage' } } })
    ).docs.filter((job) => {
      const input = job.input as { bookingId?: unknown; kind?: string }
      return input.kind === 'bookingReminder' && String(input.bookingId) === String(bookingId)
    })

  it('is planned 24 h before the start, and not for a booking made inside that window', async () => {
    const later = await book(at(30, 9), { email: 'ola@example.com', name: 'Ola' }) // Monday 30th
    const jobs = await reminderJobs(later.body.booking.id)
    expect(jobs).toHaveLength(1)
    expect(new Date(jobs[0]!.waitUntil as string).toISOString()).toBe(at(29, 9))

    const soon = await book(at(23, 15), { email: 'kai@example.com', name: 'Kai' }) // today, 16:00
    expect(soon.status).toBe(201)
    expect(await reminderJobs(soon.body.booking.id)).toHaveLength(0)
  })

  it('goes out at its time, not before; dropped for a booking cancelled or moved meanwhile', async () => {
    const kept = await book(at(31, 9), { email: 'uma@example.com', name: 'Uma' }) // Tuesday 31st, 11:00 Berlin
    const gone = await book(at(31, 12), { email: 'eli@example.com', name: 'Eli' })
    const moved = await book(at(31, 14), { email: 'ivo@example.com', name: 'Ivo' })
    await runQueue() // confirmations; the queue runs on real time, but the reminders wait for the plugin's clock
    await mail.waitFor(6)
    mail.messages.length = 0
    await h.http('POST', '/api/booking/cancel', { reference: gone.body.booking.reference, token: gone.body.cancelToken })
    await h.payload.update({ id: moved.body.booking.id, collection: 'bookings', data: { start: at(31, 15) } })
    await runQueue()
    mail.messages.length = 0

    h.clock.set('2026-03-30T08:59:00Z') // a minute before Uma's reminder is due
    try {
      await runQueue()
      expect(mail.messages.filter((m) => to(m) === 'uma@example.com')).toHaveLength(0) // (Ola's, from above, is due)
      h.clock.set('2026-03-30T09:00:00Z')
      await runQueue()
      await mail.waitFor(2)
      h.clock.set('2026-03-30T15:00:00Z') // past Eli's and Ivo's original reminder times, and Ivo's new one
      await runQueue()
      await runQueue()
      await new Promise((resolve) => setTimeout(resolve, 200))
      const reminders = mail.messages.map((m) => `${to(m)} ${m.subject}`)
      expect(reminders.filter((line) => line.startsWith('uma@'))).toHaveLength(1)
      expect(reminders.filter((line) => line.startsWith('eli@'))).toHaveLength(0)
      // Ivo's original reminder is dropped; the one for his new time (15:00Z, 17:00 Berlin in summer time) went out.
      expect(reminders.filter((line) => line.startsWith('ivo@'))).toHaveLength(1)
      expect(mail.messages.find((m) => to(m) === 'ivo@example.com')!.text).toContain('17:00')
      expect(kept.status).toBe(201)
    } finally {
      h.clock.set('2026-03-23T06:00:00Z')
    }
  })
})

describe('an SMTP outage', () => {
  it('never fails the booking; once SMTP is back the message goes out exactly once', async () => {
    await mail.stop()
    try {
      const res = await book(at(26, 14), { email: 'nora@example.com', name: 'Nora' })
      expect(res.status).toBe(201)
      const before = await h.payload.findByID({ id: res.body.booking.id, collection: 'bookings' })
      const failed = await runQueue()
      expect(Object.values(failed.jobStatus ?? {}).some((job) => job.status === 'error')).toBe(true)
      await mail.start()
      await new Promise((resolve) => setTimeout(resolve, 700)) // past the first retry backoff
      await runQueue()
      await runQueue()
      const messages = await mail.waitFor(2)
      await new Promise((resolve) => setTimeout(resolve, 300))
      expect(messages.filter((m) => to(m) === 'nora@example.com')).toHaveLength(1)
      const after = await h.payload.findByID({ id: res.body.booking.id, collection: 'bookings' })
      expect(after.updatedAt).toBe(before.updatedAt)
      expect(after.status).toBe('confirmed')
    } finally {
      await mail.start().catch(() => undefined)
    }
  })

  it('queues nothing for a booking that was refused', async () => {
    const count = () => h.payload.count({ collection: 'payload-jobs' }).then((r) => r.totalDocs)
    const jobsBefore = await count()
    const refused = await book(at(26, 9), { email: 'late@example.com', name: 'Late' }) // taken in the first test
    expect(refused.status).toBe(409)
    expect(await count()).toBe(jobsBefore)
  })
})

describe('request expiry', () => {
  it('marks requests whose preferred time passed unanswered as expired, as a queue job, silently', async () => {
    const res = await h.http('POST', '/api/booking/requests', {
      customer: { name: 'Pia', phone: '+49 30 777' },
      preferredStart: at(24, 9),
      service: studio.services.consult,
    })
    const answered = await h.http('POST', '/api/booking/requests', {
      customer: { name: 'Rob', phone: '+49 30 778' },
      preferredStart: at(24, 10),
      service: studio.services.consult,
    })
    await act(answered.body.request.id, 'decline', { reason: 'Fully booked' })
    const more = await Promise.all(
      [11, 12].map((hour) =>
        h.http('POST', '/api/booking/requests', { customer: { name: `Guest ${hour}`, phone: '+49 30 779' }, preferredStart: at(24, hour), service: studio.services.consult }),
      ),
    )
    await runQueue()
    mail.messages.length = 0
    h.clock.set('2026-03-24T11:30:00Z')
    try {
      await h.payload.jobs.queue({ input: {}, queue: 'booking', task: 'bookingExpireRequests' as never })
      await runQueue()
      // Stored (read raw from the adapter: readers would see "expired" even before the job ran).
      for (const id of [res.body.request.id, ...more.map((r) => r.body.request.id)]) {
        const stored = await h.payload.db.findOne({ collection: 'booking-requests', where: { id: { equals: id } } })
        expect((stored as { status?: string } | null)?.status).toBe(id === more[1]!.body.request.id ? 'new' : 'expired') // 12:00Z has not passed yet
      }
      const declined = await h.payload.findByID({ id: answered.body.request.id, collection: 'booking-requests' })
      expect(declined.status).toBe('declined')
      expect(mail.messages).toHaveLength(0)
    } finally {
      h.clock.set('2026-03-23T06:00:00Z')
    }
  })
})
