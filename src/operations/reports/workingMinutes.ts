import type { Schedule } from '../../scheduling/types.ts'

import { addDays, daysBetween, MINUTE_MS, startOfLocalDay } from '../../scheduling/time.ts'
import { workingIntervals } from '../../scheduling/workingHours.ts'

/** The calendar dates from `from` to `to`, both inclusive. */
export const datesOf = (from: string, to: string): string[] =>
  Array.from({ length: daysBetween(from, to) + 1 }, (_, i) => addDays(from, i))

/**
 * Minutes each schedule gives on each local date of the range, in the business's zone `timezone`
 * (the schedule's rules are read in the schedule's own zone by the engine): weekly rules, with
 * exceptions that close days or replace their hours. An interval across midnight is split between
 * the two dates; a DST day counts the hours the clock really shows (09:00–17:00 is 8 hours).
 */
export const workingMinutesByDay = (
  schedule: Schedule,
  from: string,
  to: string,
  timezone: string,
): Map<string, number> => {
  const dates = datesOf(from, to)
  const bounds = [...dates, addDays(to, 1)].map((date) => startOfLocalDay(date, timezone))
  const minutes = new Map<string, number>()
  const intervals = workingIntervals(schedule, { end: bounds[bounds.length - 1]!, start: bounds[0]! })
  let day = 0
  for (const interval of intervals) {
    while (day < dates.length && bounds[day + 1]! <= interval.start) day++
    for (let d = day; d < dates.length && bounds[d]! < interval.end; d++) {
      const overlap = Math.min(interval.end, bounds[d + 1]!) - Math.max(interval.start, bounds[d]!)
      if (overlap > 0) {
        minutes.set(dates[d]!, (minutes.get(dates[d]!) ?? 0) + overlap / MINUTE_MS)
      }
    }
  }
  return minutes
}
