import type { PayloadRequest } from 'payload'

import type { SanitizedBookingOptions } from '../../types.ts'

import { BookingError } from '../bookingError.ts'
import { asBody } from '../parseInput.ts'
import { awaitsSettlement, findDoc } from './records.ts'
import { settlePayment } from './settlePayment.ts'
import { findHold, latestPayment, toPublicPayment } from './startPayment.ts'

/**
 * The "return from checkout" check the widget polls after the visitor paid: where the hold and its
 * latest payment stand. A payment still pending here is asked of the provider, and settled at once
 * when the provider says it succeeded (the webhook, arriving later, then changes nothing).
 */
export const paymentStatus = async (req: PayloadRequest, options: SanitizedBookingOptions, input: unknown) => {
  const body = asBody(input)
  const hold = await findHold(req, options, body.holdToken)
  let payment = await latestPayment(req, options, hold.id)
  const provider = options.payments.provider
  // Pending, or declined (the visitor may have paid with another card since): ask the provider.
  if (payment && awaitsSettlement(payment, 'succeeded') && provider && payment.provider === provider.name && payment.providerPaymentId) {
    let status
    try {
      status = await provider.fetchStatus({ providerPaymentId: String(payment.providerPaymentId), req })
    } catch (error) {
      req.payload.logger.error({ err: error, msg: 'payload-booking: could not fetch a payment status' })
      throw new BookingError(502, 'The payment provider did not answer: please try again', 'payments', { reason: 'provider-error' })
    }
    if (status.status !== 'pending') {
      await settlePayment(req.payload, options, {
        amount: status.amountReceived,
        currency: status.currency,
        outcome: status.status === 'succeeded' ? 'succeeded' : 'failed',
        paymentId: payment.id,
      })
      payment = (await findDoc(req, options.slugs.payments, payment.id)) ?? payment
    }
  }
  const booking = (await findDoc(req, options.slugs.bookings, hold.id)) ?? hold
  return {
    booking: {
      id: booking.id,
      holdExpiresAt: booking.status === 'held' ? booking.holdExpiresAt : null,
      paymentStatus: booking.paymentStatus ?? null,
      reference: booking.reference,
      status: booking.status,
    },
    payment: toPublicPayment(payment),
  }
}
