import type { PayloadRequest } from 'payload'

import type { SanitizedBookingOptions } from '../../types.ts'
import type { Doc } from './records.ts'

import { relationId } from '../../utilities/relationId.ts'
import { BookingError, badRequest, conflict } from '../bookingError.ts'
import { asBody, parseNotes } from '../parseInput.ts'
import { findDoc, inStaffLock, refundsOf, updateDoc } from './records.ts'

const HAND_REFUND_REASON = 'Refunded by hand'

/**
 * Staff paid money back by hand for a manual payment (cash, transfer) and record it:
 *
 * - `{ amount, reason? }`: a new refund of `amount` (smallest unit, at most what is not refunded
 *   yet), recorded as done (`succeeded`), with who recorded it;
 * - `{}` while refunds the policy recorded wait to be paid back (`pending`): those are now done.
 *
 * The payment's `refundedAmount` and status (`partially-refunded` / `refunded`) follow, and so does
 * the booking's `paymentStatus`. The booking itself is not cancelled (a goodwill refund keeps it).
 */
export const markRefunded = async (req: PayloadRequest, options: SanitizedBookingOptions, paymentId: unknown, input: unknown) => {
  const body = asBody(input)
  const reason = parseNotes(body.reason, 'reason')
  const wanted = body.amount
  if (wanted !== undefined && wanted !== null && !(typeof wanted === 'number' && Number.isInteger(wanted) && wanted > 0)) {
    throw badRequest('amount', 'amount must be a whole number above 0, in the smallest unit (cents)')
  }
  const first = await findDoc(req, options.slugs.payments, typeof paymentId === 'string' || typeof paymentId === 'number' ? paymentId : null)
  if (!first) {
    throw new BookingError(404, 'No such payment', 'id')
  }
  if (first.provider !== 'manual') {
    throw conflict('Only manual payments are refunded by hand: the provider refunds the others', { reason: 'not-manual' }, 'id')
  }
  const booking = await findDoc(req, options.slugs.bookings, relationId(first.booking))
  const by = String((req.user as { email?: string } | null)?.email ?? req.user?.id ?? '')

  // Under the staff lock, like every change of a payment: two clicks at once record one refund each, never more than was paid.
  return inStaffLock(req, relationId(booking?.staff), async () => {
    const payment = (await findDoc(req, options.slugs.payments, first.id))!
    const now = options.clock().toISOString()
    const refunds = refundsOf(payment)
    const paid = Number(payment.amount)
    const refunded = Number(payment.refundedAmount ?? 0)
    let next: { refundedAmount: number; refunds: Record<string, unknown>[] }
    if (typeof wanted === 'number') {
      if (payment.status !== 'paid' && payment.status !== 'partially-refunded') {
        throw conflict(`A ${String(payment.status)} payment has nothing to refund`, { reason: 'not-refundable', status: payment.status }, 'id')
      }
      if (wanted > paid - refunded) {
        throw badRequest('amount', `amount must be at most ${paid - refunded} (paid ${paid}, refunded ${refunded})`)
      }
      next = {
        refundedAmount: refunded + wanted,
        refunds: [...refunds, { amount: wanted, at: now, reason: reason ?? HAND_REFUND_REASON, recordedBy: by, status: 'succeeded' }],
      }
    } else {
      if (!refunds.some((r) => r.status === 'pending')) {
        throw badRequest('amount', 'amount is required: no recorded refund waits to be paid back')
      }
      next = {
        refundedAmount: refunded,
        refunds: refunds.map((r) => (r.status === 'pending' ? { ...r, at: now, recordedBy: by, status: 'succeeded' } : r)),
      }
    }
    const status = next.refundedAmount >= paid ? 'refunded' : next.refundedAmount > 0 ? 'partially-refunded' : payment.status
    const updated = await updateDoc(req, options.slugs.payments, payment.id, { ...next, status })
    if (booking && (status === 'refunded' || status === 'partially-refunded')) {
      await updateDoc(req, options.slugs.bookings, booking.id, { paymentStatus: status })
    }
    return updated as Doc
  })
}
