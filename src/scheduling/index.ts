/**
 * The pure scheduling engine: wall-clock schedules in, UTC slots and booking checks out.
 * No Payload, no clock, no environment: callers pass `now` and all data.
 */

export type {
  BookingCheck,
  BusyBooking,
  Interval,
  Schedule,
  ScheduleException,
  ServiceRules,
  Slot,
  SlotQuery,
  Weekday,
  WeeklyRule,
} from './types.ts'

export { occupiedInterval } from './busy.ts'
export { checkBooking } from './checkBooking.ts'
export type { CheckBookingArgs } from './checkBooking.ts'
export {
  clipIntervals,
  containsInterval,
  intersectIntervals,
  intervalsOverlap,
  mergeIntervals,
  overlapsAny,
  subtractIntervals,
} from './intervals.ts'
export { buildOccupancy, seatsLeftAt } from './occupancy.ts'
export type { Occupancy } from './occupancy.ts'
export { computeSlots } from './slots.ts'
export {
  addDays,
  DAY_MS,
  daysBetween,
  HOUR_MS,
  isValidDate,
  isValidTime,
  isValidTimeZone,
  localDateOf,
  localTimeOf,
  MINUTE_MS,
  startOfLocalDay,
  timeToMinutes,
  wallClockToInstant,
  weekdayOf,
  zoneOffsetMs,
} from './time.ts'
export { hoursOnDate, workingIntervals } from './workingHours.ts'
export type { DayHours } from './workingHours.ts'
