/**
 * The calendar endpoint's answer: everything one visible range needs, in one response.
 * Shared by the endpoint and the admin view (types only, no runtime imports).
 */

export type CalendarBookingStatus = 'cancelled' | 'completed' | 'confirmed' | 'held' | 'no-show'

export interface CalendarStaff {
  id: number | string
  name: string
  /** Ids of the services this person performs. */
  services: (number | string)[]
}

export interface CalendarService {
  /** Inactive services still name old bookings but take no new ones. */
  active: boolean
  bookingMode: 'instant' | 'request'
  /** Seats per slot; > 1 is a group class. */
  capacity: number
  durationMinutes: number
  id: number | string
  name: string
}

export interface CalendarCustomer {
  email: null | string
  name: null | string
  phone: null | string
}

export interface CalendarBooking {
  checkedInAt: null | string
  /** Online payment: pending, paid, deposit, refunded, partially-refunded; null when none was taken. */
  paymentStatus: null | string
  customer: CalendarCustomer
  end: string
  holdExpiresAt: null | string
  id: number | string
  notes: null | string
  reference: string
  /** The reward this booking is (paid with loyalty points), or null. */
  reward?: null | number | string
  seats: number
  /** Group classes: seats taken by all bookings of this session (same service, staff, start, end). */
  seatsTaken: number
  service: number | string
  source: string
  staff: number | string
  start: string
  status: CalendarBookingStatus
  updatedAt: string
}

export interface CalendarRequest {
  customer: CalendarCustomer
  /** The preferred start plus the service's duration. */
  end: string
  expired: boolean
  id: number | string
  message: null | string
  reference: string
  service: number | string
  staff: number | string
  start: string
  status: string
}

export interface CalendarInterval {
  end: string
  staff: number | string
  start: string
}

export interface CalendarTimeOff {
  /** Inclusive last date. */
  endDate: string
  note: null | string
  staff: number | string
  /** First date, in the schedule's zone. */
  startDate: string
}

export interface CalendarData {
  bookings: CalendarBooking[]
  /** First and last calendar date of the range (inclusive), in `timezone`. */
  from: string
  /** The server's "now", ISO. */
  now: string
  requests: CalendarRequest[]
  services: CalendarService[]
  staff: CalendarStaff[]
  timeOff: CalendarTimeOff[]
  /** The business's zone: every date and wall-clock time of the view is read in it. */
  timezone: string
  to: string
  /** Working hours of each staff member within the range, as UTC intervals. */
  workingHours: CalendarInterval[]
}

export type SlotCheck =
  | {
      conflict: { customer: null | string; end: string; reference: string; service: number | string; start: string }
      insideWorkingHours: boolean
      ok: false
      reason: 'conflict'
    }
  | { insideWorkingHours: boolean; ok: false; reason: 'full'; seatsLeft: number }
  | { insideWorkingHours: boolean; ok: true; seatsLeft: number }

export interface CustomerSuggestion extends CalendarCustomer {
  /** The customer record (`customerRecord` of a new booking; its points balance). */
  id: number | string
  /** When this customer was last booked, ISO; null when never (admins also find those). */
  lastBooked: null | string
}
