import type { PayloadRequest } from 'payload'

import type { SanitizedBookingOptions } from '../../types.ts'
import type { Doc } from './records.ts'

import { settlePayment } from './settlePayment.ts'

/** A webhook normally arrives within seconds: a payment pending longer than this is asked about. */
export const RECONCILE_AFTER_MINUTES = 5
/** Older pending payments are left alone (Checkout Sessions expire within 24 h; a PaymentIntent nobody paid stays open for ever). */
export const RECONCILE_WITHIN_HOURS = 48
/** Payments asked about per run (the oldest first); the next run takes the rest. */
export const RECONCILE_BATCH = 50

export interface ReconcileResult {
  /** Asked of the provider. */
  checked: number
  /** The provider did not answer (tried again next run). */
  errors: number
  /** Settled: confirmed, refunded, failed or mismatched, as settlePayment decided. */
  settled: number
}

/**
 * For payments whose webhook never arrived (the endpoint was down, misconfigured, or Stripe gave
 * up): asks the provider about every `pending` payment started between `RECONCILE_WITHIN_HOURS`
 * and `RECONCILE_AFTER_MINUTES` ago, and settles the ones the provider finished through the same
 * `settlePayment` as a webhook (so the amount check, the hold rules and the late-payment refund
 * all apply, and a webhook arriving later changes nothing). Payments without a provider id
 * (manual) wait for staff.
 */
export const reconcilePayments = async (req: PayloadRequest, options: SanitizedBookingOptions): Promise<ReconcileResult> => {
  const provider = options.payments.provider
  const result: ReconcileResult = { checked: 0, errors: 0, settled: 0 }
  if (!provider) {
    return result
  }
  const now = options.clock().getTime()
  const { docs } = await req.payload.find({
    collection: options.slugs.payments,
    depth: 0,
    limit: RECONCILE_BATCH,
    overrideAccess: true,
    req,
    sort: 'startedAt',
    where: {
      and: [
        { status: { equals: 'pending' } },
        { provider: { equals: provider.name } },
        { providerPaymentId: { exists: true } },
        { startedAt: { less_than_equal: new Date(now - RECONCILE_AFTER_MINUTES * 60_000).toISOString() } },
        { startedAt: { greater_than: new Date(now - RECONCILE_WITHIN_HOURS * 3_600_000).toISOString() } },
      ],
    },
  })
  for (const payment of docs as Doc[]) {
    if (!payment.providerPaymentId) {
      continue
    }
    result.checked++
    let status
    try {
      status = await provider.fetchStatus({ providerPaymentId: String(payment.providerPaymentId), req })
    } catch (error) {
      result.errors++
      req.payload.logger.warn({ err: error, msg: `payload-booking: could not ask ${provider.name} about payment ${String(payment.id)}` })
      continue
    }
    if (status.status === 'pending') {
      continue
    }
    await settlePayment(req.payload, options, {
      amount: status.amountReceived,
      currency: status.currency,
      outcome: status.status,
      paymentId: payment.id,
    })
    result.settled++
  }
  return result
}
