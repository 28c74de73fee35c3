import { describe, expect, it } from 'vitest'

import type { Schedule } from '../../scheduling/types.ts'

import { addDays, MINUTE_MS, startOfLocalDay } from '../../scheduling/time.ts'
import { workingIntervals } from '../../scheduling/workingHours.ts'
import { datesOf, workingMinutesByDay } from './workingMinutes.ts'

/** The reference: the engine's intervals clipped to each local day. */
const reference = (schedule: Schedule, from: string, to: string, tz: string) =>
  new Map(
    datesOf(from, to).map((date) => {
      const window = { end: startOfLocalDay(addDays(date, 1), tz), start: startOfLocalDay(date, tz) }
      return [date, workingIntervals(schedule, window).reduce((a, i) => a + (i.end - i.start) / MINUTE_MS, 0)]
    }),
  )

const schedules: Schedule[] = [
  {
    exceptions: [
      { closed: true, date: '2026-03-27' },
      { closed: false, date: '2026-04-03', end: '14:00', start: '10:00' },
      { closed: true, date: '2026-10-20', endDate: '2026-10-22' },
    ],
    staffId: 'a',
    timezone: 'Europe/Berlin',
    weekly: (['mon', 'tue', 'wed', 'thu', 'fri'] as const).map((day) => ({ day, end: '17:00', start: '09:00' })),
  },
  {
    // Overlapping rules, a night shift across midnight and across both DST changes, a 24:00 end.
    exceptions: [],
    staffId: 'b',
    timezone: 'Europe/Berlin',
    weekly: [
      { day: 'sat', end: '06:00', start: '22:00' },
      { day: 'sun', end: '03:30', start: '01:00' },
      { day: 'mon', end: '13:00', start: '09:00' },
      { day: 'mon', end: '17:00', start: '12:00' },
      { day: 'fri', end: '24:00', start: '20:00' },
    ],
  },
  {
    // Kept in another zone than the business.
    exceptions: [],
    staffId: 'c',
    timezone: 'America/New_York',
    weekly: [{ day: 'tue', end: '12:00', start: '08:00' }],
  },
]

describe('workingMinutesByDay', () => {
  it.each([
    ['Europe/Berlin', '2026-03-20', '2026-04-08'],
    ['Europe/Berlin', '2026-10-15', '2026-11-02'],
    ['Asia/Kolkata', '2026-03-20', '2026-04-08'],
    ['America/New_York', '2026-03-01', '2026-03-15'],
  ])('agrees with the engine day by day in %s from %s to %s', (tz, from, to) => {
    const all = workingMinutesByDay(
      schedules.map((s) => ({ ...s, timezone: s.staffId === 'c' ? s.timezone : tz })),
      from,
      to,
      tz,
    )
    for (const schedule of schedules) {
      const own = { ...schedule, timezone: schedule.staffId === 'c' ? schedule.timezone : tz }
      const expected = reference(own, from, to, tz)
      const actual = all.get(schedule.staffId) ?? new Map()
      for (const [date, minutes] of expected) {
        expect(actual.get(date) ?? 0, `${schedule.staffId} ${date}`).toBeCloseTo(minutes, 6)
      }
    }
  })

  it('counts the hours the clock shows on DST days: a night shift over the spring change is an hour shorter', () => {
    const night = workingMinutesByDay([schedules[1]!], '2026-03-29', '2026-03-29', 'Europe/Berlin').get('b')!
    // Sat 22:00 -> Sun 06:00 leaves 00:00-06:00 on Sunday, minus the skipped hour; Sun 01:00-03:30 overlaps it.
    expect(night.get('2026-03-29')).toBe(5 * 60)
  })

  it('computes the same schedule once (a year of 20 equal schedules stays fast)', () => {
    const many = Array.from({ length: 20 }, (_, i) => ({ ...schedules[0]!, staffId: String(i) }))
    const began = performance.now()
    const result = workingMinutesByDay(many, '2026-01-01', '2026-12-31', 'Europe/Berlin')
    expect(result.size).toBe(20)
    expect(performance.now() - began).toBeLessThan(500)
  })
})
