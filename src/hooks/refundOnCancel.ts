import type { CollectionAfterChangeHook } from 'payload'

import type { SanitizedBookingOptions } from '../types.ts'

import { REFUND_BY_POLICY_TASK } from '../jobs/payments.ts'
import { PAYMENT_FLOW_CONTEXT_KEY } from '../operations/payments/records.ts'

const PAID = ['paid', 'deposit', 'partially-refunded']

/**
 * A paid booking that is cancelled (the customer's link, staff in the admin or the calendar, any
 * write path) gets its refund by the service's policy: queued in the same transaction as the
 * cancellation, so a cancellation that rolls back refunds nothing.
 */
export const refundOnCancel =
  (options: SanitizedBookingOptions): CollectionAfterChangeHook =>
  async ({ context, doc, operation, previousDoc, req }) => {
    if (!options.enabled || !options.payments.provider || context[PAYMENT_FLOW_CONTEXT_KEY] || operation !== 'update') {
      return doc
    }
    if (doc.status === 'cancelled' && previousDoc?.status !== 'cancelled' && PAID.includes(String(doc.paymentStatus))) {
      await req.payload.jobs.queue({
        input: { bookingId: doc.id } as never,
        queue: options.notifications.queue,
        req,
        task: REFUND_BY_POLICY_TASK as never,
      })
    }
    return doc
  }
