import type { BookingPaymentProvider } from './types.ts'

/**
 * Payment outside the site (cash, bank transfer, a card terminal): the hold waits for staff, who
 * mark the payment as received (`POST /api/booking/payments/:id/mark-paid`, admins only); that
 * confirms the booking like a provider's webhook would. Refunds are recorded for staff to pay
 * back by hand (their status stays `pending` until someone does).
 */
export const manualProvider = (args: { label?: string } = {}): BookingPaymentProvider => ({
  name: 'manual',
  createPayment: async () => ({ checkoutUrl: null, clientSecret: null, providerPaymentId: null }),
  // Only staff know; the plugin's record is the truth.
  fetchStatus: async () => ({ status: 'pending' }),
  label: args.label ?? 'Manual (staff mark as paid)',
  refund: async () => ({ providerRefundId: null, status: 'pending' }),
})
