import { describe, expect, it } from 'vitest'

import type { MessageContext, MessageKind, MessageLocale } from './types.ts'

import { bookingTranslations } from '../translations/index.ts'
import { durationMinutes, escapeHtml, formatPrice, formatWhen } from './format.ts'
import { renderMessage } from './renderMessage.ts'
import { makeTranslate } from './translate.ts'

const LOCALES: MessageLocale[] = ['en', 'de', 'fr', 'ru', 'zh']
const KINDS: MessageKind[] = [
  'bookingCancelled',
  'bookingConfirmed',
  'bookingReminder',
  'bookingRescheduled',
  'requestBooked',
  'requestDeclined',
  'requestReceived',
  'staffNewBooking',
  'staffNewRequest',
]

const START = Date.parse('2026-03-24T08:00:00Z') // 09:00 in Berlin (CET)
const END = Date.parse('2026-03-24T09:00:00Z')
const MANAGE = 'https://studio.example/manage?ref=AB12CD&token=t0k'

const tr = (locale: MessageLocale) => makeTranslate(bookingTranslations[locale], bookingTranslations.en)

const context = (kind: MessageKind, locale: MessageLocale = 'en', extra: Partial<MessageContext> = {}): MessageContext => ({
  booking: {
    cancelReason: 'Staff illness',
    currency: 'EUR',
    end: END,
    notes: 'Window seat, please',
    price: 45.5,
    reference: 'AB12CD',
    seats: 1,
    start: START,
  },
  business: { address: 'Hauptstraße 1, 10115 Berlin', name: 'Studio Anna', timezone: 'Europe/Berlin' },
  customer: { email: 'mia@example.com', name: 'Mia Muster', phone: '+49 30 1234567' },
  kind,
  locale,
  manageUrl: MANAGE,
  previous: { end: END - 86_400_000, staffName: 'Ben', start: START - 86_400_000 },
  recipient: kind.startsWith('staff') ? 'staff' : 'customer',
  request: {
    declineReason: 'Fully booked that week',
    message: 'Any time in the morning',
    preferredStart: Date.parse('2026-04-02T07:00:00Z'),
    reference: 'RQ7788',
  },
  serviceName: 'Haircut',
  staffName: 'Anna',
  ...extra,
})

describe('makeTranslate', () => {
  const t = makeTranslate({ greet: 'Hallo {{name}}, {{ name }}!', empty: '' }, { greet: 'Hello {{name}}', only: 'English {{x}}' })

  it('interpolates variables, also with spaces inside the braces', () => {
    expect(t('greet', { name: 'Mia' })).toBe('Hallo Mia, Mia!')
  })
  it('falls back to the fallback strings, then to the key', () => {
    expect(t('only', { x: 1 })).toBe('English 1')
    expect(t('empty')).toBe('empty')
    expect(t('nope')).toBe('nope')
  })
  it('leaves a placeholder without a value as written and does not expand $ patterns', () => {
    expect(t('greet')).toBe('Hallo {{name}}, {{ name }}!')
    expect(t('greet', { name: "$& $' $1" })).toBe("Hallo $& $' $1, $& $' $1!")
  })
})

describe('format helpers', () => {
  it('formats a range in the zone and names it', () => {
    expect(formatWhen(START, END, 'Europe/Berlin', 'en')).toBe('Tuesday, 24 March 2026, 09:00–10:00 (Europe/Berlin)')
    expect(formatWhen(START, END, 'Europe/Berlin', 'de')).toBe('Dienstag, 24. März 2026, 09:00–10:00 (Europe/Berlin)')
    expect(formatWhen(START, END, 'America/New_York', 'en')).toContain('04:00–05:00 (America/New_York)')
  })
  it('gives both dates when the end is on another local day, and names UTC for an unknown zone', () => {
    const late = Date.parse('2026-03-24T22:30:00Z')
    expect(formatWhen(late, late + 3_600_000, 'Europe/Berlin', 'en')).toBe(
      'Tuesday, 24 March 2026, 23:30 – Wednesday, 25 March 2026, 00:30 (Europe/Berlin)',
    )
    expect(formatWhen(START, END, 'Not/AZone', 'en')).toContain('08:00–09:00 (UTC)')
  })
  it('formats prices and durations', () => {
    expect(formatPrice(45.5, 'EUR', 'de')).toBe('45,50\u00a0€')
    expect(formatPrice(45.5, 'EUR', 'en')).toBe('€45.50')
    expect(formatPrice(null, 'EUR', 'en')).toBeNull()
    expect(formatPrice(undefined, null, 'en')).toBeNull()
    expect(formatPrice(30, null, 'en')).toBe('30')
    expect(formatPrice(30, 'X1', 'en')).toBe('30 X1')
    expect(durationMinutes(START, END)).toBe(60)
    expect(durationMinutes(END, START)).toBe(0)
  })
  it('escapes HTML', () => {
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;')
  })
})

