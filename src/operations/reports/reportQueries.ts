import type { SanitizedBookingOptions } from '../../types.ts'
import type { BookingCounts } from './metrics.ts'
import type { ReportSql, SqlValue } from './reportSql.ts'

import { HOLD_EXPIRED_REASON } from '../../jobs/releaseExpiredHolds.ts'

/** What every aggregate is narrowed to: bookings starting (requests arriving) in `[start, end)`. */
export interface ReportScope {
  end: number
  now: number
  service: null | SqlValue
  /** null: every staff member. */
  staff: null | SqlValue[]
  start: number
}

export type Grouping = 'day' | 'service' | 'staff'

/** One group of the bookings aggregate: `key` a day bucket, or a staff id with the service id in `key2`. */
export interface BookingRow extends BookingCounts {
  key: string
  key2: string
  /** Minutes of staff time in appointments: a group class's session once, whatever its seats. */
  sessionMinutes: number
}

const DAY_MS = 86_400_000
const STANDING = `('confirmed', 'completed', 'no-show')`
const EARNING = `('confirmed', 'completed')`
const PAID_ONLINE = `('paid', 'deposit', 'partially-refunded')`
const PAYMENT_RECEIVED = `('paid', 'refunded', 'partially-refunded')`

const num = (value: unknown): number => {
  const n = Number(value ?? 0)
  return Number.isFinite(n) ? n : 0
}
const key = (value: unknown): string => (value === null || value === undefined ? '' : String(value))

/**
 * The aggregate queries of a report. Every query groups in the database and returns one row per
 * group (a day or an hour bucket, a staff member or a service, per currency or status), so the
 * rows that reach Node are bounded by days × currencies, staff or services, never by bookings.
 */
