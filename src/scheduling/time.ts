/**
 * Calendar and timezone helpers. Calendar dates ('YYYY-MM-DD') and wall-clock times ('HH:mm') are
 * plain strings; instants are epoch milliseconds. Everything timezone-related goes through a cached
 * `Intl.DateTimeFormat` per zone, so no global state other than those caches is touched.
 *
 * Supported instants: years 0001–9999 (the booking domain); calendar arithmetic itself is proleptic
 * Gregorian and timezone-free.
 */

import type { Weekday } from './types.ts'

export const MINUTE_MS = 60_000
export const HOUR_MS = 3_600_000
export const DAY_MS = 86_400_000

const WEEKDAYS: readonly Weekday[] = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat']

const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/
const TIME_RE = /^([01]\d|2[0-3]):([0-5]\d)$/

const formatters = new Map<string, Intl.DateTimeFormat>()
const zoneValidity = new Map<string, boolean>()

/**
 * True when `tz` is an IANA timezone (or other zone name) the runtime's Intl implementation accepts.
 * Results are cached per name.
 */
export function isValidTimeZone(tz: string): boolean {
  if (typeof tz !== 'string' || tz.length === 0) return false
  const cached = zoneValidity.get(tz)
  if (cached !== undefined) return cached
  let valid: boolean
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: tz })
    valid = true
  } catch {
    valid = false
  }
  zoneValidity.set(tz, valid)
  return valid
}

/** True when `date` is 'YYYY-MM-DD' and names a real calendar date (e.g. not '2026-02-30'). */
export function isValidDate(date: string): boolean {
  if (typeof date !== 'string') return false
  const m = DATE_RE.exec(date)
  if (!m) return false
  const year = Number(m[1])
  const month = Number(m[2])
  const day = Number(m[3])
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month)
}

/**
 * True when `t` is 'HH:mm' between '00:00' and '23:59'. With `allow24`, '24:00' (the end of the day)
 * is accepted too.
 */
export function isValidTime(t: string, options: { allow24?: boolean } = {}): boolean {
  if (typeof t !== 'string') return false
  if (t === '24:00') return options.allow24 === true
  return TIME_RE.test(t)
}

/** Minutes since midnight of a valid 'HH:mm' (or '24:00' → 1440). Throws a RangeError otherwise. */
export function timeToMinutes(t: string): number {
  if (t === '24:00') return 1440
  const m = TIME_RE.exec(t)
  if (!m) throw new RangeError(`Invalid time '${t}', expected HH:mm`)
  return Number(m[1]) * 60 + Number(m[2])
}

/** Calendar arithmetic without any timezone: the date `n` days after `date` (n may be negative). */
export function addDays(date: string, n: number): string {
  return formatUtcDate(dateToUtcMs(date) + n * DAY_MS)
}

/** The weekday of a calendar date. */
export function weekdayOf(date: string): Weekday {
  return WEEKDAYS[new Date(dateToUtcMs(date)).getUTCDay()] as Weekday
}

/** Whole calendar days from `a` to `b` (positive when `b` is later): `addDays(a, daysBetween(a, b)) === b`. */
export function daysBetween(a: string, b: string): number {
  return Math.round((dateToUtcMs(b) - dateToUtcMs(a)) / DAY_MS)
}

/**
 * UTC offset of `tz` at `instant`, in milliseconds (local = UTC + offset; Berlin in summer: 7_200_000).
 * Uses one cached `Intl.DateTimeFormat` per zone; throws a RangeError for an unknown zone.
 */
export function zoneOffsetMs(instant: number, tz: string): number {
  const fmt = formatterFor(tz)
  const text = fmt.format(new Date(instant))
  const m = /(\d+)\/(\d+)\/(\d+)\D+(\d+):(\d+):(\d+)/.exec(text)
  let asUtc: number
  if (m) {
    asUtc = utcMs(Number(m[3]), Number(m[1]), Number(m[2]), Number(m[4]), Number(m[5]), Number(m[6]))
  } else {
    const parts: Record<string, number> = {}
    for (const p of fmt.formatToParts(new Date(instant))) parts[p.type] = Number(p.value)
    asUtc = utcMs(
      parts.year ?? 0,
      parts.month ?? 1,
      parts.day ?? 1,
      parts.hour ?? 0,
      parts.minute ?? 0,
      parts.second ?? 0,
    )
  }
  const wholeSeconds = instant - (((instant % 1000) + 1000) % 1000)
  return asUtc - wholeSeconds
}

