import type { TaskConfig } from 'payload'

import type { SanitizedBookingOptions } from '../types.ts'

import { reconcilePayments } from '../operations/payments/reconcilePayments.ts'

export const RECONCILE_PAYMENTS_TASK = 'bookingReconcilePayments'

/**
 * Every five minutes: settles the payments whose webhook never arrived by asking the provider
 * (see `reconcilePayments`). Runs where the booking queue runs; does nothing without a provider.
 */
export const reconcilePaymentsTask = (options: SanitizedBookingOptions): TaskConfig => ({
  slug: RECONCILE_PAYMENTS_TASK,
  handler: async ({ req }) => ({ output: { ...(await reconcilePayments(req, options)) } }),
  label: 'Settle booking payments whose webhook never arrived',
  outputSchema: [
    { name: 'checked', type: 'number' },
    { name: 'settled', type: 'number' },
    { name: 'errors', type: 'number' },
  ],
  retries: 2,
  schedule: [{ cron: '*/5 * * * *', queue: options.notifications.queue }],
})
