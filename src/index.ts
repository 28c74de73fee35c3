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
export { RELEASE_EXPIRED_HOLDS_TASK, releaseExpiredHolds } from './jobs/releaseExpiredHolds.ts'
