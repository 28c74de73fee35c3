import type Stripe from 'stripe'

import type { CreatePaymentArgs, PaymentEvent, ProviderPaymentStatus } from './types.ts'

/** Stripe refuses a Checkout Session that expires sooner than 30 minutes after it is created. */
export const CHECKOUT_MIN_LIFETIME_MS = 30 * 60_000
/** ...or later than 24 hours. */
export const CHECKOUT_MAX_LIFETIME_MS = 24 * 60 * 60_000
/** Headroom for the clocks of this server and Stripe's disagreeing a little. */
const CLOCK_MARGIN_MS = 60_000

/** The query parameters a hosted checkout adds to the page it returns to. */
export const CHECKOUT_RETURN_PARAM = 'pbw_checkout'
export const CHECKOUT_PAYMENT_PARAM = 'pbw_payment'

/** The languages Stripe Checkout speaks that the plugin ships too; others get `auto`. */
const CHECKOUT_LOCALES = new Set(['de', 'en', 'fr', 'ru', 'zh'])

/** `returnUrl` with the checkout's outcome and the payment's id in its query (the hash stays). */
export const checkoutReturnUrl = (returnUrl: string, outcome: 'cancelled' | 'paid', paymentId: string): string => {
  const url = new URL(returnUrl)
  url.searchParams.set(CHECKOUT_RETURN_PARAM, outcome)
  url.searchParams.set(CHECKOUT_PAYMENT_PARAM, paymentId)
  return url.toString()
}

/**
 * When the session stops taking payments (seconds, as Stripe wants them). The hold's expiry when
 * Stripe allows it, else the earliest moment Stripe allows (30 minutes from now): the hold still
 * decides; a payment after it is settled like any late payment (confirmed if the time is still
 * free, else refunded in full). `now` is the real clock, which is the one Stripe checks against.
 */
export const checkoutExpiresAt = (holdExpiresAt: string, now: number): number => {
  const hold = Date.parse(holdExpiresAt)
  const earliest = now + CHECKOUT_MIN_LIFETIME_MS + CLOCK_MARGIN_MS
  const latest = now + CHECKOUT_MAX_LIFETIME_MS - CLOCK_MARGIN_MS
  const at = Number.isNaN(hold) ? earliest : Math.min(Math.max(hold, earliest), latest)
  return Math.ceil(at / 1000)
}

/** The Checkout Session for a hold: one line (the booking), its ids on the session and its PaymentIntent. */
export const checkoutSessionParams = (
  args: CreatePaymentArgs & { returnUrl: string },
  paymentMethodTypes: string[] | undefined,
  now: number,
): Stripe.Checkout.SessionCreateParams => {
  const paymentId = args.metadata.paymentId ?? ''
  const locale = args.customer.locale?.slice(0, 2).toLowerCase()
  return {
    cancel_url: checkoutReturnUrl(args.returnUrl, 'cancelled', paymentId),
    client_reference_id: paymentId,
    ...(args.customer.email ? { customer_email: args.customer.email } : {}),
    expires_at: checkoutExpiresAt(args.expiresAt, now),
    line_items: [
      {
        price_data: { currency: args.currency.toLowerCase(), product_data: { name: args.description }, unit_amount: args.amount },
        quantity: 1,
      },
    ],
    locale: (locale && CHECKOUT_LOCALES.has(locale) ? locale : 'auto') as Stripe.Checkout.SessionCreateParams.Locale,
    metadata: args.metadata,
    mode: 'payment',
    payment_intent_data: { description: args.description, metadata: args.metadata },
    // A filter on what the dashboard enables (the SDK's API version has no `payment_method_types` here).
    ...(paymentMethodTypes
      ? { allowed_payment_method_types: paymentMethodTypes as Stripe.Checkout.SessionCreateParams.AllowedPaymentMethodType[] }
      : {}),
    success_url: checkoutReturnUrl(args.returnUrl, 'paid', paymentId),
  }
}

/** A session's state: paid (with what was received), expired (failed), or still open. */
export const checkoutSessionStatus = (session: Stripe.Checkout.Session): ProviderPaymentStatus => {
  if (session.payment_status === 'paid') {
    return { amountReceived: session.amount_total ?? undefined, currency: session.currency ?? undefined, status: 'succeeded' }
  }
  return { status: session.status === 'expired' ? 'failed' : 'pending' }
}

/**
 * The Checkout events that settle a payment. `completed` settles only a paid session: one paid by
 * a delayed method (a bank debit) completes unpaid and settles with `async_payment_succeeded` or
 * `async_payment_failed`. `expired`: nobody paid before the session ran out.
 */
export const checkoutEvent = (event: Stripe.Event): null | PaymentEvent => {
  switch (event.type) {
    case 'checkout.session.async_payment_failed':
    case 'checkout.session.expired':
      return { id: event.id, outcome: 'failed', providerPaymentId: event.data.object.id }
    case 'checkout.session.async_payment_succeeded':
    case 'checkout.session.completed': {
      const session = event.data.object
      if (session.payment_status !== 'paid') {
        return null
      }
      return {
        amountReceived: session.amount_total ?? undefined,
        currency: session.currency ?? undefined,
        id: event.id,
        outcome: 'succeeded',
        providerPaymentId: session.id,
      }
    }
    default:
      return null
  }
}

/** The PaymentIntent behind a session (what a refund goes through), or null while nothing was paid. */
export const sessionPaymentIntent = (session: Stripe.Checkout.Session): null | string =>
  typeof session.payment_intent === 'string' ? session.payment_intent : (session.payment_intent?.id ?? null)
