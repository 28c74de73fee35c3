import fc from 'fast-check'
import { describe, expect, it } from 'vitest'

import type { Slot } from './types.ts'

import { computeSlots } from './slots.ts'
import { booking, everyDay, query, schedule, service } from './specFixtures.ts'
import { narrowDisclosure, nearTermEndOf, selectDayProposals, selectRangeProposals, suggestProposals } from './suggest.ts'
import { addDays, DAY_MS, HOUR_MS, localDateOf, MINUTE_MS, startOfLocalDay } from './time.ts'

const TZ = 'Europe/Berlin'
// Monday 2026-03-23 06:00 Berlin; the week crosses the DST change of Sunday 29 March.
const NOW = Date.UTC(2026, 2, 23, 5, 0)
const FROM = '2026-03-23'
const TO = '2026-03-31'

const twoStaff = [
  schedule(TZ, everyDay('09:00', '17:00'), 'anna'),
  schedule(TZ, everyDay('10:00', '18:00'), 'ben'),
]
const rules = service({ durationMinutes: 30, slotStepMinutes: 30 })

const freeSlots = (bookings = [] as ReturnType<typeof booking>[], from = FROM, to = TO) =>
  computeSlots(query({ bookings, from, now: NOW, schedules: twoStaff, service: rules, timezone: TZ, to }))
const gridOf = (from = FROM, to = TO) =>
  computeSlots(
    query({ from, now: startOfLocalDay(from, TZ) - DAY_MS, schedules: twoStaff, service: { ...rules, maxAdvanceDays: 1e6 }, timezone: TZ, to }),
  ).map((s) => s.start)

const propose = (free: Slot[], count: number, anyStaff = true, window?: { end: number; start: number }) =>
  suggestProposals({ anyStaff, count, free, grid: gridOf(), salt: 'svc:*', timezone: TZ, window })

/** Bookings on a random subset of the free slots of the week (one staff member each). */
const arbBookings = fc.array(fc.nat({ max: 10_000 }), { maxLength: 120 }).map((picks) => {
  const all = freeSlots()
  const seen = new Set<string>()
  return picks
    .map((i) => all[i % all.length]!)
    .filter((s) => {
      const key = `${s.staffId}|${s.start}`
      if (seen.has(key)) return false
      seen.add(key)
      return true
    })
    .map((s) => booking(s.start, s.end, { staffId: s.staffId }))
})

describe('narrowDisclosure', () => {
  it('narrows a mode, never widens it', () => {
    expect(narrowDisclosure('all', 'suggest')).toBe('suggest')
    expect(narrowDisclosure('suggest', 'request')).toBe('request')
    expect(narrowDisclosure('suggest', 'all')).toBe('suggest')
    expect(narrowDisclosure('request', 'all')).toBe('request')
    expect(narrowDisclosure('request', null)).toBe('request')
  })
})

describe('selectDayProposals', () => {
  const day = freeSlots([], '2026-03-24', '2026-03-24')
  const grid = gridOf('2026-03-24', '2026-03-24')

  it('proposes the earliest free time and one from each later part of the day', () => {
    const picks = selectDayProposals({ anyStaff: true, count: 4, free: day, grid, salt: 'svc:*' })
    expect(picks).toHaveLength(4)
    expect(picks[0]!.start).toBe(Date.UTC(2026, 2, 24, 8, 0)) // 09:00 Berlin, the first time
    // Parts of the 17 starts (09:00-17:30): [0,4) [4,8) [8,12) [12,17): one pick in each.
    const starts = [...new Set(grid)].sort((a, b) => a - b)
    const parts = picks.map((p) => Math.floor((starts.indexOf(p.start) * 4) / starts.length))
    expect(parts).toEqual([0, 1, 2, 3])
    expect(picks.every((p) => p.staffId === null)).toBe(true)
  })

  it('keeps a staff member on each proposal for a specialist', () => {
    const annaOnly = day.filter((s) => s.staffId === 'anna')
    const picks = selectDayProposals({ anyStaff: false, count: 3, free: annaOnly, grid, salt: 'svc:anna' })
    expect(picks.map((p) => p.staffId)).toEqual(['anna', 'anna', 'anna'])
  })

  it('shows every free time when there are no more than the count', () => {
    const three = day.slice(0, 3)
    expect(selectDayProposals({ anyStaff: false, count: 4, free: three, grid, salt: 's' })).toHaveLength(3)
  })
})

describe('the near term', () => {
  it('today and tomorrow propose their earliest free time; later days only ranked picks per part of the day', () => {
    const nearTermEnd = nearTermEndOf(NOW, TZ)
    expect(new Date(nearTermEnd).toISOString()).toBe('2026-03-24T23:00:00.000Z') // Wed 25 March 00:00 Berlin
    // Both mornings (09:00-11:00) fully booked, for both staff members.
    const morning = (date: string) =>
      freeSlots([], date, date)
        .filter((s) => s.start < startOfLocalDay(date, TZ) + 11 * HOUR_MS)
        .map((s) => booking(s.start, s.end, { staffId: s.staffId }))
    const bookings = [...morning('2026-03-24'), ...morning('2026-03-26')]
    const dayOf = (date: string) =>
      suggestProposals({ anyStaff: true, count: 4, free: freeSlots(bookings, date, date), grid: gridOf(date, date), nearTermEnd, salt: 'svc:*', timezone: TZ })
    // Tuesday (near term): the first proposal is the first free time, 11:00.
    expect(dayOf('2026-03-24')[0]!.start).toBe(startOfLocalDay('2026-03-24', TZ) + 11 * HOUR_MS)
    // Thursday (later): one ranked pick per part of the day, not "the first free time".
    const thursday = dayOf('2026-03-26')
    expect(selectDayProposals({ anyStaff: true, count: 4, fillEarliest: false, free: freeSlots(bookings, '2026-03-26', '2026-03-26'), grid: gridOf('2026-03-26', '2026-03-26'), salt: 'svc:*' })).toEqual(thursday)
  })
})

