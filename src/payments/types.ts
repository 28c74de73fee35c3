import type { PayloadRequest } from 'payload'

/**
 * The payment provider interface. Shaped like `@payloadcms/plugin-ecommerce`'s payment adapters
 * (`{ name, label, initiatePayment, confirmOrder, endpoints }`), narrowed to what a booking hold
 * needs: start a payment for a hold, read a webhook, ask for a payment's status, refund.
 * Amounts are integers in the currency's smallest unit (cents), as Stripe counts them.
 */
export interface BookingPaymentProvider {
  /**
   * Starts a payment for a hold. Returns the provider's id of the payment and what the visitor's
   * browser needs to pay (a Stripe `clientSecret`, or a hosted `checkoutUrl`).
   */
  createPayment: (args: CreatePaymentArgs) => Promise<CreatedPayment>
  /** The payment's state at the provider (for the "return from checkout" check and reconciling). */
  fetchStatus: (args: { providerPaymentId: string; req: PayloadRequest }) => Promise<ProviderPaymentStatus>
  /** Shown in the admin. @example 'Stripe' */
  label: string
  /**
   * A hosted checkout sends the visitor back to the page they paid from: starting a payment
   * without a `returnUrl` is then a 400. @default false
   */
  needsReturnUrl?: boolean
  /** The provider's key: stored on every payment and part of the webhook path. @example 'stripe' */
  name: string
  /**
   * Refunds `amount` of a payment. `idempotencyKey` is the same for retries of one refund, so a
   * provider that honours it (Stripe does) never pays back twice.
   */
  refund: (args: RefundArgs) => Promise<{ providerRefundId: null | string; status: 'failed' | 'pending' | 'succeeded' }>
  /**
   * Checks a webhook's signature and translates its event. Throws when the signature is wrong
   * (the endpoint answers 400 and changes nothing); returns null for events it does not handle.
   * Providers without webhooks (manual) leave it out.
   */
  verifyWebhook?: (args: { headers: Headers; rawBody: string; req: PayloadRequest }) => Promise<null | PaymentEvent>
}

export interface CreatePaymentArgs {
  amount: number
  booking: { id: number | string; reference: string }
  currency: string
  customer: { email?: string; locale?: string; name: string }
  /** What is paid for, as the visitor reads it on a hosted checkout page. @example 'Haircut (BK-7K2M9QXP)' */
  description: string
  /** The hold's expiry: the payment should not be possible much later (Checkout's `expires_at`). */
  expiresAt: string
  /** Ids to carry through the provider and back in its webhooks. */
  metadata: Record<string, string>
  req: PayloadRequest
  /**
   * The page the visitor paid from (an absolute http(s) URL, already validated): a hosted checkout
   * returns there, with `pbw_checkout=paid|cancelled` and `pbw_payment=<id>` added to its query.
   */
  returnUrl: null | string
}

export interface CreatedPayment {
  checkoutUrl?: null | string
  clientSecret?: null | string
  providerPaymentId: null | string
}

export interface ProviderPaymentStatus {
  /** What was received, in the smallest unit, when known (checked against the payment record). */
  amountReceived?: number
  /** The currency of `amountReceived` (any case). */
  currency?: string
  status: 'failed' | 'pending' | 'succeeded'
}

export interface RefundArgs {
  amount: number
  currency: string
  idempotencyKey: string
  providerPaymentId: null | string
  reason: string
  req: PayloadRequest
}

/** A provider's webhook event, translated. `id` is the provider's event id (Stripe retries it). */
export interface PaymentEvent {
  /** What was received (succeeded events), in the smallest unit: checked against the payment record. */
  amountReceived?: number
  /** The currency of `amountReceived` (any case). */
  currency?: string
  id: string
  outcome: 'failed' | 'succeeded'
  providerPaymentId: string
}

/** One refund rule: cancelled at least `hoursBefore` hours before the start, `percent` is paid back. */
export interface RefundRule {
  hoursBefore: number
  percent: number
}

export interface ReceiptOptions {
  /** Extra lines about the business on the receipt: legal name, tax number, registry. */
  details?: string[]
  /** A tax line: prices include `rate` percent of `label` (e.g. 19, 'VAT'). */
  tax?: { label: string; rate: number }
}

export interface PaymentOptions {
  /** The currency when a service names none. @default 'EUR' */
  currency?: string
  /** `manualProvider()` or `stripeProvider({ ... })`, or your own. */
  provider: BookingPaymentProvider
  /** What the receipt e-mail shows besides the amount. */
  receipt?: ReceiptOptions
}

export interface SanitizedPaymentOptions {
  currency: string
  provider: BookingPaymentProvider | null
  receipt: { details: string[]; tax: { label: string; rate: number } | null }
}

export type PaymentMode = 'deposit' | 'none' | 'required'
export type PaymentRecordStatus = 'failed' | 'paid' | 'partially-refunded' | 'pending' | 'refunded'
/** What a booking shows of its payment. */
export type BookingPaymentStatus = 'deposit' | 'paid' | 'partially-refunded' | 'pending' | 'refunded'