export const reportQueries = (sql: ReportSql, options: SanitizedBookingOptions, scope: ReportScope) => {
  const { bookings, payments, requests } = options.slugs
  const b = (field: string) => sql.column(bookings, field, 'b')
  const list = (values: SqlValue[]) => `(${values.map(sql.literal).join(', ')})`

  /** The bookings of the scope, as a WHERE clause on alias `b`. */
  const bookingWhere = (): string => {
    const parts = [`${b('start')} >= ${sql.instant(scope.start)}`, `${b('start')} < ${sql.instant(scope.end)}`]
    if (scope.staff) parts.push(scope.staff.length ? `${b('staff')} IN ${list(scope.staff)}` : '1 = 0')
    if (scope.service !== null) parts.push(`${b('service')} = ${sql.literal(scope.service)}`)
    return parts.join(' AND ')
  }
  const groupKey = (grouping: Grouping, dateColumn: string, alias: string) => {
    const c = (field: string) => sql.column(alias === 'b' ? bookings : requests, field, alias)
    return grouping === 'day' ? sql.bucket(dateColumn) : grouping === 'staff' ? c('staff') : c('service')
  }

  const status = b('status')
  const standing = `${status} IN ${STANDING}`
  const started = `${standing} AND ${b('start')} < ${sql.instant(scope.now)}`
  const cancelled = `${status} = 'cancelled' AND COALESCE(${b('cancellation_reason')}, '') <> ${sql.literal(HOLD_EXPIRED_REASON)}`
  const minutes = `COALESCE(${sql.minutes(b('start'), b('end'))}, 0)`
  const currency = `COALESCE(NULLIF(${b('currency')}, ''), ${sql.literal(options.payments.currency)})`
  const count = (condition: string) => `SUM(CASE WHEN ${condition} THEN 1 ELSE 0 END)`
  const sum = (condition: string, value: string) => `SUM(CASE WHEN ${condition} THEN ${value} ELSE 0 END)`

  const sums = (from: string) =>
    ['bookings', 'seats', 'started', 'checked_in', 'no_shows', 'cancelled', 'seat_minutes', 'session_minutes', 'paid_online', 'revenue']
      .map((c) => `SUM(${from}.${c}) AS ${c}`)
      .join(', ')

  /**
   * Booking counts, minutes and revenue per local day (`days`) and per staff member and service
   * (`pairs`), per currency, in one statement: the bookings are grouped once by session (day,
   * staff, service, currency, start, end), which is also what counts a group class's minutes once
   * (`session_minutes`), and that grouping is rolled up twice.
   */
  const bookingAggregates = async (): Promise<{ days: BookingRow[]; pairs: BookingRow[] }> => {
    const rows = await sql.query(
      `WITH g AS (
        SELECT ${sql.bucket(b('start'))} AS k, ${b('staff')} AS st, ${b('service')} AS sv, ${currency} AS cur,
          ${count(standing)} AS bookings,
          ${sum(standing, b('seats'))} AS seats,
          ${count(started)} AS started,
          ${count(`${started} AND ${b('checkedInAt')} IS NOT NULL`)} AS checked_in,
          ${count(`${status} = 'no-show'`)} AS no_shows,
          ${count(cancelled)} AS cancelled,
          ${sum(standing, `${b('seats')} * ${minutes}`)} AS seat_minutes,
          MAX(CASE WHEN ${standing} THEN ${minutes} ELSE 0 END) AS session_minutes,
          ${count(`${standing} AND ${b('paymentStatus')} IN ${PAID_ONLINE}`)} AS paid_online,
          ${sum(`${status} IN ${EARNING}`, `COALESCE(${b('price')}, 0) * ${b('seats')}`)} AS revenue
        FROM ${sql.table(bookings)} b
        WHERE ${bookingWhere()}
        GROUP BY 1, 2, 3, 4, ${b('start')}, ${b('end')}
      )
      SELECT 'day' AS dim, g.k AS k1, '' AS k2, g.cur AS cur, ${sums('g')} FROM g GROUP BY g.k, g.cur
      UNION ALL
      SELECT 'pair' AS dim, CAST(g.st AS TEXT) AS k1, CAST(g.sv AS TEXT) AS k2, g.cur AS cur, ${sums('g')} FROM g GROUP BY g.st, g.sv, g.cur`,
    )
    const out = { days: [] as BookingRow[], pairs: [] as BookingRow[] }
    for (const r of rows) {
      out[r.dim === 'day' ? 'days' : 'pairs'].push({
        bookings: num(r.bookings),
        cancelled: num(r.cancelled),
        checkedIn: num(r.checked_in),
        currency: key(r.cur),
        key: key(r.k1),
        key2: key(r.k2),
        noShows: num(r.no_shows),
        paidOnline: num(r.paid_online),
        revenue: num(r.revenue),
        seatMinutes: num(r.seat_minutes),
        seats: num(r.seats),
        sessionMinutes: num(r.session_minutes),
        started: num(r.started),
      })
    }
    return out
  }

  /** Requests that arrived in the range, per group and status as a reader sees it (expired at once). */
  const requestCounts = async (grouping: Grouping): Promise<{ count: number; key: string; status: string }[]> => {
    const r = (field: string) => sql.column(requests, field, 'r')
    const stored = `CAST(${r('status')} AS TEXT)`
    const ranOut = `(${r('preferredStart')} IS NOT NULL AND ${r('preferredStart')} <= ${sql.instant(scope.now)})
      OR (${r('preferredStart')} IS NULL AND ${r('createdAt')} <= ${sql.instant(scope.now - options.requestExpiryDays * DAY_MS)})`
    const parts = [`${r('createdAt')} >= ${sql.instant(scope.start)}`, `${r('createdAt')} < ${sql.instant(scope.end)}`]
    if (scope.staff) parts.push(scope.staff.length ? `${r('staff')} IN ${list(scope.staff)}` : '1 = 0')
    if (scope.service !== null) parts.push(`${r('service')} = ${sql.literal(scope.service)}`)
    const rows = await sql.query(
      `SELECT ${groupKey(grouping, r('createdAt'), 'r')} AS k,
        CASE WHEN ${stored} IN ('new', 'contacted') AND (${ranOut}) THEN 'expired' ELSE ${stored} END AS st,
        COUNT(*) AS n
      FROM ${sql.table(requests)} r
      WHERE ${parts.join(' AND ')}
      GROUP BY 1, 2`,
    )
    return rows.map((row) => ({ count: num(row.n), key: key(row.k), status: key(row.st) }))
  }

  /** Payments received online for the bookings of the scope, per currency, in minor units. */
  const onlinePayments = async (): Promise<{ bookings: number; currency: string; paid: number; refunded: number }[]> => {
    const p = (field: string) => sql.column(payments, field, 'p')
    const rows = await sql.query(
      `SELECT ${p('currency')} AS cur, SUM(${p('amount')}) AS paid, SUM(COALESCE(${p('refundedAmount')}, 0)) AS refunded,
        COUNT(DISTINCT ${p('booking')}) AS n
      FROM ${sql.table(payments)} p JOIN ${sql.table(bookings)} b ON ${b('id')} = ${p('booking')}
      WHERE ${p('status')} IN ${PAYMENT_RECEIVED} AND ${bookingWhere()}
      GROUP BY 1`,
    )
    return rows.map((r) => ({ bookings: num(r.n), currency: key(r.cur), paid: num(r.paid), refunded: num(r.refunded) }))
  }

  return { bookingAggregates, onlinePayments, requestCounts }
}
