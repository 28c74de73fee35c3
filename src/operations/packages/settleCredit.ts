import type { SanitizedBookingOptions } from '../../types.ts'
import type { PackageCredit } from './credits.ts'

import { toInstant } from '../../utilities/relationId.ts'

const MINUTE = 60_000

/**
 * What becomes of a used credit when its booking stops (cancelled, or marked no-show):
 *
 * - a hold that never became a booking (cancelled, or expired and cleaned up): returned;
 * - a no-show: forfeited when `packages.noShowForfeits` (the default), else returned;
 * - a cancellation at least `packages.returnCreditUntilMinutes` before the start: returned;
 *   a later one: forfeited.
 */
export const settleCredit = (args: {
  after: Record<string, unknown>
  before: Record<string, unknown> | undefined
  now: number
  policy: SanitizedBookingOptions['packages']
}): PackageCredit => {
  const { after, before, now, policy } = args
  if (before?.status === 'held') {
    return 'returned'
  }
  if (after.status === 'no-show') {
    return policy.noShowForfeits ? 'forfeited' : 'returned'
  }
  const noticeMinutes = (toInstant(after.start) - now) / MINUTE
  return noticeMinutes >= policy.returnCreditUntilMinutes ? 'returned' : 'forfeited'
}
