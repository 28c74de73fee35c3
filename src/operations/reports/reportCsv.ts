import type { Report, ReportMetrics } from './types.ts'

/**
 * One CSV table of a report, one row per slice: `section` is `total`, `day`, `staff` or
 * `service`, `key` the date or id, `name` the staff member's or service's name. The columns are
 * the same numbers as the JSON (rates as fractions, 0.25 = 25 %), revenue and online payments one
 * column per currency. UTF-8 with a byte-order mark (spreadsheets then read names right), CRLF
 * line ends (RFC 4180); a cell that a spreadsheet would run as a formula is prefixed with '.
 */
export const reportCsv = (report: Report): string => {
  const currencies = report.currencies
  const header = [
    'section',
    'key',
    'name',
    'bookings',
    'seats',
    'started',
    'checked_in',
    'check_in_rate',
    'no_shows',
    'no_show_rate',
    'cancelled',
    'cancellation_rate',
    'booked_minutes',
    'available_minutes',
    'utilisation',
    'requests_received',
    'requests_booked',
    'requests_declined',
    'requests_expired',
    'requests_open',
    'paid_online_bookings',
    ...currencies.map((c) => `revenue_${c}`),
    ...currencies.flatMap((c) => [`paid_online_${c}`, `refunded_online_${c}`]),
  ]
  const row = (section: string, key: string, name: string, m: ReportMetrics, withPayments: boolean) => [
    section,
    key,
    name,
    m.bookings,
    m.seats,
    m.started,
    m.checkedIn,
    m.checkInRate,
    m.noShows,
    m.noShowRate,
    m.cancelled,
    m.cancellationRate,
    m.bookedMinutes,
    m.availableMinutes,
    m.utilisation,
    m.requests.received,
    m.requests.booked,
    m.requests.declined,
    m.requests.expired,
    m.requests.open,
    m.paidOnlineBookings,
    ...currencies.map((c) => m.revenue[c] ?? 0),
    ...currencies.flatMap((c) =>
      withPayments ? [report.paidOnline[c]?.paid ?? 0, report.paidOnline[c]?.refunded ?? 0] : [null, null],
    ),
  ]
  const rows = [
    header,
    row('total', `${report.from}..${report.to}`, '', report.totals, true),
    ...report.days.map((d) => row('day', d.date, '', d, false)),
    ...report.staff.map((s) => row('staff', String(s.id), s.name, s, false)),
    ...report.services.map((s) => row('service', String(s.id), s.name, s, false)),
  ]
  return `\uFEFF${rows.map((cells) => cells.map(cell).join(',')).join('\r\n')}\r\n`
}

const cell = (value: null | number | string): string => {
  if (value === null) return ''
  if (typeof value === 'number') return String(value)
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe
}

/** `booking-report-2026-03-01_2026-03-31.csv`, with the filters in the name when set. */
export const reportFilename = (report: Report): string => {
  const parts = [`booking-report-${report.from}_${report.to}`]
  if (report.filters.staff !== null) parts.push(`staff-${String(report.filters.staff)}`)
  if (report.filters.service !== null) parts.push(`service-${String(report.filters.service)}`)
  return `${parts.join('-').replace(/[^\w.-]/g, '')}.csv`
}
