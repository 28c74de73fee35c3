/** A booking as the check-in view shows it: who, what, when, with whom, and where it stands. */
export interface CheckInBooking {
  checkedInAt: null | string
  customer: { email: null | string; name: string; phone: null | string }
  end: string
  id: number | string
  notes: null | string
  reference: string
  seats: number
  service: { id: number | string; name: string }
  staff: { id: number | string; name: string }
  start: string
  status: string
  /** Whether it starts on today's date in the business's zone. */
  today: boolean
}

export interface CheckInLookup {
  bookings: CheckInBooking[]
  query: { digits: string; kind: 'phone' } | { kind: 'reference'; reference: string }
  timezone: string
  /** Today's date in the business's zone, 'YYYY-MM-DD'. */
  today: string
}

export interface CheckInResult {
  /** The booking was checked in before this call (nothing changed). */
  alreadyCheckedIn: boolean
  booking: CheckInBooking
  changed: boolean
}
