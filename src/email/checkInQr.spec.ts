import { describe, expect, it } from 'vitest'

import type { MessageContext, MessageKind, MessageLocale } from './types.ts'

import { bookingTranslations } from '../translations/index.ts'
import { qrContentId, renderMessage } from './renderMessage.ts'
import { makeTranslate } from './translate.ts'

const tr = (locale: MessageLocale) => makeTranslate(bookingTranslations[locale], bookingTranslations.en)

const context = (kind: MessageKind, recipient: 'customer' | 'staff' = 'customer', locale: MessageLocale = 'en'): MessageContext => ({
  booking: { end: Date.parse('2026-03-24T09:00:00Z'), reference: 'BK-7Q4M9XH2', seats: 1, start: Date.parse('2026-03-24T08:00:00Z') },
  business: { name: 'Studio Anna', timezone: 'Europe/Berlin' },
  customer: { email: 'mia@example.com', name: 'Mia' },
  kind,
  locale,
  previous: { end: Date.parse('2026-03-23T09:00:00Z'), start: Date.parse('2026-03-23T08:00:00Z') },
  recipient,
  serviceName: 'Haircut',
})

describe('the check-in QR code in e-mails', () => {
  it("is in the customer's messages about an appointment to come: an image by Content-ID and the reference in the text", () => {
    for (const kind of ['bookingConfirmed', 'bookingReminder', 'bookingRescheduled', 'requestBooked'] as const) {
      for (const locale of ['en', 'de', 'fr', 'ru', 'zh'] as const) {
        const message = renderMessage(context(kind, 'customer', locale), tr(locale))
        expect(message.qr, `${kind} ${locale}`).toEqual({ cid: qrContentId('BK-7Q4M9XH2'), text: 'BK-7Q4M9XH2' })
        expect(message.html).toContain(`<img src="cid:${message.qr!.cid}"`)
        expect(message.text).toContain(tr(locale)('checkin_email_qr', { reference: 'BK-7Q4M9XH2' }))
      }
    }
  })

  it('is not in cancellations, staff messages or payment messages', () => {
    for (const [kind, recipient] of [
      ['bookingCancelled', 'customer'],
      ['bookingConfirmed', 'staff'],
      ['staffNewBooking', 'staff'],
      ['bookingReminder', 'staff'],
    ] as const) {
      const message = renderMessage(context(kind, recipient), tr('en'))
      expect(message.qr, `${kind} ${recipient}`).toBeUndefined()
      expect(message.html).not.toContain('cid:')
    }
  })

  it('has a Content-ID a mail header accepts', () => {
    expect(qrContentId('BK-7Q4M9XH2')).toBe('qr-BK-7Q4M9XH2@payload-booking')
    expect(qrContentId('BK-<x> y')).toBe('qr-BK-xy@payload-booking')
  })
})
