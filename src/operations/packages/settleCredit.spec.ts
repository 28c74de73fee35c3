import { describe, expect, it } from 'vitest'

import { takesCredit } from './credits.ts'
import { settleCredit } from './settleCredit.ts'

const now = Date.parse('2026-03-23T06:00:00Z')
const policy = { noShowForfeits: true, returnCreditUntilMinutes: 1440 }
const startIn = (minutes: number) => new Date(now + minutes * 60_000).toISOString()

describe('settleCredit', () => {
  it('returns a credit cancelled at least returnCreditUntilMinutes ahead, forfeits a later one', () => {
    const before = { status: 'confirmed' }
    expect(settleCredit({ after: { start: startIn(1440), status: 'cancelled' }, before, now, policy })).toBe('returned')
    expect(settleCredit({ after: { start: startIn(1439), status: 'cancelled' }, before, now, policy })).toBe('forfeited')
    expect(settleCredit({ after: { start: startIn(-60), status: 'cancelled' }, before, now, policy })).toBe('forfeited')
  })

  it('a no-show forfeits unless the policy says otherwise; a hold always gives it back', () => {
    const after = { start: startIn(-30), status: 'no-show' }
    expect(settleCredit({ after, before: { status: 'confirmed' }, now, policy })).toBe('forfeited')
    expect(settleCredit({ after, before: { status: 'confirmed' }, now, policy: { ...policy, noShowForfeits: false } })).toBe('returned')
    expect(settleCredit({ after: { start: startIn(10), status: 'cancelled' }, before: { status: 'held' }, now, policy })).toBe('returned')
  })
})

describe('takesCredit', () => {
  const on = { customerPackage: 7 }
  it('counts used credits of standing bookings, unexpired holds and forfeited ones', () => {
    expect(takesCredit({ ...on, packageCredit: 'used', status: 'confirmed' }, now)).toBe(true)
    expect(takesCredit({ ...on, packageCredit: 'used', status: 'completed' }, now)).toBe(true)
    expect(takesCredit({ ...on, holdExpiresAt: startIn(1), packageCredit: 'used', status: 'held' }, now)).toBe(true)
    expect(takesCredit({ ...on, holdExpiresAt: startIn(0), packageCredit: 'used', status: 'held' }, now)).toBe(false)
    expect(takesCredit({ ...on, packageCredit: 'forfeited', status: 'cancelled' }, now)).toBe(true)
    expect(takesCredit({ ...on, packageCredit: 'returned', status: 'cancelled' }, now)).toBe(false)
    expect(takesCredit({ packageCredit: 'used', status: 'confirmed' }, now)).toBe(false)
  })
})
