import type { Payload } from 'payload'

import { createLocalReq } from 'payload'

import type { SanitizedBookingOptions } from '../../types.ts'
import type { Doc } from './records.ts'

import { HOLD_EXPIRED_REASON } from '../../jobs/releaseExpiredHolds.ts'
import { queueMessage } from '../../notifications/queueMessage.ts'
import { relationId } from '../../utilities/relationId.ts'
import { awaitsSettlement, eventIdsWith, findDoc, inStaffLock, isSlotConflict, updateDoc } from './records.ts'
import { refundMismatch, refundUnconfirmable } from './refundReceived.ts'

export interface SettleInput {
  /** What the provider says it received, in the smallest unit (checked against the record). */
  amount?: number
  /** The currency of `amount` (any case). */
  currency?: string
  /** The provider's event id (webhooks), kept so a replay changes nothing. */
  eventId?: string
  outcome: 'failed' | 'succeeded'
  paymentId: number | string
}

export type SettleResult =
  | { bookingId: number | string; result: 'confirmed' }
  | { reason: string; result: 'mismatch' }
  | { reason: string; result: 'refunded' }
  | { result: 'already-settled'; status: string }
  | { result: 'failed' }
  | { result: 'unknown-payment' }

/** Why a paid booking cannot be confirmed (it is then refunded in full). */
class Unconfirmable extends Error {
  constructor(readonly reason: 'booking-gone' | 'not-held') {
    super(reason)
  }
}

/** The provider received another amount or currency than the record asks for. */
class AmountMismatch extends Error {}

/**
 * Whether the payment may (try to) confirm the booking: a hold, expired or not (the capacity hook
 * decides whether its time is still free), or a hold the cleanup job released for expiring. A
 * booking the customer cancelled, or one another payment already confirmed, is never revived.
 */
const assertConfirmable = (booking: Doc | null) => {
  if (!booking) {
    throw new Unconfirmable('booking-gone')
  }
  const released = booking.status === 'cancelled' && booking.cancellation?.reason === HOLD_EXPIRED_REASON && booking.paymentStatus === 'pending'
  if (booking.status !== 'held' && !released) {
    throw new Unconfirmable('not-held')
  }
}

/** Whether what the provider received is what the record charges (unknown amounts pass: manual). */
export const receivedAsCharged = (payment: Doc, input: Pick<SettleInput, 'amount' | 'currency'>): boolean =>
  input.amount === undefined ||
  (input.amount === Number(payment.amount) &&
    (input.currency === undefined || input.currency.toUpperCase() === String(payment.currency).toUpperCase()))

/**
 * Settles a payment the provider reported (webhook job, the "return from checkout" check, the
 * reconcile job, or staff marking a manual payment as received). Idempotent: only a `pending`
 * payment changes (or a declined one that succeeded after all: `awaitsSettlement`), decided under
 * the staff member's capacity lock, so duplicate deliveries running at once settle it once.
 *
 * Succeeded: if the provider received exactly the amount and currency of the record, the booking
 * is confirmed through the normal bookings write path (the capacity hook is the authority) and the
 * receipt is queued, all in one transaction. If the hook refuses (the hold expired and the time was
 * taken meanwhile) or the booking is no longer a hold, the payment is refunded in full through the
 * provider and the customer is told; nobody is double-booked. Another amount or currency is never
 * taken as paid: the payment is marked failed with the mismatch, what arrived is refunded, and the
 * hold stays a hold.
 */
export const settlePayment = async (
  payload: Payload,
  options: SanitizedBookingOptions,
  input: SettleInput,
): Promise<SettleResult> => {
  const req = await createLocalReq({}, payload)
  const { bookings, payments } = options.slugs
  const first = await findDoc(req, payments, input.paymentId)
  if (!first) {
    return { result: 'unknown-payment' }
  }
  if (!awaitsSettlement(first, input.outcome)) {
    return { result: 'already-settled', status: String(first.status) }
  }
  const staffId = relationId((await findDoc(req, bookings, relationId(first.booking)))?.staff)

  try {
    return await inStaffLock(req, staffId, async (): Promise<SettleResult> => {
      const payment = (await findDoc(req, payments, input.paymentId))!
      if (!awaitsSettlement(payment, input.outcome)) {
        return { result: 'already-settled', status: String(payment.status) }
      }
      const eventIds = eventIdsWith(payment, input.eventId)
      if (input.outcome === 'failed') {
        await updateDoc(req, payments, payment.id, { eventIds, status: 'failed' })
        return { result: 'failed' }
      }
      if (!receivedAsCharged(payment, input)) {
        throw new AmountMismatch()
      }
      const booking = await findDoc(req, bookings, relationId(payment.booking))
      assertConfirmable(booking)
      await updateDoc(req, bookings, booking!.id, {
        holdExpiresAt: null,
        paymentStatus: payment.kind === 'deposit' ? 'deposit' : 'paid',
        status: 'confirmed',
        ...(booking!.status === 'cancelled' ? { cancellation: { cancelledAt: null, reason: null } } : {}),
      })
      await updateDoc(req, payments, payment.id, { eventIds, paidAt: options.clock().toISOString(), status: 'paid' })
      if (options.notifications.enabled && booking!.customer?.email) {
        await queueMessage(req, options, { bookingId: booking!.id, kind: 'paymentReceipt', paymentId: payment.id, recipient: 'customer' })
      }
      return { bookingId: booking!.id, result: 'confirmed' }
    })
  } catch (error) {
    if (error instanceof AmountMismatch) {
      return refundMismatch(payload, options, input, staffId)
    }
    const reason = error instanceof Unconfirmable ? error.reason : isSlotConflict(error) ? 'slot-taken' : null
    if (!reason) {
      throw error // a stale read or an outage: the job retries
    }
    return refundUnconfirmable(payload, options, input, reason, staffId)
  }
}
