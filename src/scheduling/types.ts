/**
 * Types of the pure scheduling engine. Nothing here imports Payload: the engine takes plain data
 * in and gives UTC instants out, so it can be tested (and reasoned about) on its own.
 *
 * Conventions:
 * - An instant is a number of milliseconds since the epoch (UTC). Intervals are half-open [start, end).
 * - A calendar date is 'YYYY-MM-DD'; a wall-clock time is 'HH:mm' ('24:00' allowed as an end).
 * - Wall-clock rules are read in the schedule's IANA timezone. A local time that does not exist
 *   (spring forward) moves forward by the gap; one that occurs twice (fall back) is the earlier one.
 */

export type Weekday = 'fri' | 'mon' | 'sat' | 'sun' | 'thu' | 'tue' | 'wed'

export interface Interval {
  end: number
  start: number
}

export interface WeeklyRule {
  day: Weekday
  /** 'HH:mm'; an end at or before the start means the interval runs past midnight into the next day. */
  end: string
  start: string
}

export interface ScheduleException {
  /** True: no working hours on these dates. False: the given hours replace the weekly rules on these dates. */
  closed: boolean
  date: string
  /** Inclusive last date of a multi-day exception; defaults to `date`. */
  endDate?: null | string
  end?: null | string
  start?: null | string
}

export interface Schedule {
  exceptions: ScheduleException[]
  staffId: string
  timezone: string
  weekly: WeeklyRule[]
}

/** A booking that occupies a staff member, as the engine sees it. */
export interface BusyBooking {
  bufferAfterMinutes: number
  bufferBeforeMinutes: number
  end: number
  /** Seats this booking takes (group classes). */
  seats: number
  serviceId: string
  staffId: string
  start: number
}

export interface ServiceRules {
  bufferAfterMinutes: number
  bufferBeforeMinutes: number
  /** Seats per slot; > 1 makes a group class: bookings of this service at the same start share seats. */
  capacity: number
  durationMinutes: number
  id: string
  /** Latest bookable start, in days from `now`. */
  maxAdvanceDays: number
  /** Earliest bookable start, in minutes from `now`. */
  minNoticeMinutes: number
  /** Distance between candidate starts within a working interval. */
  slotStepMinutes: number
}

export interface SlotQuery {
  bookings: BusyBooking[]
  /** First calendar date of the range (inclusive), read in `timezone`. */
  from: string
  now: number
  schedules: Schedule[]
  service: ServiceRules
  /** The zone the calendar dates `from`/`to` are read in. */
  timezone: string
  /** Last calendar date of the range (inclusive), read in `timezone`. */
  to: string
}

export interface Slot {
  end: number
  seatsLeft: number
  staffId: string
  start: number
}

/** What `checkBooking` says about one proposed booking. */
export type BookingCheck =
  | { conflict: BusyBooking; ok: false; reason: 'conflict' }
  | { ok: false; reason: 'full'; seatsLeft: number }
  | { ok: false; reason: 'outside-hours' }
  | { ok: true; seatsLeft: number }
