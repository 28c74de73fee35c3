import type { Weekday } from '../../scheduling/types.ts'
import type { RewardUnavailable } from './types.ts'

import { localDateOf, weekdayOf } from '../../scheduling/time.ts'
import { relationId } from '../../utilities/relationId.ts'

export interface RewardDoc {
  active?: boolean | null
  conditions?: { requiresPaidBookingSameDay?: boolean | null; weekdays?: null | string[] } | null
  id: number | string
  name?: unknown
  points?: unknown
  service?: unknown
}

export const rewardCost = (reward: RewardDoc): number => Math.max(0, Math.floor(Number(reward.points) || 0))

/**
 * Whether a reward can be taken by a customer for an appointment at `start` (read in the business's
 * zone): active, the weekday allowed, another paid booking the same day when required, the staff
 * member performs its service, and the balance covers its cost. Pure: the caller loads the facts.
 */
export const rewardVerdict = (args: {
  balance: number
  /** Whether the customer has another non-cancelled booking with a price above 0 that local day. */
  paidBookingSameDay: boolean
  reward: RewardDoc
  staffServices?: (number | string)[] | null
  start: number
  timezone: string
}): { ok: true } | { ok: false; reason: RewardUnavailable } => {
  const { balance, reward, staffServices, start, timezone } = args
  if (reward.active === false) {
    return { ok: false, reason: 'inactive' }
  }
  const service = String(relationId(reward.service))
  if (staffServices && !staffServices.map(String).includes(service)) {
    return { ok: false, reason: 'service' }
  }
  const weekdays = (reward.conditions?.weekdays ?? []) as Weekday[]
  if (weekdays.length > 0 && !weekdays.includes(weekdayOf(localDateOf(start, timezone)))) {
    return { ok: false, reason: 'weekday' }
  }
  if (reward.conditions?.requiresPaidBookingSameDay && !args.paidBookingSameDay) {
    return { ok: false, reason: 'paid-booking' }
  }
  if (balance < rewardCost(reward)) {
    return { ok: false, reason: 'points' }
  }
  return { ok: true }
}
