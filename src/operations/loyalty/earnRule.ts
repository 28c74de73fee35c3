import type { LoyaltyEarnRule } from '../../types.ts'

/**
 * The points a completed booking earns under the rule: a number per booking, `perCurrencyUnit` of
 * its price snapshot (times its seats), or the host's function. Whole points, never negative;
 * `null` (loyalty off) earns nothing.
 */
export const pointsEarned = (
  rule: LoyaltyEarnRule | null,
  booking: Record<string, unknown>,
  service: Record<string, unknown>,
): number => {
  let points: number
  if (rule === null || rule === undefined) {
    return 0
  } else if (typeof rule === 'number') {
    points = rule
  } else if (typeof rule === 'function') {
    points = Number(rule({ booking, service }))
  } else {
    const price = Number(booking.price ?? 0) * Math.max(1, Number(booking.seats ?? 1))
    points = price * Number(rule.perCurrencyUnit)
  }
  return Number.isFinite(points) && points > 0 ? Math.floor(points + 1e-9) : 0
}