describe('renderMessage: every kind in every language', () => {
  const cases = LOCALES.flatMap((locale) =>
    KINDS.flatMap((kind) => (['customer', 'staff'] as const).map((recipient) => [locale, kind, recipient] as const)),
  )

  it.each(cases)('%s %s to %s', (locale, kind, recipient) => {
    const message = renderMessage(context(kind, locale, { recipient }), tr(locale))
    for (const part of [message.subject, message.html, message.text]) {
      expect(part.trim()).not.toBe('')
      expect(part).not.toContain('{{')
      expect(part).not.toMatch(/\bemail_\w+/)
    }
    expect(message.html).toContain(`<html lang="${locale}"`)
    expect(message.subject).not.toMatch(/[\r\n]/)
  })
})

describe('renderMessage: content', () => {
  it('English confirmation: Berlin wall-clock time, zone, details and manage link', () => {
    const m = renderMessage(context('bookingConfirmed'), tr('en'))
    expect(m.subject).toBe('Your booking AB12CD is confirmed')
    for (const part of [m.html, m.text]) {
      expect(part).toContain('Tuesday, 24 March 2026, 09:00–10:00 (Europe/Berlin)')
      expect(part).toContain('Haircut')
      expect(part).toContain('Anna')
      expect(part).toContain('60 min')
      expect(part).toContain('€45.50')
      expect(part).toContain('AB12CD')
      expect(part).toContain('Manage or cancel your booking')
      expect(part).not.toContain('Seats')
    }
    expect(m.html).toContain('Hauptstraße 1, 10115 Berlin')
    expect(m.html).toContain(`href="${escapeHtml(MANAGE)}"`)
    expect(m.text).toContain(MANAGE)
    expect(m.text).toContain('Kind regards,\nStudio Anna')
  })

  it('German confirmation: 09:00 in Europe/Berlin, price in German', () => {
    const m = renderMessage(context('bookingConfirmed', 'de'), tr('de'))
    expect(m.subject).toBe('Ihre Buchung AB12CD ist bestätigt')
    expect(m.html).toContain('Dienstag, 24. März 2026, 09:00–10:00 (Europe/Berlin)')
    expect(m.text).toContain('Termin: Dienstag, 24. März 2026, 09:00–10:00 (Europe/Berlin)')
    expect(m.text).toContain('45,50\u00a0€')
    expect(m.text).toContain('Guten Tag Mia Muster,')
  })

  it('Russian reminder on a summer (DST) date shows CEST wall-clock time', () => {
    const start = Date.parse('2026-07-14T07:30:00Z') // 09:30 CEST (UTC+2)
    const booking = { ...context('bookingReminder').booking!, end: start + 45 * 60_000, start }
    const m = renderMessage(context('bookingReminder', 'ru', { booking }), tr('ru'))
    expect(m.text).toContain('14 июля 2026 г., 09:30–10:15 (Europe/Berlin)')
    expect(m.text).toContain('45 мин')
    expect(m.subject).toContain('Напоминание')
    expect(m.text).not.toMatch(/завтра/i)
  })

  it('escapes <script> in the customer name and message everywhere in the HTML', () => {
    const evil = '<script>alert("x")</script>'
    for (const kind of ['requestReceived', 'staffNewRequest', 'staffNewBooking', 'bookingConfirmed'] as const) {
      const m = renderMessage(
        context(kind, 'en', {
          booking: { ...context(kind).booking!, notes: evil },
          customer: { email: 'a@b.c', name: evil, phone: null },
          request: { ...context(kind).request!, message: `Hi\n${evil}` },
        }),
        tr('en'),
      )
      expect(m.html).not.toContain('<script')
      expect(m.html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;')
      expect(m.text).toContain(evil)
    }
  })

  it('rescheduled shows the previous time (and former staff); cancelled shows the reason and no manage link', () => {
    const moved = renderMessage(context('bookingRescheduled'), tr('en'))
    expect(moved.text).toContain('Previously: Monday, 23 March 2026, 09:00–10:00 (Europe/Berlin), with Ben')
    expect(moved.text).toContain('When: Tuesday, 24 March 2026, 09:00–10:00 (Europe/Berlin)')

    const cancelled = renderMessage(context('bookingCancelled'), tr('en'))
    expect(cancelled.text).toContain('Reason: Staff illness')
    expect(cancelled.html).not.toContain('href=')
    expect(cancelled.text).not.toContain(MANAGE)
  })

  it('request messages: expectation text, preferred time, message, decline reason', () => {
    const received = renderMessage(context('requestReceived'), tr('en'))
    expect(received.subject).toBe('We have received your request RQ7788')
    expect(received.text).toContain(
      'This service cannot be booked immediately. We have received your request and will contact you soon.',
    )
    expect(received.text).toContain('Preferred time: Thursday, 2 April 2026, 09:00 (Europe/Berlin)')
    expect(received.text).toContain('Your message: Any time in the morning')
    expect(received.text).toContain('Reference: RQ7788')
    expect(received.html).not.toContain(MANAGE)

    const declined = renderMessage(context('requestDeclined', 'fr'), tr('fr'))
    expect(declined.text).toContain('Malheureusement, nous ne pouvons pas accepter votre demande.')
    expect(declined.text).toContain('Motif\u00a0: Fully booked that week')

    const booked = renderMessage(context('requestBooked'), tr('en'))
    expect(booked.text).toContain('Good news: your request has been booked.')
    expect(booked.text).toContain('Reference: AB12CD')
  })

  it('staff messages name the customer and contact, use staff wording and never carry the manage link', () => {
    const m = renderMessage(context('staffNewBooking'), tr('en'))
    expect(m.subject).toBe('New booking: Haircut, Mia Muster (AB12CD)')
    expect(m.text).toContain('New booking from Mia Muster (mia@example.com, +49 30 1234567).')
    expect(m.html).toContain('href="mailto:mia@example.com"')
    expect(m.html).toContain('href="tel:+49301234567"')
    expect(m.text).not.toContain(MANAGE)

    const cancelled = renderMessage(context('bookingCancelled', 'de', { recipient: 'staff' }), tr('de'))
    expect(cancelled.subject).toBe('Storniert: Haircut, Mia Muster (AB12CD)')
    expect(cancelled.text).toContain('Eine Buchung von Mia Muster')
    expect(cancelled.text).not.toContain('Ihre Buchung')

    const moved = renderMessage(context('bookingRescheduled', 'en', { recipient: 'staff' }), tr('en'))
    expect(moved.text).toContain('A booking by Mia Muster (mia@example.com, +49 30 1234567) has been moved.')
    expect(moved.text).toContain('Previously:')

    const noContact = renderMessage(context('staffNewRequest', 'en', { customer: { name: 'Mia' } }), tr('en'))
    expect(noContact.text).toContain('New request from Mia (no contact details given)')
  })

  it('omits rows without a value and shows seats only for more than one', () => {
    const base = context('bookingConfirmed').booking!
    const m = renderMessage(
      context('bookingConfirmed', 'en', {
        booking: { ...base, price: null, seats: 3 },
        business: { name: 'Studio Anna', timezone: 'Europe/Berlin' },
        manageUrl: null,
        staffName: null,
      }),
      tr('en'),
    )
    expect(m.text).toContain('Seats: 3')
    expect(m.text).not.toContain('Price')
    expect(m.text).not.toContain('Place')
    expect(m.text).not.toContain('With:')
    expect(m.html).not.toContain('href=')
  })

  it('keeps the subject on one line and links only http(s) manage URLs', () => {
    const m = renderMessage(
      context('staffNewBooking', 'en', { customer: { email: null, name: 'Mia\r\nBcc: x@y.z', phone: null } }),
      tr('en'),
    )
    expect(m.subject).toBe('New booking: Haircut, Mia Bcc: x@y.z (AB12CD)')
    const js = renderMessage(context('bookingConfirmed', 'en', { manageUrl: 'javascript:alert(1)' }), tr('en'))
    expect(js.html).not.toContain('javascript:')
    expect(js.text).not.toContain('javascript:')
  })
})
