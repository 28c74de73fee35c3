import type { PayloadRequest } from 'payload'

import type { SanitizedBookingOptions } from '../../types.ts'

import { toInstant } from '../../utilities/relationId.ts'

/** Set on `context` by the request actions (and the expiry job): the only writers of `status`. */
export const REQUEST_TRANSITION_CONTEXT_KEY = 'bookingRequestTransition'

export type RequestAction = 'booked' | 'contacted' | 'created' | 'declined' | 'expired' | 'marked-contacted'

export interface HistoryEntry {
  action: RequestAction
  at: string
  by: null | number | string
  note?: null | string
}

const OPEN = ['new', 'contacted']
const DAY = 86_400_000

/**
 * Whether an open request has run out: its preferred time has passed, or, naming no time, it has
 * waited `requestExpiryDays`. Such a request counts as expired at once, before any job stores it.
 */
export const isExpired = (doc: Record<string, unknown>, now: number, options: SanitizedBookingOptions): boolean => {
  if (!OPEN.includes(String(doc.status))) {
    return false
  }
  const preferred = toInstant(doc.preferredStart)
  if (!Number.isNaN(preferred)) {
    return preferred <= now
  }
  const created = toInstant(doc.createdAt)
  return !Number.isNaN(created) && created + options.requestExpiryDays * DAY <= now
}

/** The status a reader sees: the stored one, or `expired` when the request has run out. */
export const effectiveStatus = (doc: Record<string, unknown>, now: number, options: SanitizedBookingOptions): string =>
  isExpired(doc, now, options) ? 'expired' : String(doc.status)

export const historyEntry = (
  req: PayloadRequest,
  options: SanitizedBookingOptions,
  action: RequestAction,
  note?: null | string,
): HistoryEntry => ({
  action,
  at: options.clock().toISOString(),
  by: req.user && req.user.collection === options.userCollection ? req.user.id : null,
  note: note ?? null,
})
