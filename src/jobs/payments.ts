import type { TaskConfig } from 'payload'

import type { SettleInput } from '../operations/payments/settlePayment.ts'
import type { SanitizedBookingOptions } from '../types.ts'

import { refundByPolicy } from '../operations/payments/refundByPolicy.ts'
import { settlePayment } from '../operations/payments/settlePayment.ts'

export const SETTLE_PAYMENT_TASK = 'bookingSettlePayment'
export const REFUND_BY_POLICY_TASK = 'bookingRefundByPolicy'

const retries = (options: SanitizedBookingOptions) => ({
  attempts: options.notifications.retry.attempts,
  backoff: { delay: options.notifications.retry.delayMs, type: 'exponential' as const },
})

/**
 * A provider's verified webhook event, processed off the request path: confirms the booking if
 * its hold still can be, else refunds. Idempotent, so Stripe's retries and the queue's own are safe.
 */
export const settlePaymentTask = (options: SanitizedBookingOptions): TaskConfig => ({
  slug: SETTLE_PAYMENT_TASK,
  handler: async ({ input, req }) => ({
    output: await settlePayment(req.payload, options, input as unknown as SettleInput),
  }),
  label: 'Settle a booking payment',
  retries: retries(options),
})

/** Refunds a cancelled booking's payments by its service's policy. */
export const refundByPolicyTask = (options: SanitizedBookingOptions): TaskConfig => ({
  slug: REFUND_BY_POLICY_TASK,
  handler: async ({ input, req }) => ({
    output: await refundByPolicy(req.payload, options, input as unknown as { bookingId: number | string }),
  }),
  label: 'Refund a cancelled booking by its policy',
  retries: retries(options),
})
