export { bookingPlugin } from './plugin.ts'
export { bookingTranslations } from './translations/index.ts'
export type { BookingTranslationKey } from './translations/index.ts'
export type {
  AccessPredicate,
  BookingCollectionKey,
  BookingMode,
  BookingPluginOptions,
  BookingSource,
  BookingStatus,
  RequestStatus,
  SanitizedBookingOptions,
} from './types.ts'
export { EXPIRE_REQUESTS_TASK, expireRequests } from './jobs/expireRequests.ts'
export { RELEASE_EXPIRED_HOLDS_TASK, releaseExpiredHolds } from './jobs/releaseExpiredHolds.ts'
export { SILENT_CONTEXT_KEY } from './notifications/bookingMessages.ts'
export { SEND_MESSAGE_TASK } from './notifications/queueMessage.ts'
export type { MessageContext, MessageKind, MessageTemplate, RenderedMessage } from './email/types.ts'
export { manualProvider } from './payments/manualProvider.ts'
export { stripeProvider } from './payments/stripeProvider.ts'
export type { StripeProviderArgs } from './payments/stripeProvider.ts'
export { amountDue, refundFor } from './payments/money.ts'
export type {
  BookingPaymentProvider,
  CreatePaymentArgs,
  CreatedPayment,
  PaymentEvent,
  PaymentOptions,
  ProviderPaymentStatus,
  RefundArgs,
  RefundRule,
} from './payments/types.ts'
export { REFUND_BY_POLICY_TASK, SETTLE_PAYMENT_TASK } from './jobs/payments.ts'
export { settlePayment } from './operations/payments/settlePayment.ts'
