import type { Schedule } from '../../scheduling/types.ts'

import { addDays, daysBetween, MINUTE_MS, startOfLocalDay, timeToMinutes, zoneOffsetMs } from '../../scheduling/time.ts'
import { hoursOnDate, workingIntervals } from '../../scheduling/workingHours.ts'

/** The calendar dates from `from` to `to`, both inclusive. */
export const datesOf = (from: string, to: string): string[] =>
  Array.from({ length: daysBetween(from, to) + 1 }, (_, i) => addDays(from, i))

/** Minutes of one local date, exactly: the engine's instants, clipped to the date's bounds. */
const exactMinutes = (schedule: Schedule, date: string, timezone: string): number => {
  const window = { end: startOfLocalDay(addDays(date, 1), timezone), start: startOfLocalDay(date, timezone) }
  return workingIntervals(schedule, window).reduce((sum, i) => sum + (i.end - i.start) / MINUTE_MS, 0)
}

/**
 * The dates of the range on or next to a change of the zone's UTC offset (DST): there, wall-clock
 * minutes and real minutes differ, and the engine's instants decide. Found by the offset at each
 * UTC midnight, with a day of margin either side (local and UTC midnight are up to 14 h apart).
 */
const offsetChangeDates = (dates: string[], timezone: string): Set<string> => {
  const offsets = [...dates, addDays(dates[dates.length - 1]!, 1)].map((d) => zoneOffsetMs(Date.parse(`${d}T00:00:00Z`), timezone))
  const out = new Set<string>()
  for (let i = 0; i < dates.length; i++) {
    if (offsets[i] !== offsets[i + 1]) {
      for (const d of [addDays(dates[i]!, -1), dates[i]!, addDays(dates[i]!, 1)]) out.add(d)
    }
  }
  return out
}

/** Sum of the union of minute segments `[start, end)` of one day. */
const unionMinutes = (segments: [number, number][]): number => {
  segments.sort((a, b) => a[0] - b[0])
  let total = 0
  let [cs, ce] = [-1, -1]
  for (const [s, e] of segments) {
    if (s > ce) {
      total += ce - cs
      ;[cs, ce] = [s, e]
    } else if (e > ce) {
      ce = e
    }
  }
  return total + (ce - cs)
}

/**
 * Minutes each schedule gives on each local date of the range, in the business's zone `timezone`:
 * weekly rules, with exceptions that close days or replace their hours; overlapping rules count
 * once, a rule across midnight is split between its two dates, and a DST day counts the hours the
 * clock really shows (09:00–17:00 is 8 hours on both sides of a change). Same answer as clipping
 * the engine's `workingIntervals` to each day, computed from wall-clock minutes on ordinary days
 * (a year of 20 schedules in milliseconds) and by the engine on DST days and for schedules kept
 * in another zone.
 */
export const workingMinutesByDay = (
  schedules: Schedule[],
  from: string,
  to: string,
  timezone: string,
): Map<string, Map<string, number>> => {
  const dates = datesOf(from, to)
  const changes = offsetChangeDates(dates, timezone)
  const result = new Map<string, Map<string, number>>()
  const memo = new Map<string, Map<string, number>>()
  for (const schedule of schedules) {
    const key = JSON.stringify([schedule.timezone, schedule.weekly, schedule.exceptions])
    let minutes = memo.get(key)
    if (!minutes) {
      minutes = new Map<string, number>()
      if (schedule.timezone !== timezone) {
        for (const date of dates) minutes.set(date, exactMinutes(schedule, date, timezone))
      } else {
        const segments = new Map<string, [number, number][]>(dates.map((d) => [d, []]))
        for (const date of [addDays(from, -1), ...dates]) {
          for (const h of hoursOnDate(schedule, date)) {
            const s = timeToMinutes(h.start)
            const e = timeToMinutes(h.end)
            if (e > s) {
              segments.get(date)?.push([s, e])
            } else {
              segments.get(date)?.push([s, 1440])
              if (e > 0) segments.get(addDays(date, 1))?.push([0, e])
            }
          }
        }
        for (const date of dates) {
          minutes.set(date, changes.has(date) ? exactMinutes(schedule, date, timezone) : unionMinutes(segments.get(date)!))
        }
      }
      memo.set(key, minutes)
    }
    const into = result.get(schedule.staffId) ?? new Map<string, number>()
    for (const [date, m] of minutes) if (m > 0) into.set(date, (into.get(date) ?? 0) + m)
    result.set(schedule.staffId, into)
  }
  return result
}
