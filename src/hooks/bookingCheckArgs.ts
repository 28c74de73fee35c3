import type { PayloadRequest } from 'payload'

import type { SanitizedBookingOptions } from '../types.ts'
import type { Doc } from './prepareBooking.ts'

/**
 * What each check in the bookings' before-change hook gets: the incoming data (which it may
 * complete), the stored document on update, and the service and staff already loaded. Every check
 * runs inside the write's transaction, after the capacity lock was taken.
 */
export interface BookingCheckArgs {
  data: Record<string, unknown>
  operation: 'create' | 'update'
  options: SanitizedBookingOptions
  originalDoc?: Record<string, unknown>
  req: PayloadRequest
  service: Doc
  staff: Doc
}
