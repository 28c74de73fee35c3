import type { PayloadRequest } from 'payload'

import type { SanitizedBookingOptions } from '../../types.ts'
import type { Doc } from './records.ts'

import { amountDue } from '../../payments/money.ts'
import { relationId, toInstant } from '../../utilities/relationId.ts'
import { hashToken, manageTokenFields, newToken } from '../../utilities/tokens.ts'
import { BookingError, badRequest, conflict, notFound } from '../bookingError.ts'
import { findOneBooking } from '../findOneBooking.ts'
import { asBody, parseCustomer, parseNotes } from '../parseInput.ts'
import { findDoc, updateDoc } from './records.ts'

/** The hold a visitor's token names; 404 unknown, 400 missing. */
export const findHold = async (req: PayloadRequest, options: SanitizedBookingOptions, token: unknown): Promise<Doc> => {
  if (typeof token !== 'string' || token === '') {
    throw badRequest('holdToken', 'holdToken is required')
  }
  const hold = await findOneBooking(req, options, { holdTokenHash: { equals: hashToken(token) } })
  if (!hold) {
    throw notFound('holdToken', 'No hold with this token')
  }
  return hold as Doc
}

const MAX_RETURN_URL = 2000

/**
 * The page a hosted checkout sends the visitor back to: an absolute http(s) URL without
 * credentials. Missing is null (a provider that needs it says so); anything else is a 400.
 */
export const parseReturnUrl = (value: unknown): null | string => {
  if (value === undefined || value === null || value === '') {
    return null
  }
  let url: URL | undefined
  try {
    url = typeof value === 'string' && value.length <= MAX_RETURN_URL ? new URL(value) : undefined
  } catch {
    url = undefined // not a URL: the 400 below
  }
  if (!url || (url.protocol !== 'http:' && url.protocol !== 'https:') || url.username || url.password) {
    throw badRequest('returnUrl', `returnUrl must be an absolute http(s) URL of at most ${MAX_RETURN_URL} characters`)
  }
  return url.toString()
}

const configuredProvider = (options: SanitizedBookingOptions) => {
  if (!options.payments.provider) {
    throw new BookingError(404, 'Online payment is not set up on this site', 'payments', { reason: 'payments-off' })
  }
  return options.payments.provider
}

/**
 * Starts paying for a hold ("Pay and book"): fills the customer into the hold, records a payment
 * attempt and asks the provider for it. The hold keeps its expiry: the payment must arrive before
 * it (a later one is refunded if the time was taken meanwhile). The booking is confirmed when the
 * provider reports the payment (webhook, or `POST /payments/status`), never by this call.
 */
export const startPayment = async (req: PayloadRequest, options: SanitizedBookingOptions, input: unknown) => {
  const provider = configuredProvider(options)
  const body = asBody(input)
  const customer = parseCustomer(body.customer, 'email')
  const notes = parseNotes(body.notes)
  const returnUrl = parseReturnUrl(body.returnUrl)
  if (!returnUrl && provider.needsReturnUrl) {
    throw badRequest('returnUrl', 'returnUrl is required: the page the visitor pays from, where the checkout sends them back')
  }
  const hold = await findHold(req, options, body.holdToken)
  const expiresAt = String(hold.holdExpiresAt ?? '')
  if (hold.status !== 'held' || !(toInstant(expiresAt) > options.clock().getTime())) {
    throw conflict(
      hold.status === 'confirmed' ? 'This hold was already confirmed' : `The hold expired at ${expiresAt}: pick a time again`,
      { expiredAt: expiresAt, reason: hold.status === 'confirmed' ? 'confirmed' : 'hold-expired' },
      'holdToken',
    )
  }
  const service = await findDoc(req, options.slugs.services, relationId(hold.service))
  const currency = String(hold.currency ?? service?.currency ?? options.payments.currency).toUpperCase()
  const due = service ? amountDue({ ...service, price: hold.price ?? service.price }, Number(hold.seats ?? 1), currency) : null
  if (!due) {
    throw conflict(
      'This service is not paid online: confirm the hold with POST /api/booking/bookings',
      { reason: 'payment-not-required' },
      'service',
    )
  }

  const cancelToken = newToken()
  await updateDoc(req, options.slugs.bookings, hold.id, {
    ...manageTokenFields(cancelToken, req.payload.secret),
    customer,
    notes,
    paymentStatus: 'pending',
    source: 'online',
  })
  const payment = await req.payload.create({
    collection: options.slugs.payments,
    data: {
      amount: due.amount,
      booking: hold.id,
      currency,
      kind: due.kind,
      provider: provider.name,
      startedAt: options.clock().toISOString(),
      status: 'pending',
      total: due.total,
    },
    depth: 0,
    overrideAccess: true,
    req,
  })
  let created
  try {
    created = await provider.createPayment({
      amount: due.amount,
      booking: { id: hold.id, reference: String(hold.reference) },
      currency,
      customer: { email: customer.email, locale: customer.locale, name: customer.name },
      description: service?.name ? `${String(service.name)} (${String(hold.reference)})` : `Booking ${String(hold.reference)}`,
      expiresAt,
      metadata: { bookingId: String(hold.id), paymentId: String(payment.id), reference: String(hold.reference) },
      req,
      returnUrl,
    })
  } catch (error) {
    req.payload.logger.error({ err: error, msg: 'payload-booking: the payment provider refused to start a payment' })
    await updateDoc(req, options.slugs.payments, payment.id, { status: 'failed' })
    throw new BookingError(502, 'The payment provider did not answer: please try again', 'payments', { reason: 'provider-error' })
  }
  if (created.providerPaymentId) {
    await updateDoc(req, options.slugs.payments, payment.id, { providerPaymentId: created.providerPaymentId })
  }
  return {
    booking: { id: hold.id, holdExpiresAt: expiresAt, reference: hold.reference, status: 'held' },
    cancelToken,
    checkoutUrl: created.checkoutUrl ?? null,
    clientSecret: created.clientSecret ?? null,
    payment: {
      id: payment.id,
      amount: due.amount,
      currency,
      kind: due.kind,
      provider: provider.name,
      status: 'pending',
      total: due.total,
    },
    publishableKey: (provider as { publishableKey?: string }).publishableKey ?? null,
  }
}

/** The latest payment attempt of a booking. */
export const latestPayment = async (req: PayloadRequest, options: SanitizedBookingOptions, bookingId: number | string) =>
  (
    await req.payload.find({
      collection: options.slugs.payments,
      depth: 0,
      limit: 1,
      overrideAccess: true,
      req,
      sort: '-createdAt',
      where: { booking: { equals: bookingId } },
    })
  ).docs[0] as Doc | undefined

/** What the public endpoints show of a payment. */
export const toPublicPayment = (payment: Doc | undefined) =>
  payment
    ? {
        id: payment.id,
        amount: payment.amount,
        currency: payment.currency,
        kind: payment.kind,
        provider: payment.provider,
        refundedAmount: payment.refundedAmount ?? 0,
        status: payment.status,
      }
    : null
