import type { Endpoint } from 'payload'

import type { Doc } from '../operations/payments/records.ts'
import type { SettleInput } from '../operations/payments/settlePayment.ts'
import type { SanitizedBookingOptions } from '../types.ts'

import { SETTLE_PAYMENT_TASK } from '../jobs/payments.ts'
import { BookingError } from '../operations/bookingError.ts'
import { markRefunded } from '../operations/payments/markRefunded.ts'
import { paymentStatus } from '../operations/payments/paymentStatus.ts'
import { awaitsSettlement, findDoc } from '../operations/payments/records.ts'
import { settlePayment } from '../operations/payments/settlePayment.ts'
import { startPayment, toPublicPayment } from '../operations/payments/startPayment.ts'
import { endpointHandler, ok, readJson } from './respond.ts'

/** The payment endpoints under `/api/booking/payments`. */
export const paymentEndpoints = (options: SanitizedBookingOptions): Endpoint[] => [
  {
    // "Pay and book": start paying for a hold.
    handler: endpointHandler(async (req) => ok(await startPayment(req, options, await readJson(req)), 201)),
    method: 'post',
    path: '/booking/payments',
  },
  {
    // The return from checkout: where the hold and its payment stand (asks the provider).
    handler: endpointHandler(async (req) => ok(await paymentStatus(req, options, await readJson(req)))),
    method: 'post',
    path: '/booking/payments/status',
  },
  {
    // The provider's webhook: verified, deduplicated, handed to the jobs queue.
    handler: endpointHandler(async (req) => {
      const provider = options.payments.provider
      if (!provider?.verifyWebhook || req.routeParams?.provider !== provider.name) {
        throw new BookingError(404, 'No webhook for this provider', 'provider')
      }
      const rawBody = (await req.text?.()) ?? ''
      let event
      try {
        event = await provider.verifyWebhook({ headers: req.headers, rawBody, req })
      } catch (error) {
        req.payload.logger.warn({ msg: `payload-booking: rejected a ${provider.name} webhook: ${(error as Error).message}` })
        throw new BookingError(400, 'The webhook signature is not valid', 'signature')
      }
      if (!event) {
        return ok({ ignored: true, received: true })
      }
      const { docs } = await req.payload.find({
        collection: options.slugs.payments,
        depth: 0,
        limit: 1,
        overrideAccess: true,
        req,
        showHiddenFields: true,
        where: { and: [{ provider: { equals: provider.name } }, { providerPaymentId: { equals: event.providerPaymentId } }] },
      })
      const payment = docs[0] as (Doc & { eventIds?: string[] }) | undefined
      if (!payment) {
        return ok({ ignored: 'unknown payment', received: true })
      }
      if (!awaitsSettlement(payment, event.outcome) || (payment.eventIds ?? []).includes(event.id)) {
        return ok({ duplicate: true, received: true })
      }
      await req.payload.jobs.queue({
        input: {
          amount: event.amountReceived,
          currency: event.currency,
          eventId: event.id,
          outcome: event.outcome,
          paymentId: payment.id,
        } satisfies SettleInput as never,
        queue: options.notifications.queue,
        req,
        task: SETTLE_PAYMENT_TASK as never,
      })
      return ok({ queued: true, received: true })
    }),
    method: 'post',
    path: '/booking/payments/webhook/:provider',
  },
  {
    // Staff received a manual payment (cash, transfer, terminal): settle it like a webhook would.
    handler: endpointHandler(async (req) => {
      if (!req.user) {
        throw new BookingError(401, 'Log in first')
      }
      if (!(await options.isAdmin({ req }))) {
        throw new BookingError(403, 'Only admins can mark payments as paid')
      }
      const payment = await findDoc(req, options.slugs.payments, req.routeParams?.id as string | undefined)
      if (!payment) {
        throw new BookingError(404, 'No such payment', 'id')
      }
      if (payment.provider !== 'manual') {
        throw new BookingError(409, 'Only manual payments are marked as paid by hand', 'id', { reason: 'not-manual' })
      }
      const result = await settlePayment(req.payload, options, { outcome: 'succeeded', paymentId: payment.id })
      const fresh = await findDoc(req, options.slugs.payments, payment.id)
      return ok({ payment: toPublicPayment(fresh ?? payment), result: result.result })
    }),
    method: 'post',
    path: '/booking/payments/:id/mark-paid',
  },
  {
    // Staff paid a manual payment back by hand: record it (amount), or confirm the recorded refunds.
    handler: endpointHandler(async (req) => {
      if (!req.user) {
        throw new BookingError(401, 'Log in first')
      }
      if (!(await options.isAdmin({ req }))) {
        throw new BookingError(403, 'Only admins can record refunds')
      }
      const payment = await markRefunded(req, options, req.routeParams?.id, await readJson(req))
      return ok({ payment: toPublicPayment(payment), refunds: payment.refunds ?? [] })
    }),
    method: 'post',
    path: '/booking/payments/:id/mark-refunded',
  },
]
