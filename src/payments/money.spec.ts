import { describe, expect, it } from 'vitest'

import { amountDue, currencyDigits, fromMinor, includedTax, refundFor, toMinor } from './money.ts'

const start = Date.parse('2026-03-26T09:00:00Z')
const hoursBefore = (h: number) => start - h * 3_600_000
const policy = [
  { hoursBefore: 0, percent: 50 },
  { hoursBefore: 24, percent: 100 },
]

describe('amounts in the smallest unit', () => {
  it('knows the decimals of a currency', () => {
    expect(currencyDigits('EUR')).toBe(2)
    expect(currencyDigits('jpy')).toBe(0)
    expect(currencyDigits('KWD')).toBe(3)
    expect(currencyDigits('???')).toBe(2)
    expect(toMinor(40.5, 'EUR')).toBe(4050)
    expect(toMinor(0.1 + 0.2, 'EUR')).toBe(30)
    expect(toMinor(5000, 'JPY')).toBe(5000)
    expect(fromMinor(4050, 'EUR')).toBe(40.5)
  })
})

describe('amountDue', () => {
  it('charges nothing online without a payment mode or a price', () => {
    expect(amountDue({ payment: 'none', price: 40 }, 1, 'EUR')).toBeNull()
    expect(amountDue({ price: 40 }, 1, 'EUR')).toBeNull()
    expect(amountDue({ payment: 'required', price: null }, 1, 'EUR')).toBeNull()
    expect(amountDue({ payment: 'required', price: 0 }, 1, 'EUR')).toBeNull()
  })
  it('charges the price per seat when payment is required', () => {
    expect(amountDue({ payment: 'required', price: 40 }, 1, 'EUR')).toEqual({ amount: 4000, kind: 'full', total: 4000 })
    expect(amountDue({ payment: 'required', price: 15 }, 3, 'EUR')).toEqual({ amount: 4500, kind: 'full', total: 4500 })
  })
  it('charges a fixed deposit per seat, or a percentage, never more than the price', () => {
    expect(amountDue({ depositAmount: 10, payment: 'deposit', price: 40 }, 2, 'EUR')).toEqual({ amount: 2000, kind: 'deposit', total: 8000 })
    expect(amountDue({ depositPercent: 25, payment: 'deposit', price: 39.99 }, 1, 'EUR')).toEqual({ amount: 1000, kind: 'deposit', total: 3999 })
    expect(amountDue({ depositAmount: 100, payment: 'deposit', price: 40 }, 1, 'EUR')).toEqual({ amount: 4000, kind: 'full', total: 4000 })
    expect(amountDue({ payment: 'deposit', price: 40 }, 1, 'EUR')).toBeNull()
  })
})

describe('refundFor (the cancellation policy)', () => {
  const refund = (h: number, rules = policy, paid = 4000, refunded = 0) =>
    refundFor({ cancelledAt: hoursBefore(h), paid, refunded, rules, start })

  it('pays back in full at least 24 h before the start', () => {
    expect(refund(48)).toMatchObject({ amount: 4000, percent: 100 })
    expect(refund(24)).toMatchObject({ amount: 4000, percent: 100, rule: { hoursBefore: 24, percent: 100 } })
  })
  it('pays back half later, up to the start', () => {
    expect(refund(23.9)).toMatchObject({ amount: 2000, percent: 50, rule: { hoursBefore: 0, percent: 50 } })
    expect(refund(0.01)).toMatchObject({ amount: 2000, percent: 50 })
  })
  it('pays back nothing after the start and for a no-show', () => {
    expect(refund(-1)).toMatchObject({ amount: 0, rule: 'after-start' })
    expect(refundFor({ cancelledAt: hoursBefore(48), noShow: true, paid: 4000, rules: policy, start })).toMatchObject({
      amount: 0,
      rule: 'no-show',
    })
  })
  it('pays back nothing when cancelled later than every rule allows', () => {
    expect(refund(12, [{ hoursBefore: 24, percent: 100 }])).toMatchObject({ amount: 0, percent: 0 })
  })
  it('refunds in full before the start when the service has no rules', () => {
    expect(refund(1, [])).toMatchObject({ amount: 4000, percent: 100, rule: 'default' })
  })
  it('rounds down to the smallest unit and never refunds more than is left', () => {
    expect(refund(1, policy, 3999)).toMatchObject({ amount: 1999 })
    expect(refund(48, policy, 4000, 3000)).toMatchObject({ amount: 1000 })
  })
  it('computes the tax a gross price includes', () => {
    expect(includedTax(1900, 19)).toBe(303)
    expect(includedTax(4000, 0)).toBe(0)
  })
})
