import type { ReportMetrics, RequestCounts } from './types.ts'

import { currencyDigits } from '../../payments/money.ts'

/** The additive part of a slice's numbers: what the aggregate rows are summed into. */
export interface Tally {
  availableMinutes: number
  bookedMinutes: number
  bookings: number
  cancelled: number
  checkedIn: number
  noShows: number
  paidOnlineBookings: number
  requests: RequestCounts
  revenue: Record<string, number>
  seats: number
  started: number
}

export const emptyTally = (): Tally => ({
  availableMinutes: 0,
  bookedMinutes: 0,
  bookings: 0,
  cancelled: 0,
  checkedIn: 0,
  noShows: 0,
  paidOnlineBookings: 0,
  requests: { booked: 0, declined: 0, expired: 0, open: 0, received: 0 },
  revenue: {},
  seats: 0,
  started: 0,
})

/** One row of the bookings aggregate (already summed over whatever it was grouped by). */
export interface BookingCounts {
  bookings: number
  cancelled: number
  checkedIn: number
  currency: string
  noShows: number
  paidOnline: number
  revenue: number
  seatMinutes: number
  seats: number
  started: number
}

export const addBookingCounts = (tally: Tally, row: BookingCounts, bookedMinutes: number): void => {
  tally.bookings += row.bookings
  tally.seats += row.seats
  tally.started += row.started
  tally.checkedIn += row.checkedIn
  tally.noShows += row.noShows
  tally.cancelled += row.cancelled
  tally.paidOnlineBookings += row.paidOnline
  tally.bookedMinutes += bookedMinutes
  if (row.revenue !== 0) {
    tally.revenue[row.currency] = (tally.revenue[row.currency] ?? 0) + row.revenue
  }
}

/** A request's status as reports count it: `open` stands for new and contacted. */
export const addRequests = (tally: Tally, status: string, count: number): void => {
  tally.requests.received += count
  if (status === 'booked' || status === 'declined' || status === 'expired') {
    tally.requests[status] += count
  } else {
    tally.requests.open += count
  }
}

export const addTally = (into: Tally, from: Tally): void => {
  for (const key of ['availableMinutes', 'bookedMinutes', 'bookings', 'cancelled', 'checkedIn', 'noShows', 'paidOnlineBookings', 'seats', 'started'] as const) {
    into[key] += from[key]
  }
  for (const key of Object.keys(into.requests) as (keyof RequestCounts)[]) {
    into.requests[key] += from.requests[key]
  }
  for (const [currency, amount] of Object.entries(from.revenue)) {
    into.revenue[currency] = (into.revenue[currency] ?? 0) + amount
  }
}

const ratio = (part: number, whole: number): null | number => (whole > 0 ? Math.round((part / whole) * 10_000) / 10_000 : null)

/** Rounds an amount to its currency's minor unit (floating sums drift: 0.1 + 0.2). */
export const roundMoney = (amount: number, currency: string): number => {
  const factor = 10 ** currencyDigits(currency)
  return Math.round(amount * factor) / factor
}

/** The tally with its rates. */
export const finish = (tally: Tally): ReportMetrics => ({
  availableMinutes: Math.round(tally.availableMinutes),
  bookedMinutes: Math.round(tally.bookedMinutes),
  bookings: tally.bookings,
  cancellationRate: ratio(tally.cancelled, tally.bookings + tally.cancelled),
  cancelled: tally.cancelled,
  checkedIn: tally.checkedIn,
  checkInRate: ratio(tally.checkedIn, tally.started),
  noShowRate: ratio(tally.noShows, tally.started),
  noShows: tally.noShows,
  paidOnlineBookings: tally.paidOnlineBookings,
  requests: { ...tally.requests },
  revenue: Object.fromEntries(
    Object.entries(tally.revenue)
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([currency, amount]) => [currency, roundMoney(amount, currency)]),
  ),
  seats: tally.seats,
  started: tally.started,
  utilisation: ratio(tally.bookedMinutes, tally.availableMinutes),
})
