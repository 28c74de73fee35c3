/**
 * Wall-clock helpers of the calendar, always in the business's zone (never the browser's): the
 * same pure functions the scheduling engine uses, so the grid and the server agree on DST days.
 */
import { addDays, localDateOf, localTimeOf, wallClockToInstant, weekdayOf, zoneOffsetMs } from '../../scheduling/time.ts'

export type CalendarMode = 'day' | 'month' | 'week'

export const SNAP_MINUTES = 15

const pad = (n: number) => String(n).padStart(2, '0')
export const DAY_MINUTES = 24 * 60

export { addDays, localDateOf }

const QUARTER_HOUR_MS = 15 * 60_000
const offsetCache = new Map<string, number>()

/**
 * The zone's offset at `instant`, cached per quarter hour (zones change offset only on such
 * boundaries): a week of 500 bookings asks thousands of times, one `Intl` call each otherwise.
 */
const offsetAt = (instant: number, tz: string): number => {
  const key = `${tz}|${Math.floor(instant / QUARTER_HOUR_MS)}`
  let offset = offsetCache.get(key)
  if (offset === undefined) {
    if (offsetCache.size > 50_000) offsetCache.clear()
    offset = zoneOffsetMs(instant, tz)
    offsetCache.set(key, offset)
  }
  return offset
}

/** The local calendar date and minute of the day at `instant` in `tz`. */
export const localParts = (instant: number, tz: string): { date: string; minutes: number } => {
  const local = new Date(instant + offsetAt(instant, tz))
  const date = `${String(local.getUTCFullYear()).padStart(4, '0')}-${pad(local.getUTCMonth() + 1)}-${pad(local.getUTCDate())}`
  return { date, minutes: local.getUTCHours() * 60 + local.getUTCMinutes() }
}

/** Minutes since local midnight of `date` at `instant`, clamped to [0, 1440]. */
export const minutesInDay = (instant: number, date: string, tz: string): number => {
  const local = localParts(instant, tz)
  if (local.date < date) return 0
  if (local.date > date) return DAY_MINUTES
  return local.minutes
}

/** `HH:mm` of a minute of the day (1440 is 24:00). */
export const minutesToTime = (minutes: number): string => `${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}`

/** The instant of minute `minutes` of local `date` (24:00 is the next day's 00:00). */
export const instantAt = (date: string, minutes: number, tz: string): number =>
  minutes >= DAY_MINUTES
    ? wallClockToInstant(addDays(date, Math.floor(minutes / DAY_MINUTES)), minutesToTime(minutes % DAY_MINUTES), tz)
    : wallClockToInstant(date, minutesToTime(Math.max(0, minutes)), tz)

export const snap = (minutes: number, step = SNAP_MINUTES): number => Math.round(minutes / step) * step

/** `HH:mm` in the zone. */
export const timeLabel = (iso: number | string, tz: string): string =>
  localTimeOf(typeof iso === 'number' ? iso : Date.parse(iso), tz)

/** Monday of the week containing `date`. */
export const weekStart = (date: string): string => {
  const index = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'].indexOf(weekdayOf(date))
  return addDays(date, -index)
}

/** First and last date the view shows (both inclusive). Month: whole weeks around the month. */
export const visibleRange = (mode: CalendarMode, date: string): { from: string; to: string } => {
  if (mode === 'day') return { from: date, to: date }
  if (mode === 'week') {
    const from = weekStart(date)
    return { from, to: addDays(from, 6) }
  }
  const first = `${date.slice(0, 8)}01`
  const nextMonth = monthShift(first, 1)
  return { from: weekStart(first), to: addDays(weekStart(addDays(nextMonth, -1)), 6) }
}

/** The same day `n` months later (clamped to the month's end). */
export const monthShift = (date: string, n: number): string => {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number]
  const total = y * 12 + (m - 1) + n
  const year = Math.floor(total / 12)
  const month = (total % 12) + 1
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate()
  return `${year}-${pad(month)}-${pad(Math.min(d, last))}`
}

/** Moves the anchor date by one step of the view. */
export const stepDate = (mode: CalendarMode, date: string, direction: -1 | 1): string =>
  mode === 'day' ? addDays(date, direction) : mode === 'week' ? addDays(date, 7 * direction) : monthShift(date, direction)

export const datesOf = (from: string, to: string): string[] => {
  const out: string[] = []
  for (let d = from; d <= to; d = addDays(d, 1)) out.push(d)
  return out
}

/** A date as the admin's language writes it (read as a calendar date, not an instant). */
export const dateLabel = (date: string, locale: string, options: Intl.DateTimeFormatOptions): string =>
  new Intl.DateTimeFormat(locale, { ...options, timeZone: 'UTC' }).format(new Date(`${date}T12:00:00Z`))
