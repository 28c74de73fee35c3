import type { Payload, PayloadRequest } from 'payload'

import { commitTransaction, createLocalReq, initTransaction, killTransaction } from 'payload'

import type { RefundDecision } from '../../payments/money.ts'
import type { RefundRule } from '../../payments/types.ts'
import type { SanitizedBookingOptions } from '../../types.ts'
import type { Doc } from './records.ts'

import { lockStaffCapacity } from '../../database/capacityLock.ts'
import { queueMessage } from '../../notifications/queueMessage.ts'
import { refundFor } from '../../payments/money.ts'
import { relationId, toInstant } from '../../utilities/relationId.ts'
import { findDoc, providerFor, updateDoc } from './records.ts'

const REFUNDABLE = ['paid', 'partially-refunded']
const CANCEL_REASON = 'Cancelled: refund by the service policy'

/** The paid payments of a booking, oldest first. */
export const paidPayments = async (req: PayloadRequest, options: SanitizedBookingOptions, bookingId: number | string) =>
  (
    await req.payload.find({
      collection: options.slugs.payments,
      depth: 0,
      limit: 0,
      overrideAccess: true,
      pagination: false,
      req,
      showHiddenFields: true,
      sort: 'createdAt',
      where: { and: [{ booking: { equals: bookingId } }, { status: { in: REFUNDABLE } }] },
    })
  ).docs as unknown as Doc[]

/** What the policy gives back for a cancelled booking, per payment (pure, on loaded records). */
export const policyRefunds = (booking: Doc, service: Doc | null, payments: Doc[]): { decision: RefundDecision; payment: Doc }[] => {
  const cancelledAt = toInstant(booking.cancellation?.cancelledAt)
  return payments.map((payment) => ({
    decision: refundFor({
      cancelledAt: Number.isNaN(cancelledAt) ? Number.POSITIVE_INFINITY : cancelledAt,
      noShow: booking.status === 'no-show',
      paid: Number(payment.amount),
      refunded: Number(payment.refundedAmount ?? 0),
      rules: (service?.refundRules as RefundRule[] | undefined) ?? [],
      start: toInstant(booking.start),
    }),
    payment,
  }))
}

/** The refund a cancellation will bring, for the cancel endpoint's answer. */
export const previewRefund = async (req: PayloadRequest, options: SanitizedBookingOptions, booking: Doc) => {
  const payments = await paidPayments(req, options, booking.id)
  if (payments.length === 0) {
    return null
  }
  const service = await findDoc(req, options.slugs.services, relationId(booking.service))
  const refunds = policyRefunds(booking, service, payments)
  return {
    amount: refunds.reduce((sum, r) => sum + r.decision.amount, 0),
    currency: String(payments[0]!.currency),
    percent: refunds[0]!.decision.percent,
  }
}

/**
 * Refunds a cancelled booking's payments by its service's policy (queued by the bookings hook
 * when a paid booking is cancelled, by the customer's link or by staff). Each refund goes
 * through the provider with a key per payment, so a retried job never pays back twice, and is
 * recorded on the payment; the booking shows refunded / partly refunded and the customer is told.
 */
export const refundByPolicy = async (
  payload: Payload,
  options: SanitizedBookingOptions,
  input: { bookingId: number | string },
): Promise<{ refunded: number }> => {
  const req = await createLocalReq({}, payload)
  const booking = await findDoc(req, options.slugs.bookings, input.bookingId)
  if (!booking || booking.status !== 'cancelled') {
    return { refunded: 0 }
  }
  const service = await findDoc(req, options.slugs.services, relationId(booking.service))
  const payments = await paidPayments(req, options, booking.id)
  let total = 0
  for (const { decision, payment } of policyRefunds(booking, service, payments)) {
    const already = ((payment.refunds as { reason?: string }[]) ?? []).some((r) => r.reason === CANCEL_REASON)
    if (decision.amount <= 0 || already) {
      continue
    }
    const refund = await providerFor(options, payment).refund({
      amount: decision.amount,
      currency: String(payment.currency),
      idempotencyKey: `payload-booking-refund-${String(payment.id)}-cancel`,
      providerPaymentId: payment.providerPaymentId ?? null,
      reason: CANCEL_REASON,
      req,
    })
    await initTransaction(req)
    try {
      // Two runs of this job at once: the second one finds the first one's record and stops.
      await lockStaffCapacity(req, relationId(booking.staff)!)
      const current = (await findDoc(req, options.slugs.payments, payment.id))!
      if (((current.refunds as { reason?: string }[]) ?? []).some((r) => r.reason === CANCEL_REASON)) {
        await commitTransaction(req)
        continue
      }
      const refundedAmount = Number(current.refundedAmount ?? 0) + decision.amount
      await updateDoc(req, options.slugs.payments, payment.id, {
        refundedAmount,
        refunds: [
          ...((current.refunds as unknown[]) ?? []),
          {
            amount: decision.amount,
            at: options.clock().toISOString(),
            providerRefundId: refund.providerRefundId,
            reason: CANCEL_REASON,
            status: refund.status,
          },
        ],
        status: refundedAmount >= Number(payment.amount) ? 'refunded' : 'partially-refunded',
      })
      await updateDoc(req, options.slugs.bookings, booking.id, {
        paymentStatus: refundedAmount >= Number(payment.amount) ? 'refunded' : 'partially-refunded',
      })
      if (options.notifications.enabled && booking.customer?.email) {
        await queueMessage(req, options, {
          amount: decision.amount,
          bookingId: booking.id,
          kind: 'paymentRefunded',
          paymentId: payment.id,
          recipient: 'customer',
        })
      }
      await commitTransaction(req)
    } catch (error) {
      await killTransaction(req)
      throw error
    }
    total += decision.amount
  }
  return { refunded: total }
}
