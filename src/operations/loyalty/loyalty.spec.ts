import { describe, expect, it } from 'vitest'

import { pointsEarned } from './earnRule.ts'
import { rewardVerdict } from './rewardRules.ts'

describe('pointsEarned', () => {
  const booking = { price: 35.5, seats: 2 }
  it('earns nothing with loyalty off', () => {
    expect(pointsEarned(null, booking, {})).toBe(0)
  })
  it('a number per booking, whatever the price', () => {
    expect(pointsEarned(10, booking, {})).toBe(10)
    expect(pointsEarned(10, { price: 0 }, {})).toBe(10)
  })
  it('per currency unit of the price snapshot times the seats, rounded down', () => {
    expect(pointsEarned({ perCurrencyUnit: 1 }, booking, {})).toBe(71)
    expect(pointsEarned({ perCurrencyUnit: 0.1 }, { price: 35 }, {})).toBe(3)
    expect(pointsEarned({ perCurrencyUnit: 2 }, { price: null }, {})).toBe(0)
  })
  it('a function of the booking and service; whole points, never negative', () => {
    expect(pointsEarned(({ service }) => Number(service.durationMinutes) / 10, booking, { durationMinutes: 45 })).toBe(4)
    expect(pointsEarned(() => -5, booking, {})).toBe(0)
    expect(pointsEarned(() => Number.NaN, booking, {})).toBe(0)
  })
})

describe('rewardVerdict', () => {
  const reward = { active: true, conditions: { requiresPaidBookingSameDay: false, weekdays: ['mon', 'tue', 'wed', 'thu', 'fri'] }, id: 1, points: 100, service: 7 }
  // Saturday 00:30 in Berlin is still Friday in UTC: the weekday is the business's.
  const saturdayBerlin = Date.parse('2026-03-27T23:30:00Z')
  const base = { balance: 100, paidBookingSameDay: false, reward, start: Date.parse('2026-03-27T10:00:00Z'), timezone: 'Europe/Berlin' }
  it('takes a reward that is active, on an allowed day, covered by the balance', () => {
    expect(rewardVerdict(base)).toEqual({ ok: true })
  })
  it('names the first reason it cannot be taken', () => {
    expect(rewardVerdict({ ...base, reward: { ...reward, active: false } })).toEqual({ ok: false, reason: 'inactive' })
    expect(rewardVerdict({ ...base, staffServices: [8] })).toEqual({ ok: false, reason: 'service' })
    expect(rewardVerdict({ ...base, start: saturdayBerlin })).toEqual({ ok: false, reason: 'weekday' })
    expect(rewardVerdict({ ...base, start: saturdayBerlin, timezone: 'UTC' })).toEqual({ ok: true })
    expect(rewardVerdict({ ...base, balance: 99 })).toEqual({ ok: false, reason: 'points' })
    const paid = { ...reward, conditions: { requiresPaidBookingSameDay: true, weekdays: [] } }
    expect(rewardVerdict({ ...base, reward: paid })).toEqual({ ok: false, reason: 'paid-booking' })
    expect(rewardVerdict({ ...base, paidBookingSameDay: true, reward: paid, start: saturdayBerlin })).toEqual({ ok: true })
  })
})
