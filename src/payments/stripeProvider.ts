import type Stripe from 'stripe'

import type { BookingPaymentProvider, PaymentEvent } from './types.ts'

export interface StripeProviderArgs {
  /** Stripe API version to pin. @default the SDK's */
  apiVersion?: string
  /** Where the SDK sends requests (tests point it at a local server). @default Stripe's API */
  host?: string
  /** @default 'Stripe' */
  label?: string
  /** Payment method types for the PaymentIntent. @default automatic payment methods */
  paymentMethodTypes?: string[]
  port?: number | string
  protocol?: 'http' | 'https'
  /** The publishable key, handed to the widget with the client secret. */
  publishableKey?: string
  secretKey: string
  /** The signing secret of the webhook endpoint (`whsec_...`, or what `stripe listen` prints). */
  webhookSecret: string
}

/**
 * Stripe through a PaymentIntent: `createPayment` returns its `clientSecret` for Stripe.js
 * (Payment Element), a signed `payment_intent.succeeded` / `payment_intent.payment_failed`
 * webhook settles it. The `stripe` package is an optional peer: it is loaded on first use, so
 * sites without Stripe never need it.
 */
export const stripeProvider = (args: StripeProviderArgs): BookingPaymentProvider & { publishableKey?: string } => {
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
    createPayment: async ({ amount, booking, currency, customer, metadata }) => {
      const intent = await (await stripe()).paymentIntents.create(
        {
          amount,
          currency: currency.toLowerCase(),
          description: `Booking ${booking.reference}`,
          metadata,
          ...(args.paymentMethodTypes
            ? { payment_method_types: args.paymentMethodTypes }
            : { automatic_payment_methods: { enabled: true } }),
          ...(customer.email ? { receipt_email: customer.email } : {}),
        },
        { idempotencyKey: `payload-booking-payment-${metadata.paymentId}` },
      )
      return { clientSecret: intent.client_secret, providerPaymentId: intent.id }
    },
    fetchStatus: async ({ providerPaymentId }) => {
      const intent = await (await stripe()).paymentIntents.retrieve(providerPaymentId)
      if (intent.status === 'succeeded') {
        return { amountReceived: intent.amount_received, status: 'succeeded' }
      }
      return { status: intent.status === 'canceled' ? 'failed' : 'pending' }
    },
    label: args.label ?? 'Stripe',
    publishableKey: args.publishableKey,
    refund: async ({ amount, idempotencyKey, providerPaymentId }) => {
      if (!providerPaymentId) {
        throw new Error('payload-booking: a Stripe refund needs the PaymentIntent id')
      }
      const refund = await (await stripe()).refunds.create(
        { amount, metadata: { source: 'payload-booking' }, payment_intent: providerPaymentId },
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
      if (event.type !== 'payment_intent.succeeded' && event.type !== 'payment_intent.payment_failed') {
        return null
      }
      const intent = event.data.object
      const translated: PaymentEvent = {
        id: event.id,
        outcome: event.type === 'payment_intent.succeeded' ? 'succeeded' : 'failed',
        providerPaymentId: intent.id,
        ...(event.type === 'payment_intent.succeeded' ? { amountReceived: intent.amount_received } : {}),
      }
      return translated
    },
  }
}
