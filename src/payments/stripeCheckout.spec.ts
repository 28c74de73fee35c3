import { describe, expect, it } from 'vitest'

import { checkoutExpiresAt, checkoutReturnUrl } from './stripeCheckout.ts'

const now = Date.parse('2026-03-23T06:00:00Z')
const seconds = (iso: string) => Date.parse(iso) / 1000

describe('checkoutExpiresAt', () => {
  it('never asks Stripe for less than 30 minutes (plus a minute of clock headroom), even for a 15-minute hold', () => {
    expect(checkoutExpiresAt('2026-03-23T06:15:00Z', now)).toBe(seconds('2026-03-23T06:31:00Z'))
  })
  it('follows a longer hold, up to Stripe\'s 24 hours', () => {
    expect(checkoutExpiresAt('2026-03-23T08:00:00Z', now)).toBe(seconds('2026-03-23T08:00:00Z'))
    expect(checkoutExpiresAt('2026-03-25T08:00:00Z', now)).toBe(seconds('2026-03-24T05:59:00Z'))
  })
  it('takes the earliest allowed for a hold without a valid expiry, and rounds up to whole seconds', () => {
    expect(checkoutExpiresAt('', now)).toBe(seconds('2026-03-23T06:31:00Z'))
    expect(checkoutExpiresAt('2026-03-23T07:00:00.400Z', now)).toBe(seconds('2026-03-23T07:00:01Z'))
  })
})

describe('checkoutReturnUrl', () => {
  it('adds the outcome and the payment to the query, keeping what was there and the hash', () => {
    expect(checkoutReturnUrl('https://studio.example/book?service=3#widget', 'paid', '12')).toBe(
      'https://studio.example/book?service=3&pbw_checkout=paid&pbw_payment=12#widget',
    )
  })
  it('replaces an outcome a previous return left in the URL', () => {
    expect(checkoutReturnUrl('http://localhost:3000/book?pbw_checkout=cancelled&pbw_payment=4', 'paid', '5')).toBe(
      'http://localhost:3000/book?pbw_checkout=paid&pbw_payment=5',
    )
  })
})
