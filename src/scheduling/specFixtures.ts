/**
 * Shared builders for the engine's specs: a schedule, a service, a booking and a slot query with
 * plain defaults each test overrides. Not part of the engine.
 */
import type { BusyBooking, Schedule, ServiceRules, SlotQuery, Weekday, WeeklyRule } from './types.ts'

export const ALL_DAYS: Weekday[] = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun']
export const NOW = Date.UTC(2026, 0, 1)

export function everyDay(start: string, end: string): WeeklyRule[] {
  return ALL_DAYS.map((day) => ({ day, end, start }))
}

export function schedule(timezone: string, weekly: WeeklyRule[], staffId = 'anna'): Schedule {
  return { exceptions: [], staffId, timezone, weekly }
}

export function service(overrides: Partial<ServiceRules> = {}): ServiceRules {
  return {
    bufferAfterMinutes: 0,
    bufferBeforeMinutes: 0,
    capacity: 1,
    durationMinutes: 60,
    id: 'haircut',
    maxAdvanceDays: 365,
    minNoticeMinutes: 0,
    slotStepMinutes: 60,
    ...overrides,
  }
}

export function booking(start: number, end: number, overrides: Partial<BusyBooking> = {}): BusyBooking {
  return {
    bufferAfterMinutes: 0,
    bufferBeforeMinutes: 0,
    end,
    seats: 1,
    serviceId: 'other',
    staffId: 'anna',
    start,
    ...overrides,
  }
}

export function query(overrides: Partial<SlotQuery>): SlotQuery {
  return {
    bookings: [],
    from: '2026-07-15',
    now: NOW,
    schedules: [schedule('UTC', everyDay('09:00', '17:00'))],
    service: service(),
    timezone: 'UTC',
    to: '2026-07-15',
    ...overrides,
  }
}
