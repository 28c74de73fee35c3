import type { Payload, PayloadRequest } from 'payload'

import { commitTransaction, createLocalReq, initTransaction, killTransaction } from 'payload'

import type { SanitizedBookingOptions } from '../../types.ts'
import type { Doc } from './records.ts'

import { lockStaffCapacity } from '../../database/capacityLock.ts'
import { HOLD_EXPIRED_REASON } from '../../jobs/releaseExpiredHolds.ts'
import { queueMessage } from '../../notifications/queueMessage.ts'
import { relationId } from '../../utilities/relationId.ts'
import { eventIdsWith, findDoc, isSlotConflict, providerFor, updateDoc } from './records.ts'

export interface SettleInput {
  /** The provider's event id (webhooks), kept so a replay changes nothing. */
  eventId?: string
  outcome: 'failed' | 'succeeded'
  paymentId: number | string
}

export type SettleResult =
  | { bookingId: number | string; result: 'confirmed' }
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

/** Runs `work` in a transaction of its own, under the capacity lock of `staffId`. */
const locked = async <T>(req: PayloadRequest, staffId: null | number | string, work: () => Promise<T>): Promise<T> => {
  await initTransaction(req)
  try {
    if (staffId !== null) {
      await lockStaffCapacity(req, staffId)
    }
    const result = await work()
    await commitTransaction(req)
    return result
  } catch (error) {
    await killTransaction(req)
    throw error
  }
}

/**
 * Settles a payment the provider reported (webhook job, the "return from checkout" check, or staff
 * marking a manual payment as received). Idempotent: only a `pending` payment changes, decided
 * under the staff member's capacity lock, so duplicate deliveries running at once settle it once.
 *
 * Succeeded: the booking is confirmed through the normal bookings write path (the capacity hook is
 * the authority) and the receipt is queued, all in one transaction. If the hook refuses (the hold
 * expired and the time was taken meanwhile) or the booking is no longer a hold, the payment is
 * refunded in full through the provider and the customer is told; nobody is double-booked.
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
  if (first.status !== 'pending') {
    return { result: 'already-settled', status: String(first.status) }
  }
  const staffId = relationId((await findDoc(req, bookings, relationId(first.booking)))?.staff)

  try {
    return await locked(req, staffId, async (): Promise<SettleResult> => {
      const payment = (await findDoc(req, payments, input.paymentId))!
      if (payment.status !== 'pending') {
        return { result: 'already-settled', status: String(payment.status) }
      }
      const eventIds = eventIdsWith(payment, input.eventId)
      if (input.outcome === 'failed') {
        await updateDoc(req, payments, payment.id, { eventIds, status: 'failed' })
        return { result: 'failed' }
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
    const reason = error instanceof Unconfirmable ? error.reason : isSlotConflict(error) ? 'slot-taken' : null
    if (!reason) {
      throw error // a stale read or an outage: the job retries
    }
    return refundUnconfirmable(payload, options, input, reason, staffId)
  }
}

const LATE_REASON = 'Paid after the hold expired and the time was taken: refunded in full'

const refundUnconfirmable = async (
  payload: Payload,
  options: SanitizedBookingOptions,
  input: SettleInput,
  reason: string,
  staffId: null | number | string,
): Promise<SettleResult> => {
  const req = await createLocalReq({}, payload)
  const { bookings, payments } = options.slugs
  const payment = (await findDoc(req, payments, input.paymentId))!
  if (payment.status !== 'pending') {
    return { result: 'already-settled', status: String(payment.status) }
  }
  // Outside any transaction (a call to the provider); the idempotency key makes a retry safe.
  const refund = await providerFor(options, payment).refund({
    amount: Number(payment.amount),
    currency: String(payment.currency),
    idempotencyKey: `payload-booking-refund-${String(payment.id)}-unconfirmable`,
    providerPaymentId: payment.providerPaymentId ?? null,
    reason,
    req,
  })
  return locked(req, staffId, async (): Promise<SettleResult> => {
    const current = (await findDoc(req, payments, payment.id))!
    if (current.status !== 'pending') {
      return { result: 'already-settled', status: String(current.status) }
    }
    const now = options.clock().toISOString()
    await updateDoc(req, payments, payment.id, {
      eventIds: eventIdsWith(current, input.eventId),
      paidAt: now,
      refundedAmount: Number(payment.amount),
      refunds: [
        ...((current.refunds as unknown[]) ?? []),
        { amount: Number(payment.amount), at: now, providerRefundId: refund.providerRefundId, reason, status: refund.status },
      ],
      status: 'refunded',
    })
    const booking = await findDoc(req, bookings, relationId(payment.booking))
    if (booking && (booking.status === 'held' || booking.status === 'cancelled')) {
      await updateDoc(req, bookings, booking.id, {
        paymentStatus: 'refunded',
        ...(booking.status === 'held' ? { cancellation: { reason: LATE_REASON }, status: 'cancelled' } : {}),
      })
    }
    if (options.notifications.enabled && booking?.customer?.email) {
      await queueMessage(req, options, {
        amount: Number(payment.amount),
        bookingId: booking.id,
        // "Too late, the time was taken" only when it was; otherwise (a second payment, a booking
        // the customer cancelled meanwhile) a plain refund notice.
        kind: reason === 'slot-taken' ? 'paymentLate' : 'paymentRefunded',
        paymentId: payment.id,
        recipient: 'customer',
      })
    }
    return { reason, result: 'refunded' }
  })
}
