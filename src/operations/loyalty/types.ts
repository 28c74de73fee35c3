/** What the loyalty endpoints answer; shared by the endpoints and the admin calendar (types only). */

type Id = number | string

/** Why a reward cannot be taken now. */
export type RewardUnavailable = 'inactive' | 'paid-booking' | 'points' | 'service' | 'weekday'

export interface RewardOption {
  available: boolean
  id: Id
  /** Points still missing, when `reason` is `points`. */
  missing?: number
  name: string
  points: number
  reason?: RewardUnavailable
  service: Id
}

export interface CustomerLoyalty {
  balance: number
  customer: Id
  /** The active rewards, cheapest first: those the customer can take at `start` marked `available`. */
  rewards: RewardOption[]
}

export interface BookingLoyalty {
  balance: null | number
  /** Points this booking earned (net). */
  earned: number
  /** Points spent on this booking's reward and not returned. */
  redeemed: number
  /** Points given back when the reward booking was cancelled. */
  returned: number
  reward: null | { id: Id; name: string; points: number }
}

