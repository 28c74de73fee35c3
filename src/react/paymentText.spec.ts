import { describe, expect, it } from 'vitest'

import type { WidgetService } from './widgetTypes.ts'

import { en } from '../translations/widget/en.ts'
import { paymentLine } from './paymentText.ts'

const service = (over: Partial<WidgetService>): WidgetService => ({
  currency: 'EUR',
  durationMinutes: 60,
  id: 1,
  name: 'Yoga class',
  onRequest: false,
  price: 18,
  staff: [],
  ...over,
})

describe('the price shown before a time is picked', () => {
  it('names the full price or the deposit and the total, and nothing for services paid on site', () => {
    expect(paymentLine(service({ payment: 'required' }), 'en', en)).toBe('Paid online when you book: €18.00')
    expect(paymentLine(service({ depositPercent: 25, payment: 'deposit', price: 40 }), 'en', en)).toBe(
      'Deposit paid online when you book: €10.00 (of €40.00; the rest at your appointment)',
    )
    // A deposit as large as the price is the full price.
    expect(paymentLine(service({ depositAmount: 50, payment: 'deposit', price: 40 }), 'en', en)).toBe('Paid online when you book: €40.00')
    expect(paymentLine(service({ payment: 'none' }), 'en', en)).toBeNull()
    expect(paymentLine(service({}), 'en', en)).toBeNull()
    expect(paymentLine(service({ payment: 'required', price: null }), 'en', en)).toBeNull()
  })
})