/**
 * The instant at which the wall clock in `tz` shows `time` on `date`. '24:00' is 00:00 of the next day.
 * A local time that does not exist (spring forward) is moved forward by the gap
 * (Berlin 2026-03-29 02:30 → 03:30 CEST = 01:30Z); a local time that occurs twice (fall back) resolves
 * to the earlier instant (Berlin 2026-10-25 02:30 → 00:30Z). Throws a RangeError on invalid input.
 */
export function wallClockToInstant(date: string, time: string, tz: string): number {
  if (!isValidTimeZone(tz)) throw new RangeError(`Invalid timezone '${tz}'`)
  const wall = dateToUtcMs(date) + timeToMinutes(time) * MINUTE_MS
  const before = zoneOffsetMs(wall - DAY_MS, tz)
  const after = zoneOffsetMs(wall + DAY_MS, tz)
  let best = Number.POSITIVE_INFINITY
  for (const offset of before === after ? [before] : [before, after]) {
    const t = wall - offset
    if (t < best && zoneOffsetMs(t, tz) === offset) best = t
  }
  // No offset maps back onto the wall time: it lies in a gap. Shift it forward by the gap.
  return Number.isFinite(best) ? best : wall - before
}

/** The calendar date the wall clock in `tz` shows at `instant`. */
export function localDateOf(instant: number, tz: string): string {
  return formatUtcDate(instant + zoneOffsetMs(instant, tz))
}

/** The wall-clock time ('HH:mm', seconds dropped) in `tz` at `instant`. */
export function localTimeOf(instant: number, tz: string): string {
  const local = instant + zoneOffsetMs(instant, tz)
  const minutes = Math.floor((((local % DAY_MS) + DAY_MS) % DAY_MS) / MINUTE_MS)
  return `${pad2(Math.floor(minutes / 60))}:${pad2(minutes % 60)}`
}

/** The first instant of the calendar day `date` in `tz` (its local 00:00, or the first time after a gap). */
export function startOfLocalDay(date: string, tz: string): number {
  return wallClockToInstant(date, '00:00', tz)
}

// ---------------------------------------------------------------------------------------------

function formatterFor(tz: string): Intl.DateTimeFormat {
  let fmt = formatters.get(tz)
  if (!fmt) {
    try {
      fmt = new Intl.DateTimeFormat('en-US', {
        day: 'numeric',
        hour: 'numeric',
        hourCycle: 'h23',
        minute: 'numeric',
        month: 'numeric',
        second: 'numeric',
        timeZone: tz,
        year: 'numeric',
      })
    } catch {
      throw new RangeError(`Invalid timezone '${tz}'`)
    }
    formatters.set(tz, fmt)
  }
  return fmt
}

/** Epoch ms of 00:00 UTC on a valid 'YYYY-MM-DD'; throws a RangeError otherwise. */
function dateToUtcMs(date: string): number {
  if (!isValidDate(date)) throw new RangeError(`Invalid date '${date}', expected YYYY-MM-DD`)
  return utcMs(Number(date.slice(0, 4)), Number(date.slice(5, 7)), Number(date.slice(8, 10)))
}

/** Like Date.UTC (1-based month) but without the 0–99 → 1900s year mapping. */
function utcMs(year: number, month: number, day: number, hour = 0, minute = 0, second = 0): number {
  const d = new Date(Date.UTC(2000, 0, 1, hour, minute, second))
  d.setUTCFullYear(year, month - 1, day)
  return d.getTime()
}

function formatUtcDate(ms: number): string {
  const d = new Date(ms)
  return `${String(d.getUTCFullYear()).padStart(4, '0')}-${pad2(d.getUTCMonth() + 1)}-${pad2(d.getUTCDate())}`
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31
}

function pad2(n: number): string {
  return String(n).padStart(2, '0')
}
