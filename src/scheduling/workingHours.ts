/**
 * Turns a staff member's wall-clock schedule (weekly rules + dated exceptions, read in the schedule's
 * timezone) into UTC working intervals.
 */

import type { Interval, Schedule, ScheduleException, Weekday, WeeklyRule } from './types.ts'

import { clipIntervals, mergeIntervals } from './intervals.ts'
import {
  addDays,
  isValidDate,
  isValidTime,
  isValidTimeZone,
  localDateOf,
  timeToMinutes,
  wallClockToInstant,
  weekdayOf,
} from './time.ts'

/** Wall-clock hours of one calendar date: 'HH:mm' start and end (end <= start runs past midnight). */
export interface DayHours {
  end: string
  start: string
}

/**
 * The wall-clock hours a schedule gives on one local calendar date, before conversion to instants:
 * - an exception with `closed: true` covering the date → no hours;
 * - otherwise exceptions with `closed: false` and valid start/end covering the date → their hours
 *   (they replace the weekly rules for that date);
 * - otherwise the weekly rules of the date's weekday.
 * An exception covers `date` ≤ d ≤ `endDate ?? date`. Malformed rules/exceptions are ignored.
 */
export function hoursOnDate(schedule: Schedule, date: string): DayHours[] {
  return hoursFor(date, weeklyByDay(schedule.weekly), usableExceptions(schedule.exceptions))
}

/**
 * The UTC working intervals of `schedule` that intersect `window`: sorted, merged (overlapping or
 * touching intervals joined) and clipped to `window`. Every local date of the schedule's timezone that
 * can touch the window is considered, so an overnight rule of the day before still counts.
 * Each rule keeps its wall-clock meaning on DST days (09:00–17:00 is 8 hours on both sides of a change).
 * Throws a RangeError when the schedule's timezone is invalid.
 */
export function workingIntervals(schedule: Schedule, window: Interval): Interval[] {
  const tz = schedule.timezone
  if (!isValidTimeZone(tz)) throw new RangeError(`Invalid schedule timezone '${tz}'`)
  if (!(window.end > window.start)) return []

  const first = addDays(localDateOf(window.start, tz), -1)
  const last = addDays(localDateOf(window.end, tz), 1)
  const byDay = weeklyByDay(schedule.weekly)
  const exceptions = usableExceptions(schedule.exceptions).filter((e) => e.date <= last && e.endDate >= first)

  const out: Interval[] = []
  for (let date = first; date <= last; date = addDays(date, 1)) {
    for (const h of hoursFor(date, byDay, exceptions)) out.push(hoursToInterval(date, h, tz))
  }
  return clipIntervals(mergeIntervals(out), window)
}

/** One day's wall-clock hours as an instant interval; an end at or before the start ends the next day. */
function hoursToInterval(date: string, h: DayHours, tz: string): Interval {
  const start = wallClockToInstant(date, h.start, tz)
  const endDate = timeToMinutes(h.end) <= timeToMinutes(h.start) ? addDays(date, 1) : date
  return { end: wallClockToInstant(endDate, h.end, tz), start }
}

interface UsableException {
  closed: boolean
  date: string
  endDate: string
  hours: DayHours | null
}

function hoursFor(
  date: string,
  byDay: ReadonlyMap<Weekday, DayHours[]>,
  exceptions: readonly UsableException[],
): DayHours[] {
  const replaced: DayHours[] = []
  for (const e of exceptions) {
    if (date < e.date || date > e.endDate) continue
    if (e.closed) return []
    if (e.hours) replaced.push(e.hours)
  }
  if (replaced.length > 0) return replaced
  return byDay.get(weekdayOf(date)) ?? []
}

function isUsableHours(start: null | string | undefined, end: null | string | undefined): boolean {
  return (
    typeof start === 'string' && typeof end === 'string' && isValidTime(start) && isValidTime(end, { allow24: true })
  )
}

function weeklyByDay(weekly: readonly WeeklyRule[]): Map<Weekday, DayHours[]> {
  const map = new Map<Weekday, DayHours[]>()
  for (const r of weekly) {
    if (!isUsableHours(r.start, r.end)) continue
    const list = map.get(r.day) ?? []
    list.push({ end: r.end, start: r.start })
    map.set(r.day, list)
  }
  return map
}

/**
 * Exceptions with a valid date; `endDate` missing, malformed or before `date` means a single day.
 * A non-closed exception without valid hours has no effect and is dropped.
 */
function usableExceptions(exceptions: readonly ScheduleException[]): UsableException[] {
  const out: UsableException[] = []
  for (const e of exceptions) {
    if (!isValidDate(e.date)) continue
    const endDate = typeof e.endDate === 'string' && isValidDate(e.endDate) && e.endDate > e.date ? e.endDate : e.date
    if (e.closed) {
      out.push({ closed: true, date: e.date, endDate, hours: null })
    } else if (isUsableHours(e.start, e.end)) {
      out.push({ closed: false, date: e.date, endDate, hours: { end: e.end as string, start: e.start as string } })
    }
  }
  return out
}
