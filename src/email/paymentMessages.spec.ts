import { describe, expect, it } from 'vitest'

import type { MessageContext, MessageKind, MessageLocale } from './types.ts'

import { bookingTranslations } from '../translations/index.ts'
import { renderMessage } from './renderMessage.ts'
import { makeTranslate } from './translate.ts'

const LOCALES: MessageLocale[] = ['en', 'de', 'fr', 'ru', 'zh']
const KINDS: MessageKind[] = ['paymentReceipt', 'paymentRefunded', 'paymentLate']
const tr = (locale: MessageLocale) => makeTranslate(bookingTranslations[locale], bookingTranslations.en)

const context = (kind: MessageKind, locale: MessageLocale = 'en', payment: Partial<NonNullable<MessageContext['payment']>> = {}): MessageContext => ({
  booking: { currency: 'EUR', end: Date.parse('2026-03-24T09:00:00Z'), price: 40, reference: 'BK-AB12CD34', seats: 1, start: Date.parse('2026-03-24T08:00:00Z') },
  business: { address: 'Hauptstraße 1, 10115 Berlin', name: 'Studio Anna', timezone: 'Europe/Berlin' },
  customer: { email: 'mia@example.com', name: 'Mia' },
  kind,
  locale,
  manageUrl: 'https://studio.example/manage?ref=BK-AB12CD34&token=t0k',
  payment: { amount: 40, currency: 'EUR', details: ['VAT ID DE123'], kind: 'full', paid: 40, provider: 'Stripe', tax: { amount: 6.39, label: 'VAT', rate: 19 }, total: 40, ...payment },
  recipient: 'customer',
  serviceName: 'Haircut',
  staffName: 'Anna',
})

describe('payment messages', () => {
  it.each(LOCALES)('are written in %s, every placeholder filled, no calendar file', (locale) => {
    for (const kind of KINDS) {
      const message = renderMessage(context(kind, locale), tr(locale))
      expect(message.subject, `${locale} ${kind}`).toContain('BK-AB12CD34')
      expect(`${message.subject}${message.text}`, `${locale} ${kind}`).not.toMatch(/{{|email_/)
      expect(message.ics).toBeUndefined()
    }
  })

  it('a receipt names the amount, the tax it includes, the provider and the seller', () => {
    const { html, text } = renderMessage(context('paymentReceipt'), tr('en'))
    expect(text).toContain('Total price: €40.00')
    expect(text).toContain('Paid: €40.00')
    expect(text).toContain('Includes 19 % VAT: €6.39')
    expect(text).toContain('Paid with: Stripe')
    expect(text).toContain('Seller: Studio Anna, Hauptstraße 1, 10115 Berlin, VAT ID DE123')
    expect(text).toContain('https://studio.example/manage')
    expect(html).toContain('€40.00')
  })

  it('a deposit receipt says what is left to pay at the appointment', () => {
    const { text } = renderMessage(context('paymentReceipt', 'de', { amount: 10, kind: 'deposit', paid: 10, tax: null }), tr('de'))
    expect(text).toMatch(/Anzahlung bezahlt: 10,00\s€/)
    expect(text).toMatch(/Beim Termin zu zahlen: 30,00\s€/)
    expect(text).not.toContain('Enthält')
  })

  it('a refund names the amount refunded; a late payment offers no manage link for a booking that does not exist', () => {
    const refund = renderMessage(context('paymentRefunded', 'en', { amount: 20 }), tr('en'))
    expect(refund.text).toContain('We have refunded €20.00')
    expect(refund.text).toContain('Refunded: €20.00')
    const late = renderMessage(context('paymentLate', 'ru'), tr('ru'))
    expect(late.text).toMatch(/40,00\s€/)
    expect(late.text).not.toContain('https://studio.example/manage')
  })
})
