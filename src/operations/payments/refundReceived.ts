import type { Payload } from 'payload'

import { createLocalReq } from 'payload'

import type { SanitizedBookingOptions } from '../../types.ts'
import type { SettleInput, SettleResult } from './settlePayment.ts'

import { queueMessage } from '../../notifications/queueMessage.ts'
import { relationId } from '../../utilities/relationId.ts'
import { awaitsSettlement, eventIdsWith, findDoc, inStaffLock, providerFor, refundsOf, updateDoc } from './records.ts'

const LATE_REASON = 'Paid after the hold expired and the time was taken: refunded in full'

/**
 * A payment that arrived but cannot confirm its booking (the time was taken after the hold
 * expired, or the booking is no longer a hold): refunded in full through the provider, the hold
 * cancelled, the customer told.
 */
export const refundUnconfirmable = async (
  payload: Payload,
  options: SanitizedBookingOptions,
  input: SettleInput,
  reason: string,
  staffId: null | number | string,
): Promise<SettleResult> => {
  const req = await createLocalReq({}, payload)
  const { bookings, payments } = options.slugs
  const payment = (await findDoc(req, payments, input.paymentId))!
  if (!awaitsSettlement(payment, 'succeeded')) {
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
  return inStaffLock(req, staffId, async (): Promise<SettleResult> => {
    const current = (await findDoc(req, payments, payment.id))!
    if (!awaitsSettlement(current, 'succeeded')) {
      return { result: 'already-settled', status: String(current.status) }
    }
    const now = options.clock().toISOString()
    await updateDoc(req, payments, payment.id, {
      eventIds: eventIdsWith(current, input.eventId),
      paidAt: now,
      refundedAmount: Number(payment.amount),
      refunds: [
        ...refundsOf(current),
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

/**
 * The provider received another amount or currency than the record charges (a tampered or
 * misconfigured checkout): never taken as paid. What arrived is refunded through the provider, the
 * payment is marked failed with the mismatch spelled out in `problem`, the booking stays a hold
 * (it is not confirmed), and the site's log says so.
 */
export const refundMismatch = async (
  payload: Payload,
  options: SanitizedBookingOptions,
  input: SettleInput,
  staffId: null | number | string,
): Promise<SettleResult> => {
  const req = await createLocalReq({}, payload)
  const { payments } = options.slugs
  const payment = (await findDoc(req, payments, input.paymentId))!
  if (!awaitsSettlement(payment, 'succeeded')) {
    return { result: 'already-settled', status: String(payment.status) }
  }
  const received = Number(input.amount ?? 0)
  const receivedCurrency = String(input.currency ?? payment.currency).toUpperCase()
  const reason = `Amount mismatch: expected ${String(payment.amount)} ${String(payment.currency)}, received ${received} ${receivedCurrency}; refunded`
  payload.logger.error({
    msg: `payload-booking: payment ${String(payment.id)} (${String(payment.provider)} ${String(payment.providerPaymentId)}) was not accepted: ${reason}`,
  })
  const refund =
    received > 0
      ? await providerFor(options, payment).refund({
          amount: received,
          currency: receivedCurrency,
          idempotencyKey: `payload-booking-refund-${String(payment.id)}-mismatch`,
          providerPaymentId: payment.providerPaymentId ?? null,
          reason,
          req,
        })
      : null
  return inStaffLock(req, staffId, async (): Promise<SettleResult> => {
    const current = (await findDoc(req, payments, payment.id))!
    if (!awaitsSettlement(current, 'succeeded')) {
      return { result: 'already-settled', status: String(current.status) }
    }
    const now = options.clock().toISOString()
    const sameCurrency = receivedCurrency === String(payment.currency).toUpperCase()
    await updateDoc(req, payments, payment.id, {
      eventIds: eventIdsWith(current, input.eventId),
      problem: reason,
      ...(refund
        ? {
            refundedAmount: sameCurrency ? received : 0,
            refunds: [...refundsOf(current), { amount: received, at: now, providerRefundId: refund.providerRefundId, reason, status: refund.status }],
          }
        : {}),
      status: 'failed',
    })
    return { reason, result: 'mismatch' }
  })
}
