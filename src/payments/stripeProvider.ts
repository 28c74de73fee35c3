import type Stripe from 'stripe'

import type { BookingPaymentProvider, PaymentEvent, ProviderPaymentStatus } from './types.ts'

import { checkoutEvent, checkoutSessionParams, checkoutSessionStatus, sessionPaymentIntent } from './stripeCheckout.ts'

export interface StripeProviderArgs {
  /** Stripe API version to pin. @default the SDK's */
  apiVersion?: string
  /** Where the SDK sends requests (tests point it at a local server). @default Stripe's API */
  host?: string
  /** @default 'Stripe' */
  label?: string
  /**
   * `checkout`: a Stripe-hosted Checkout Session; the widget sends the visitor there and back (no
   * Stripe.js on your page). `payment-intent`: a PaymentIntent whose `clientSecret` your own
   * Payment Element confirms. Payments started in either mode are settled and refunded whatever
   * the mode is later. @default 'checkout'
   */
  mode?: 'checkout' | 'payment-intent'
  /** Payment method types. @default automatic (what the Stripe dashboard enables) */
  paymentMethodTypes?: string[]
  port?: number | string
  protocol?: 'http' | 'https'
  /** The publishable key, handed to the widget with the client secret (PaymentIntent mode). */
  publishableKey?: string
  secretKey: string
  /** The signing secret of the webhook endpoint (`whsec_...`, or what `stripe listen` prints). */
  webhookSecret: string
}

const isSession = (providerPaymentId: string) => providerPaymentId.startsWith('cs_')

const intentEvent = (event: Stripe.Event): null | PaymentEvent => {
  if (event.type !== 'payment_intent.succeeded' && event.type !== 'payment_intent.payment_failed') {
    return null
  }
  const intent = event.data.object
  return event.type === 'payment_intent.succeeded'
    ? { amountReceived: intent.amount_received, currency: intent.currency, id: event.id, outcome: 'succeeded', providerPaymentId: intent.id }
    : { id: event.id, outcome: 'failed', providerPaymentId: intent.id }
}

const intentStatus = (intent: Stripe.PaymentIntent): ProviderPaymentStatus =>
  intent.status === 'succeeded'
    ? { amountReceived: intent.amount_received, currency: intent.currency, status: 'succeeded' }
    : { status: intent.status === 'canceled' ? 'failed' : 'pending' }

/**
 * Stripe, through the official SDK. By default a hosted Checkout Session: `createPayment` returns
 * its `checkoutUrl`, Stripe sends the visitor back to the page they paid from, and a signed
 * `checkout.session.completed` (or `.expired`, `.async_payment_*`) webhook settles it. With
 * `mode: 'payment-intent'` a PaymentIntent's `clientSecret` for your own Payment Element instead,
 * settled by `payment_intent.succeeded` / `payment_intent.payment_failed`. The `stripe` package is
 * an optional peer: it is loaded on first use, so sites without Stripe never need it.
 */
export const stripeProvider = (args: StripeProviderArgs): BookingPaymentProvider & { publishableKey?: string } => {
  const mode = args.mode ?? 'checkout'
  let client: Promise<Stripe> | undefined
  const stripe = (): Promise<Stripe> => {
    client ??= import('stripe').then(
      ({ default: StripeSdk }) =>
        new StripeSdk(args.secretKey, {
          ...(args.apiVersion ? { apiVersion: args.apiVersion as Stripe.StripeConfig['apiVersion'] } : {}),
          appInfo: { name: 'payload-booking' },
          ...(args.host ? { host: args.host } : {}),
          maxNetworkRetries: 2,
          ...(args.port !== undefined ? { port: args.port } : {}),
          ...(args.protocol ? { protocol: args.protocol } : {}),
          telemetry: false,
        }),
    )
    return client
  }

  return {
    name: 'stripe',
    createPayment: async (payment) => {
      const idempotencyKey = `payload-booking-payment-${payment.metadata.paymentId}`
      if (mode === 'checkout') {
        if (!payment.returnUrl) {
          throw new Error('payload-booking: Stripe Checkout needs a returnUrl')
        }
        const session = await (await stripe()).checkout.sessions.create(
          checkoutSessionParams({ ...payment, returnUrl: payment.returnUrl }, args.paymentMethodTypes, Date.now()),
          { idempotencyKey },
        )
        return { checkoutUrl: session.url, providerPaymentId: session.id }
      }
      const intent = await (await stripe()).paymentIntents.create(
        {
          amount: payment.amount,
          currency: payment.currency.toLowerCase(),
          description: payment.description,
          metadata: payment.metadata,
          ...(args.paymentMethodTypes
            ? { payment_method_types: args.paymentMethodTypes }
            : { automatic_payment_methods: { enabled: true } }),
          ...(payment.customer.email ? { receipt_email: payment.customer.email } : {}),
        },
        { idempotencyKey },
      )
      return { clientSecret: intent.client_secret, providerPaymentId: intent.id }
    },
    fetchStatus: async ({ providerPaymentId }) =>
      isSession(providerPaymentId)
        ? checkoutSessionStatus(await (await stripe()).checkout.sessions.retrieve(providerPaymentId))
        : intentStatus(await (await stripe()).paymentIntents.retrieve(providerPaymentId)),
    label: args.label ?? 'Stripe',
    needsReturnUrl: mode === 'checkout',
    publishableKey: args.publishableKey,
    refund: async ({ amount, idempotencyKey, providerPaymentId }) => {
      if (!providerPaymentId) {
        throw new Error('payload-booking: a Stripe refund needs the PaymentIntent or Checkout Session id')
      }
      // A Checkout Session is refunded through the PaymentIntent it created when it was paid.
      const paymentIntent = isSession(providerPaymentId)
        ? sessionPaymentIntent(await (await stripe()).checkout.sessions.retrieve(providerPaymentId))
        : providerPaymentId
      if (!paymentIntent) {
        throw new Error(`payload-booking: Checkout Session ${providerPaymentId} has no payment to refund`)
      }
      const refund = await (await stripe()).refunds.create(
        { amount, metadata: { source: 'payload-booking' }, payment_intent: paymentIntent },
        { idempotencyKey },
      )
      const status = refund.status === 'succeeded' ? 'succeeded' : refund.status === 'failed' || refund.status === 'canceled' ? 'failed' : 'pending'
      return { providerRefundId: refund.id, status }
    },
    verifyWebhook: async ({ headers, rawBody }) => {
      const signature = headers.get('stripe-signature')
      if (!signature) {
        throw new Error('missing Stripe-Signature header')
      }
      // Throws on a wrong or stale signature: the endpoint answers 400.
      const event = (await stripe()).webhooks.constructEvent(rawBody, signature, args.webhookSecret)
      // Both kinds in either mode: payments started before the mode changed still settle.
      return event.type.startsWith('checkout.session.') ? checkoutEvent(event) : intentEvent(event)
    },
  }
}
