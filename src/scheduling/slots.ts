/**
 * Bookable slots of one service across the staff members that offer it.
 */

import type { BusyBooking, Interval, Schedule, Slot, SlotQuery } from './types.ts'

import { mergeIntervals } from './intervals.ts'
import { buildOccupancy, seatsLeftAt } from './occupancy.ts'
import { addDays, DAY_MS, isValidDate, isValidTimeZone, localDateOf, MINUTE_MS, startOfLocalDay } from './time.ts'
import { workingIntervals } from './workingHours.ts'

/** How far before the first allowed start working hours are read to find where an interval begins. */
const LOOKBACK_MS = 2 * DAY_MS

/**
 * The bookable slots for `q.service` between the local dates `q.from` and `q.to` (both inclusive,
 * read in `q.timezone`), one list over all schedules, sorted by start then staffId.
 *
 * - A slot's start lies in [00:00 of `from`, 00:00 of the day after `to`) in `q.timezone`; its end
 *   may lie after that (an appointment starting 23:30 on `to` is included).
 * - Candidate starts step by `slotStepMinutes` from the start of each (merged) working interval; the
 *   appointment [s, s + duration) must lie inside that working interval (buffers may fall outside).
 *   The anchor does not depend on the query: an overnight interval keeps its evening start even when
 *   only the next date is asked for. Hours continuous for more than two days before the first allowed
 *   start (e.g. 24/7) are anchored at a local midnight of the (first) schedule's timezone instead.
 * - Dropped: s < now, s < now + minNotice, s > now + maxAdvanceDays × 24h.
 * - Blocked: the occupied interval [s - bufferBefore, s + duration + bufferAfter) overlaps the
 *   occupied interval of another booking of the same staff member, except bookings of the same
 *   group service (capacity > 1) with the identical start and end, which share seats instead;
 *   a slot whose seats are all taken is dropped.
 * - Several schedules with the same staffId are united. Bookings of staff without a schedule are ignored.
 *
 * Runs in O((days × rules + bookings + slots) log n). Throws a RangeError on invalid dates/timezone
 * or a non-positive duration/step.
 */
export function computeSlots(q: SlotQuery): Slot[] {
  const svc = q.service
  if (!isValidDate(q.from) || !isValidDate(q.to)) throw new RangeError(`Invalid range '${q.from}'..'${q.to}'`)
  if (!isValidTimeZone(q.timezone)) throw new RangeError(`Invalid timezone '${q.timezone}'`)
  const duration = svc.durationMinutes * MINUTE_MS
  const step = svc.slotStepMinutes * MINUTE_MS
  if (!(duration > 0)) throw new RangeError('durationMinutes must be positive')
  if (!(step > 0)) throw new RangeError('slotStepMinutes must be positive')
  if (q.to < q.from || !(svc.capacity >= 1)) return []

  const window: Interval = {
    end: startOfLocalDay(addDays(q.to, 1), q.timezone),
    start: startOfLocalDay(q.from, q.timezone),
  }
  // Allowed starts: lo <= s < hi.
  const lo = Math.max(window.start, q.now, q.now + svc.minNoticeMinutes * MINUTE_MS)
  const hi = Math.min(window.end, q.now + svc.maxAdvanceDays * DAY_MS + 1)
  if (!(lo < hi)) return []

  // Working hours are read from LOOKBACK before the first allowed start, so an interval that began
  // earlier (an overnight shift) keeps its real start as the grid anchor, and up to the end of the
  // last possible appointment.
  const reach: Interval = { end: hi + duration, start: lo - LOOKBACK_MS }

  const schedulesByStaff = new Map<string, Schedule[]>()
  for (const s of q.schedules) {
    const list = schedulesByStaff.get(s.staffId) ?? []
    list.push(s)
    schedulesByStaff.set(s.staffId, list)
  }
  const bookingsByStaff = new Map<string, BusyBooking[]>()
  for (const b of q.bookings) {
    if (!schedulesByStaff.has(b.staffId)) continue
    const list = bookingsByStaff.get(b.staffId) ?? []
    list.push(b)
    bookingsByStaff.set(b.staffId, list)
  }

  const slots: Slot[] = []
  for (const [staffId, schedules] of schedulesByStaff) {
    const working = mergeIntervals(schedules.flatMap((s) => workingIntervals(s, reach)))
    if (working.length === 0) continue
    const occupancy = buildOccupancy(bookingsByStaff.get(staffId) ?? [], svc)
    const zone = (schedules[0] as Schedule).timezone
    for (const iv of working) {
      // Hours continuous since before `reach` have no known start: anchor them at a local midnight.
      const anchor = iv.start > reach.start ? iv.start : startOfLocalDay(localDateOf(iv.start, zone), zone)
      const skip = Math.max(0, Math.ceil((Math.max(lo, iv.start) - anchor) / step))
      for (let s = anchor + skip * step; s < hi && s + duration <= iv.end; s += step) {
        const seatsLeft = seatsLeftAt(occupancy, s, s + duration)
        if (seatsLeft !== null && seatsLeft > 0) slots.push({ end: s + duration, seatsLeft, staffId, start: s })
      }
    }
  }
  return slots.sort((a, b) => a.start - b.start || (a.staffId < b.staffId ? -1 : a.staffId > b.staffId ? 1 : 0))
}
