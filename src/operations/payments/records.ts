import type { PayloadRequest } from 'payload'

import { APIError, commitTransaction, initTransaction, killTransaction } from 'payload'

import type { SanitizedBookingOptions } from '../../types.ts'

import { lockStaffCapacity } from '../../database/capacityLock.ts'

export type Doc = Record<string, any> & { id: number | string }

/** Set on `context` by the payment flow's own booking writes, so the refund hook leaves them alone. */
export const PAYMENT_FLOW_CONTEXT_KEY = 'bookingPaymentFlow'

export const findDoc = async (
  req: PayloadRequest,
  collection: string,
  id: null | number | string | undefined,
): Promise<Doc | null> => {
  if (id === null || id === undefined) {
    return null
  }
  return (await req.payload.findByID({
    id,
    collection,
    depth: 0,
    disableErrors: true,
    overrideAccess: true,
    req,
    showHiddenFields: true,
  })) as Doc | null
}

export const updateDoc = async (
  req: PayloadRequest,
  collection: string,
  id: number | string,
  data: Record<string, unknown>,
): Promise<Doc> =>
  (await req.payload.update({
    id,
    collection,
    context: { [PAYMENT_FLOW_CONTEXT_KEY]: true },
    data,
    depth: 0,
    overrideAccess: true,
    req,
  })) as unknown as Doc

/** The provider the site runs; a payment recorded by another provider cannot be handled by it. */
export const providerFor = (options: SanitizedBookingOptions, payment?: Doc) => {
  const provider = options.payments.provider
  if (!provider) {
    throw new APIError('payload-booking: payments.provider is not configured', 500)
  }
  if (payment && payment.provider !== provider.name) {
    throw new APIError(`payload-booking: payment ${String(payment.id)} belongs to provider "${String(payment.provider)}"`, 500)
  }
  return provider
}

export const eventIdsWith = (payment: Doc, eventId: string | undefined): string[] => {
  const ids = Array.isArray(payment.eventIds) ? (payment.eventIds as string[]) : []
  return eventId && !ids.includes(eventId) ? [...ids, eventId] : ids
}

/** A 409 from the capacity hook: the time is taken (not a stale read, which a retry fixes). */
export const isSlotConflict = (error: unknown): boolean =>
  error instanceof APIError && error.status === 409 && (error.data as { reason?: string } | undefined)?.reason !== 'stale'

/**
 * Runs `work` in a transaction of its own, under the capacity lock of `staffId`: every change of a
 * payment's state happens here, so deliveries, workers and staff acting at once change it once.
 */
export const inStaffLock = async <T>(req: PayloadRequest, staffId: null | number | string, work: () => Promise<T>): Promise<T> => {
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

/** The refunds recorded on a payment. */
export const refundsOf = (payment: Doc): Record<string, unknown>[] => (Array.isArray(payment.refunds) ? (payment.refunds as Record<string, unknown>[]) : [])

/**
 * Whether a report of `outcome` may still change the payment: a pending one; or a declined one
 * that succeeded after all (a PaymentIntent takes another card after a decline, and Stripe reports
 * the decline first). A payment refused for its amount (`problem`) or settled otherwise is final.
 */
export const awaitsSettlement = (payment: Doc, outcome: 'failed' | 'succeeded'): boolean =>
  payment.status === 'pending' || (outcome === 'succeeded' && payment.status === 'failed' && !payment.problem)
