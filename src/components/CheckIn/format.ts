import type { CheckInBooking } from '../../operations/checkIn/types.ts'

/** 10:00 in the business's zone (24-hour), whatever the browser's zone. */
export const clockTime = (iso: string, timeZone: string, locale: string): string =>
  new Intl.DateTimeFormat(locale, { hour: '2-digit', hourCycle: 'h23', minute: '2-digit', timeZone }).format(new Date(iso))

/** "Mon, 23 Mar" in the business's zone. */
export const dayLabel = (iso: string, timeZone: string, locale: string): string =>
  new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', timeZone, weekday: 'short' }).format(new Date(iso))

/** "10:00–11:00" */
export const timeRange = (booking: CheckInBooking, timeZone: string, locale: string): string =>
  `${clockTime(booking.start, timeZone, locale)}–${clockTime(booking.end, timeZone, locale)}`

/** Whether the desk checks this booking in at once when it is scanned: today's and still expected. */
export const checksInAtOnce = (booking: CheckInBooking): boolean =>
  booking.today && !booking.checkedInAt && (booking.status === 'confirmed' || booking.status === 'no-show')

/** Whether it can be checked in at all (a cancelled booking or a hold cannot). */
export const canCheckIn = (booking: CheckInBooking): boolean =>
  !booking.checkedInAt && booking.status !== 'cancelled' && booking.status !== 'held'

/** The warnings to show with a booking: not today, and its state when it is not plainly confirmed. */
export const warningsOf = (booking: CheckInBooking): { key: string; vars?: Record<string, string> }[] => {
  const out: { key: string; vars?: Record<string, string> }[] = []
  const status: Record<string, string> = {
    cancelled: 'checkin_status_cancelled',
    completed: 'checkin_status_completed',
    held: 'checkin_status_held',
    'no-show': 'checkin_status_noShow',
  }
  if (status[booking.status]) out.push({ key: status[booking.status]! })
  return out
}