describe('selectRangeProposals', () => {
  it('fills the near term first, then spreads over the following days', () => {
    const p = (day: number, hour: number) => ({ end: 0, staffId: null, start: Date.UTC(2026, 2, day, hour) })
    const days = [
      [p(23, 9), p(23, 11), p(23, 14)],
      [p(24, 9), p(24, 12), p(24, 15)],
      [p(25, 9), p(25, 12), p(25, 15)],
      [p(26, 9), p(26, 12)],
    ]
    const picks = selectRangeProposals(days, 5)
    expect(picks.map((x) => new Date(x.start).toISOString())).toEqual([
      '2026-03-23T09:00:00.000Z',
      '2026-03-23T11:00:00.000Z',
      '2026-03-24T12:00:00.000Z', // day 1 takes its 2nd, day 2 its 3rd: times vary from day to day
      '2026-03-25T15:00:00.000Z',
      '2026-03-26T12:00:00.000Z', // day 4 (index 3) takes 3 mod 2 = its 2nd
    ])
  })
})

describe('suggestProposals: what the public can learn', () => {
  it('never returns more than the count, only free times, the same set on every call', () => {
    fc.assert(
      fc.property(arbBookings, fc.integer({ min: 1, max: 6 }), (bookings, count) => {
        const free = freeSlots(bookings)
        const picks = propose(free, count)
        expect(picks.length).toBeLessThanOrEqual(count)
        expect(picks.length).toBe(Math.min(count, new Set(free.map((s) => s.start)).size))
        const freeStarts = new Set(free.map((s) => s.start))
        expect(picks.every((p) => freeStarts.has(p.start))).toBe(true)
        expect(propose(free, count)).toEqual(picks)
      }),
      { numRuns: 60 },
    )
  })

  it('a range, a window in another zone or a single day never shows a time outside that day’s proposals', () => {
    fc.assert(
      fc.property(
        arbBookings,
        fc.integer({ min: 0, max: 8 }),
        fc.integer({ min: 0, max: 8 }),
        fc.integer({ min: -12, max: 14 }),
        (bookings, a, b, offsetHours) => {
          const free = freeSlots(bookings)
          const perDay = new Set<number>()
          for (let d = 0; d <= 8; d++) {
            const date = addDays(FROM, d)
            const dayFree = free.filter((s) => localDateOf(s.start, TZ) === date)
            for (const p of propose(dayFree, 4)) perDay.add(p.start)
            expect(propose(dayFree, 4).length).toBeLessThanOrEqual(4)
          }
          // Any window (e.g. dates read in a zone `offsetHours` away), judged by whole business days.
          const start = startOfLocalDay(addDays(FROM, Math.min(a, b)), TZ) + offsetHours * HOUR_MS
          const end = startOfLocalDay(addDays(FROM, Math.max(a, b) + 1), TZ) + offsetHours * HOUR_MS
          const picks = propose(free, 4, true, { end, start })
          expect(picks.length).toBeLessThanOrEqual(4)
          expect(picks.every((p) => perDay.has(p.start) && p.start >= start && p.start < end)).toBe(true)
        },
      ),
      { numRuns: 40 },
    )
  })

  it('booking a time that was not proposed leaves the proposals as they were', () => {
    fc.assert(
      fc.property(arbBookings, fc.nat(), (bookings, pick) => {
        const dayOf = (free: Slot[]) => free.filter((s) => localDateOf(s.start, TZ) === '2026-03-25')
        const before = propose(dayOf(freeSlots(bookings)), 4)
        const others = dayOf(freeSlots(bookings)).filter((s) => !before.some((p) => p.start === s.start))
        if (others.length === 0) return
        const taken = others[pick % others.length]!
        // Take the time from every staff member, so it is no longer free at all.
        const more = [...bookings, ...['anna', 'ben'].map((staffId) => booking(taken.start, taken.end, { staffId }))]
        const after = propose(dayOf(freeSlots(more)), 4)
        // Unless the day now has no more free times than the count (then it shows them all).
        if (new Set(dayOf(freeSlots(more)).map((s) => s.start)).size > 4) expect(after).toEqual(before)
      }),
      { numRuns: 60 },
    )
  })

  it('does not depend on how full the day is beyond the proposals: an empty and a busy day can look the same', () => {
    const day = '2026-03-25'
    const empty = freeSlots([], day, day)
    const picks = propose(empty, 4)
    // Book everything except the proposals and a few other times.
    const keep = new Set([...picks.map((p) => p.start), empty[5]!.start, empty[9]!.start])
    const bookings = empty.filter((s) => !keep.has(s.start)).map((s) => booking(s.start, s.end, { staffId: s.staffId }))
    expect(propose(freeSlots(bookings, day, day), 4)).toEqual(picks)
    expect(picks[0]!.start - startOfLocalDay(day, TZ)).toBe(9 * HOUR_MS)
    expect(picks.every((p) => (p.start - startOfLocalDay(day, TZ)) % (30 * MINUTE_MS) === 0)).toBe(true)
  })
})
