/** What a report is asked for: calendar dates in the business's zone, both inclusive. */
export interface ReportQuery {
  from: string
  /** Only this service (its bookings, its seats, the staff who perform it). */
  service: null | number | string
  /** Only this staff member. */
  staff: null | number | string
  to: string
}

/** Request counts, by what became of the requests that arrived in the range. */
export interface RequestCounts {
  booked: number
  declined: number
  expired: number
  /** Still new or contacted. */
  open: number
  received: number
}

/** The numbers of one slice of a report: the whole range, a day, a staff member or a service. */
export interface ReportMetrics {
  /** Minutes the staff in scope were scheduled to work, times the seats (see `utilisation`). */
  availableMinutes: number
  /** Booked minutes: seat-minutes with a service chosen, else minutes of staff time in appointments. */
  bookedMinutes: number
  /** Appointments that stand: confirmed, completed or no-show. */
  bookings: number
  /** Cancelled bookings; holds that merely expired are not counted. */
  cancelled: number
  /** cancelled / (bookings + cancelled); null when both are 0. */
  cancellationRate: null | number
  checkedIn: number
  /** checkedIn / started; null when nothing has started. */
  checkInRate: null | number
  noShowRate: null | number
  noShows: number
  /** Standing bookings paid online (payment status paid, deposit or partially refunded). */
  paidOnlineBookings: number
  requests: RequestCounts
  /** Price × seats of confirmed and completed bookings, per currency. */
  revenue: Record<string, number>
  seats: number
  /** Standing bookings whose start has passed. */
  started: number
  /** bookedMinutes / availableMinutes; null when nobody was scheduled. */
  utilisation: null | number
}

export interface OnlinePayments {
  /** Bookings with at least one payment received. */
  bookings: number
  /** paid − refunded. */
  net: number
  /** Received, in the currency's major unit. */
  paid: number
  refunded: number
}

export interface Report {
  /** What the viewer may filter by: staff members (a staff user: themselves) and services. */
  choices: { services: { id: number | string; name: string }[]; staff: { id: number | string; name: string }[] }
  currencies: string[]
  days: ({ date: string } & ReportMetrics)[]
  filters: { service: null | number | string; staff: null | number | string }
  from: string
  /** The instant the numbers were computed ("started" is measured against it). */
  generatedAt: string
  /** Payments received online for the bookings of the range, per currency. */
  paidOnline: Record<string, OnlinePayments>
  services: ({ capacity: number; id: number | string; name: string } & ReportMetrics)[]
  staff: ({ id: number | string; name: string } & ReportMetrics)[]
  timezone: string
  to: string
  totals: ReportMetrics
  /** `staff-time`: one seat per staff member (no service chosen); `seats`: the service's seats. */
  utilisationBasis: 'seats' | 'staff-time'
}
