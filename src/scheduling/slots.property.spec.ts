import fc from 'fast-check'
import { describe, expect, it } from 'vitest'

import type {
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

import { occupiedInterval } from './busy.ts'
import { checkBooking } from './checkBooking.ts'
import { containsInterval, intervalsOverlap, mergeIntervals } from './intervals.ts'
import { computeSlots } from './slots.ts'
import { addDays, DAY_MS, localDateOf, MINUTE_MS, startOfLocalDay } from './time.ts'
import { workingIntervals } from './workingHours.ts'

const ZONES = ['Europe/Berlin', 'America/New_York', 'Asia/Kolkata', 'UTC']
const DAYS: Weekday[] = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun']
/** Range starts around the 2026 DST changes of Berlin (03-29, 10-25) and New York (03-08, 11-01). */
const BASES = ['2026-03-06', '2026-03-27', '2026-10-23', '2026-10-30', '2026-07-10', '2026-12-30']
const STAFF = ['anna', 'bob', 'cleo']
const RUNS = 200

const hhmm = (quarter: number) =>
  `${String(Math.floor(quarter / 4)).padStart(2, '0')}:${String((quarter % 4) * 15).padStart(2, '0')}`

interface Gen {
  /** Only rules within one local day and at most 16 hours long (see the completeness property). */
  sameDay: boolean
}

const arbHours = ({ sameDay }: Gen) =>
  sameDay
    ? fc
        .tuple(fc.integer({ max: 48, min: 1 }), fc.integer({ max: 64, min: 1 }))
        .map(([s, len]) => ({ end: hhmm(Math.min(95, s + len)), start: hhmm(s) }))
    : fc
        .tuple(fc.integer({ max: 95, min: 0 }), fc.integer({ max: 96, min: 0 }))
        .map(([s, e]) => ({ end: hhmm(e), start: hhmm(s) }))

const arbSchedule = (g: Gen, base: string) =>
  fc.record({
    exceptions: fc.array(
      fc.record({
        closed: fc.boolean(),
        date: fc.integer({ max: 8, min: -2 }).map((n) => addDays(base, n)),
        hours: arbHours(g),
        len: fc.integer({ max: 3, min: 0 }),
      }),
      { maxLength: 3 },
    ),
    timezone: fc.constantFrom(...ZONES),
    weekly: fc.array(fc.record({ day: fc.constantFrom(...DAYS), hours: arbHours(g) }), { maxLength: 10 }),
  })

const arbService = fc.record({
  bufferAfterMinutes: fc.constantFrom(0, 0, 5, 15, 30),
  bufferBeforeMinutes: fc.constantFrom(0, 0, 10, 15),
  capacity: fc.constantFrom(1, 1, 3, 8),
  durationMinutes: fc.constantFrom(15, 30, 45, 60, 90),
  id: fc.constant('svc'),
  maxAdvanceDays: fc.integer({ max: 10, min: 0 }),
  minNoticeMinutes: fc.constantFrom(0, 30, 120, 1440),
  slotStepMinutes: fc.constantFrom(15, 30, 45, 60),
})

const arbBooking = fc.record({
  bufferAfterMinutes: fc.constantFrom(0, 0, 15),
  bufferBeforeMinutes: fc.constantFrom(0, 0, 10),
  durationMinutes: fc.option(
    fc.integer({ max: 12, min: 1 }).map((q) => q * 15),
    { freq: 2 },
  ),
  quarter: fc.integer({ max: 9 * 96, min: 0 }),
  seats: fc.integer({ max: 3, min: 1 }),
  serviceId: fc.constantFrom('svc', 'svc', 'other'),
  staffId: fc.constantFrom(...STAFF, 'nobody'),
})

/** A random query plus its schedules; bookings with no duration take the service's (group sessions). */
const arbQuery = (g: Gen): fc.Arbitrary<SlotQuery> =>
  fc
    .record({
      base: fc.constantFrom(...BASES),
      bookings: fc.array(arbBooking, { maxLength: 20, size: 'max' }),
      length: fc.integer({ max: 4, min: 0 }),
      nowHours: fc.integer({ max: 72, min: -48 }),
      offset: fc.integer({ max: 3, min: 0 }),
      service: arbService,
      staffCount: fc.integer({ max: 3, min: 1 }),
      timezone: fc.constantFrom(...ZONES),
    })
    .chain((r) =>
      fc.array(arbSchedule(g, r.base), { maxLength: r.staffCount, minLength: r.staffCount }).map((raw) => {
        const from = addDays(r.base, r.offset)
        const origin = startOfLocalDay(addDays(from, -1), 'UTC')
        const schedules: Schedule[] = raw.map((s, i) => ({
          exceptions: s.exceptions.map((e): ScheduleException => ({
            closed: e.closed,
            date: e.date,
            endDate: addDays(e.date, e.len),
            ...e.hours,
          })),
          staffId: STAFF[i] as string,
          timezone: s.timezone,
          weekly: s.weekly.map((w): WeeklyRule => ({ day: w.day, ...w.hours })),
        }))
        const bookings: BusyBooking[] = r.bookings.map((b) => {
          const start = origin + b.quarter * 15 * MINUTE_MS
          const minutes = b.durationMinutes ?? r.service.durationMinutes
          return { ...b, end: start + minutes * MINUTE_MS, start }
        })
        return {
          bookings,
          from,
          now: startOfLocalDay(from, r.timezone) + r.nowHours * 60 * MINUTE_MS,
          schedules,
          service: r.service,
          timezone: r.timezone,
          to: addDays(from, r.length),
        }
      }),
    )

/** Picks of free slots that get group bookings of the queried service (so seats are shared). */
const arbPicks = fc.array(fc.record({ index: fc.nat(), seats: fc.integer({ max: 4, min: 1 }) }), { maxLength: 12 })

/** `q` plus bookings of `q.service` exactly at some of its free slots (group sessions). */
function withSessions(q: SlotQuery, picks: { index: number; seats: number }[]): SlotQuery {
  const free = computeSlots({ ...q, bookings: [] })
  if (free.length === 0) return q
  const extra = picks.map(({ index, seats }): BusyBooking => {
    const s = free[index % free.length] as Slot
    const svc = q.service
    const buffers = { bufferAfterMinutes: svc.bufferAfterMinutes, bufferBeforeMinutes: svc.bufferBeforeMinutes }
    return { ...buffers, end: s.end, seats, serviceId: svc.id, staffId: s.staffId, start: s.start }
  })
  return { ...q, bookings: [...q.bookings, ...extra] }
}

const rangeOf = (q: SlotQuery): Interval => ({
  end: startOfLocalDay(addDays(q.to, 1), q.timezone),
  start: startOfLocalDay(q.from, q.timezone),
})

/** Working intervals of a staff member, read generously around the query range. */
function workingOf(q: SlotQuery, staffId: string): Interval[] {
  const r = rangeOf(q)
  const wide = { end: r.end + 3 * DAY_MS, start: r.start - 3 * DAY_MS }
  return mergeIntervals(q.schedules.filter((s) => s.staffId === staffId).flatMap((s) => workingIntervals(s, wide)))
}

const isSession = (b: BusyBooking, svc: ServiceRules, slot: Slot) =>
  svc.capacity > 1 && b.serviceId === svc.id && b.start === slot.start && b.end === slot.end

const occupiedOf = (svc: ServiceRules, start: number, end: number): Interval => ({
  end: end + svc.bufferAfterMinutes * MINUTE_MS,
  start: start - svc.bufferBeforeMinutes * MINUTE_MS,
})

function allowedStart(q: SlotQuery, s: number): boolean {
  const r = rangeOf(q)
  const svc = q.service
  return (
    s >= r.start &&
    s < r.end &&
    s >= q.now &&
    s >= q.now + svc.minNoticeMinutes * MINUTE_MS &&
    s <= q.now + svc.maxAdvanceDays * DAY_MS
  )
}

describe('computeSlots properties', () => {
  it('(a) no slot overlaps a blocking booking, group seats add up; (c) sorted, unique, in range', () => {
    fc.assert(
      fc.property(arbQuery({ sameDay: false }), arbPicks, (raw, picks) => {
        const q = withSessions(raw, picks)
        const slots = computeSlots(q)
        const svc = q.service
        for (let i = 0; i < slots.length; i++) {
          const s = slots[i] as Slot
          const prev = slots[i - 1]
          if (prev) expect(prev.start < s.start || (prev.start === s.start && prev.staffId < s.staffId)).toBe(true)
          expect(s.end - s.start).toBe(svc.durationMinutes * MINUTE_MS)
          expect(allowedStart(q, s.start)).toBe(true)
          const own = q.bookings.filter((b) => b.staffId === s.staffId)
          const occ = occupiedOf(svc, s.start, s.end)
          for (const b of own) {
            if (!isSession(b, svc, s)) expect(intervalsOverlap(occupiedInterval(b), occ)).toBe(false)
          }
          const taken = own.filter((b) => isSession(b, svc, s)).reduce((n, b) => n + b.seats, 0)
          expect(s.seatsLeft).toBe(svc.capacity - taken)
          expect(s.seatsLeft).toBeGreaterThan(0)
        }
      }),
      { numRuns: RUNS },
    )
  })

  it('(b) every slot lies inside its staff member’s working hours; (e) checkBooking accepts it', () => {
    fc.assert(
      fc.property(arbQuery({ sameDay: false }), arbPicks, (raw, picks) => {
        const q = withSessions(raw, picks)
        const slots = computeSlots(q)
        const working = new Map(STAFF.map((id) => [id, workingOf(q, id)]))
        slots.forEach((s, i) => {
          expect(containsInterval(working.get(s.staffId) ?? [], s)).toBe(true)
          const schedule = q.schedules.find((x) => x.staffId === s.staffId) ?? null
          // The full hours check is slow-ish; run it on a sample, the booking rules on every slot.
          const requireWorkingHours = i % 7 === 0
          const args = {
            bookings: q.bookings,
            end: s.end,
            requireWorkingHours,
            schedule,
            seats: 1,
            service: q.service,
            staffId: s.staffId,
            start: s.start,
          }
          expect(checkBooking(args)).toEqual({ ok: true, seatsLeft: s.seatsLeft - 1 })
        })
      }),
      { numRuns: RUNS },
    )
  })

  it('completeness: every grid start that checkBooking accepts is a slot (same-day rules)', () => {
    fc.assert(
      fc.property(arbQuery({ sameDay: true }), arbPicks, (raw, picks) => {
        const q = withSessions(raw, picks)
        const svc = q.service
        const duration = svc.durationMinutes * MINUTE_MS
        const step = svc.slotStepMinutes * MINUTE_MS
        const expected: Slot[] = []
        for (const staffId of STAFF.slice(0, q.schedules.length)) {
          for (const iv of workingOf(q, staffId)) {
            for (let s = iv.start; s + duration <= iv.end; s += step) {
              if (!allowedStart(q, s)) continue
              const args = {
                bookings: q.bookings,
                end: s + duration,
                requireWorkingHours: false,
                schedule: null,
                seats: 1,
                service: svc,
                staffId,
                start: s,
              }
              const res = checkBooking(args)
              if (res.ok) expected.push({ end: s + duration, seatsLeft: res.seatsLeft + 1, staffId, start: s })
            }
          }
        }
        expected.sort((a, b) => a.start - b.start || (a.staffId < b.staffId ? -1 : 1))
        expect(computeSlots(q)).toEqual(expected)
      }),
      { numRuns: RUNS },
    )
  })

  it('(d) the same rule every day gives the same number of slots on every date, across DST', () => {
    const arb = fc.record({
      base: fc.constantFrom(...BASES, '2026-03-05', '2026-10-29'),
      durationMinutes: fc.constantFrom(15, 30, 45, 60, 90),
      endQuarter: fc.integer({ max: 80, min: 33 }),
      length: fc.integer({ max: 6, min: 0 }),
      startQuarter: fc.integer({ max: 79, min: 32 }),
      step: fc.constantFrom(5, 10, 15, 30, 60),
      timezone: fc.constantFrom(...ZONES),
    })
    fc.assert(
      fc.property(arb, (r) => {
        fc.pre(r.endQuarter > r.startQuarter)
        const weekly = DAYS.map((day) => ({ day, end: hhmm(r.endQuarter), start: hhmm(r.startQuarter) }))
        const minutes = (r.endQuarter - r.startQuarter) * 15
        const perDay = minutes < r.durationMinutes ? 0 : Math.floor((minutes - r.durationMinutes) / r.step) + 1
        const q: SlotQuery = {
          bookings: [],
          from: r.base,
          now: Date.UTC(2026, 0, 1),
          schedules: [{ exceptions: [], staffId: 'anna', timezone: r.timezone, weekly }],
          service: {
            bufferAfterMinutes: 0,
            bufferBeforeMinutes: 0,
            capacity: 1,
            durationMinutes: r.durationMinutes,
            id: 'svc',
            maxAdvanceDays: 730,
            minNoticeMinutes: 0,
            slotStepMinutes: r.step,
          },
          timezone: r.timezone,
          to: addDays(r.base, r.length),
        }
        const counts = new Map<string, number>()
        for (const s of computeSlots(q)) {
          const d = localDateOf(s.start, r.timezone)
          counts.set(d, (counts.get(d) ?? 0) + 1)
        }
        for (let i = 0; i <= r.length; i++) expect(counts.get(addDays(r.base, i)) ?? 0).toBe(perDay)
        expect(counts.size).toBe(perDay === 0 ? 0 : r.length + 1)
      }),
      { numRuns: RUNS },
    )
  })
})
