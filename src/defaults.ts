import type { BookingCollectionKey, BookingSource, BookingStatus, RequestStatus } from './types.ts'

export const defaultSlugs: Record<BookingCollectionKey, string> = {
  availability: 'availability',
  bookings: 'bookings',
  customerPackages: 'booking-customer-packages',
  customers: 'booking-customers',
  packages: 'booking-packages',
  payments: 'booking-payments',
  points: 'booking-points',
  requests: 'booking-requests',
  rewards: 'booking-rewards',
  services: 'services',
  staff: 'staff',
}

export const bookingStatuses: BookingStatus[] = ['held', 'confirmed', 'cancelled', 'completed', 'no-show']
/** Statuses that occupy a staff member's time (a `held` booking only until its hold expires). */
export const blockingStatuses: BookingStatus[] = ['held', 'confirmed', 'completed', 'no-show']
export const bookingPaymentStatuses = ['pending', 'paid', 'deposit', 'refunded', 'partially-refunded'] as const
export const bookingSources: BookingSource[] = ['online', 'phone', 'walk-in', 'request', 'admin']
export const requestStatuses: RequestStatus[] = ['new', 'contacted', 'booked', 'declined', 'expired']
export const weekdays = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const

export const DEFAULT_HOLD_MINUTES = 15
export const DEFAULT_MAX_RANGE_DAYS = 62
/** Longest buffer a service may have; bounds the window the capacity check loads. */
export const MAX_BUFFER_MINUTES = 24 * 60
/** Longest booking the capacity check considers when it loads neighbours. */
export const MAX_BOOKING_MINUTES = 24 * 60
export const PLUGIN_NAMESPACE = 'plugin-booking'
