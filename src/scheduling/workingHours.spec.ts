import { describe, expect, it } from 'vitest'

import type { Interval, Schedule, ScheduleException, Weekday, WeeklyRule } from './types.ts'

import { addDays, HOUR_MS, startOfLocalDay } from './time.ts'
import { hoursOnDate, workingIntervals } from './workingHours.ts'

const ALL_DAYS: Weekday[] = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun']

function schedule(timezone: string, weekly: WeeklyRule[], exceptions: ScheduleException[] = []): Schedule {
  return { exceptions, staffId: 'staff-1', timezone, weekly }
}

function everyDay(start: string, end: string): WeeklyRule[] {
  return ALL_DAYS.map((day) => ({ day, end, start }))
}

/** The window covering the local dates from..to (inclusive) in tz. */
function days(from: string, to: string, tz: string): Interval {
  return { end: startOfLocalDay(addDays(to, 1), tz), start: startOfLocalDay(from, tz) }
}

const isoList = (list: Interval[]) =>
  list.map((i) => `${new Date(i.start).toISOString()}/${new Date(i.end).toISOString()}`)

describe('workingIntervals: DST', () => {
  const berlin = schedule('Europe/Berlin', everyDay('09:00', '17:00'))

  it('09:00–17:00 is 8 hours before, on and after Berlin spring forward', () => {
    const list = workingIntervals(berlin, days('2026-03-28', '2026-03-30', 'Europe/Berlin'))
    expect(isoList(list)).toEqual([
      '2026-03-28T08:00:00.000Z/2026-03-28T16:00:00.000Z',
      '2026-03-29T07:00:00.000Z/2026-03-29T15:00:00.000Z',
      '2026-03-30T07:00:00.000Z/2026-03-30T15:00:00.000Z',
    ])
  })

  it('09:00–17:00 is 8 hours before, on and after Berlin fall back', () => {
    const list = workingIntervals(berlin, days('2026-10-24', '2026-10-26', 'Europe/Berlin'))
    expect(isoList(list)).toEqual([
      '2026-10-24T07:00:00.000Z/2026-10-24T15:00:00.000Z',
      '2026-10-25T08:00:00.000Z/2026-10-25T16:00:00.000Z',
      '2026-10-26T08:00:00.000Z/2026-10-26T16:00:00.000Z',
    ])
  })

  it('a rule spanning the transition hour loses or gains it', () => {
    const night = schedule('Europe/Berlin', [{ day: 'sun', end: '04:00', start: '01:00' }])
    const [spring] = workingIntervals(night, days('2026-03-29', '2026-03-29', 'Europe/Berlin'))
    const [fall] = workingIntervals(night, days('2026-10-25', '2026-10-25', 'Europe/Berlin'))
    expect(spring && spring.end - spring.start).toBe(2 * HOUR_MS)
    expect(fall && fall.end - fall.start).toBe(4 * HOUR_MS)
  })

  it('New York DST days (2026-03-08, 2026-11-01) keep 8 hours', () => {
    const ny = schedule('America/New_York', everyDay('09:00', '17:00'))
    expect(isoList(workingIntervals(ny, days('2026-03-08', '2026-03-08', 'America/New_York')))).toEqual([
      '2026-03-08T13:00:00.000Z/2026-03-08T21:00:00.000Z',
    ])
    expect(isoList(workingIntervals(ny, days('2026-11-01', '2026-11-01', 'America/New_York')))).toEqual([
      '2026-11-01T14:00:00.000Z/2026-11-01T22:00:00.000Z',
    ])
  })

  it('Asia/Kolkata (+05:30)', () => {
    const kol = schedule('Asia/Kolkata', [{ day: 'wed', end: '17:00', start: '09:00' }])
    expect(isoList(workingIntervals(kol, days('2026-07-15', '2026-07-15', 'Asia/Kolkata')))).toEqual([
      '2026-07-15T03:30:00.000Z/2026-07-15T11:30:00.000Z',
    ])
  })
})

describe('workingIntervals: rules', () => {
  it('several intervals a day stay separate; touching ones merge', () => {
    const split = schedule('UTC', [
      { day: 'wed', end: '12:00', start: '09:00' },
      { day: 'wed', end: '17:00', start: '13:00' },
    ])
    expect(isoList(workingIntervals(split, days('2026-07-15', '2026-07-15', 'UTC')))).toEqual([
      '2026-07-15T09:00:00.000Z/2026-07-15T12:00:00.000Z',
      '2026-07-15T13:00:00.000Z/2026-07-15T17:00:00.000Z',
    ])
    const touching = schedule('UTC', [
      { day: 'wed', end: '12:00', start: '09:00' },
      { day: 'wed', end: '17:00', start: '12:00' },
      { day: 'wed', end: '11:00', start: '10:00' },
    ])
    expect(isoList(workingIntervals(touching, days('2026-07-15', '2026-07-15', 'UTC')))).toEqual([
      '2026-07-15T09:00:00.000Z/2026-07-15T17:00:00.000Z',
    ])
  })

  it('an end at or before the start runs past midnight, also into a window of the next day', () => {
    const night = schedule('Europe/Berlin', [{ day: 'fri', end: '02:00', start: '22:00' }])
    // Fri 2026-07-17 22:00 CEST → Sat 02:00 CEST.
    expect(isoList(workingIntervals(night, days('2026-07-17', '2026-07-18', 'Europe/Berlin')))).toEqual([
      '2026-07-17T20:00:00.000Z/2026-07-18T00:00:00.000Z',
    ])
    expect(isoList(workingIntervals(night, days('2026-07-18', '2026-07-18', 'Europe/Berlin')))).toEqual([
      '2026-07-17T22:00:00.000Z/2026-07-18T00:00:00.000Z',
    ])
    const allDay = schedule('UTC', [{ day: 'wed', end: '00:00', start: '00:00' }])
    expect(isoList(workingIntervals(allDay, days('2026-07-15', '2026-07-16', 'UTC')))).toEqual([
      '2026-07-15T00:00:00.000Z/2026-07-16T00:00:00.000Z',
    ])
  })

  it("'24:00' ends at midnight; consecutive full days merge", () => {
    const full = schedule('UTC', [
      { day: 'wed', end: '24:00', start: '00:00' },
      { day: 'thu', end: '24:00', start: '00:00' },
    ])
    expect(isoList(workingIntervals(full, days('2026-07-15', '2026-07-16', 'UTC')))).toEqual([
      '2026-07-15T00:00:00.000Z/2026-07-17T00:00:00.000Z',
    ])
  })

  it('clips to the window', () => {
    const s = schedule('UTC', everyDay('09:00', '17:00'))
    const window = { end: Date.UTC(2026, 6, 15, 10), start: Date.UTC(2026, 6, 14, 12) }
    expect(isoList(workingIntervals(s, window))).toEqual([
      '2026-07-14T12:00:00.000Z/2026-07-14T17:00:00.000Z',
      '2026-07-15T09:00:00.000Z/2026-07-15T10:00:00.000Z',
    ])
    expect(workingIntervals(s, { end: 5, start: 5 })).toEqual([])
  })

  it('ignores malformed rules and throws on an invalid timezone', () => {
    const s = schedule('UTC', [
      { day: 'wed', end: '17:00', start: '9:00' },
      { day: 'wed', end: '25:00', start: '09:00' },
      { day: 'wed', end: '12:00', start: '10:00' },
    ])
    expect(isoList(workingIntervals(s, days('2026-07-15', '2026-07-15', 'UTC')))).toEqual([
      '2026-07-15T10:00:00.000Z/2026-07-15T12:00:00.000Z',
    ])
    expect(() => workingIntervals(schedule('Bad/Zone', []), { end: 1, start: 0 })).toThrow(RangeError)
  })
})

describe('workingIntervals: exceptions', () => {
  const weekly = everyDay('09:00', '17:00')

  it('a closed day has no hours', () => {
    const s = schedule('Europe/Berlin', weekly, [{ closed: true, date: '2026-07-15' }])
    const list = workingIntervals(s, days('2026-07-14', '2026-07-16', 'Europe/Berlin'))
    expect(isoList(list)).toEqual([
      '2026-07-14T07:00:00.000Z/2026-07-14T15:00:00.000Z',
      '2026-07-16T07:00:00.000Z/2026-07-16T15:00:00.000Z',
    ])
  })

  it('a multi-day closed range covers date..endDate inclusive', () => {
    const s = schedule('UTC', weekly, [{ closed: true, date: '2026-07-14', endDate: '2026-07-16' }])
    expect(isoList(workingIntervals(s, days('2026-07-13', '2026-07-17', 'UTC')))).toEqual([
      '2026-07-13T09:00:00.000Z/2026-07-13T17:00:00.000Z',
      '2026-07-17T09:00:00.000Z/2026-07-17T17:00:00.000Z',
    ])
  })

  it('replaced hours replace the weekly rules of those dates (union of several)', () => {
    const s = schedule('UTC', weekly, [
      { closed: false, date: '2026-07-15', end: '12:00', start: '10:00' },
      { closed: false, date: '2026-07-15', end: '20:00', start: '18:00' },
      { closed: false, date: '2026-07-16', end: '14:00', endDate: '2026-07-17', start: '13:00' },
    ])
    expect(isoList(workingIntervals(s, days('2026-07-15', '2026-07-18', 'UTC')))).toEqual([
      '2026-07-15T10:00:00.000Z/2026-07-15T12:00:00.000Z',
      '2026-07-15T18:00:00.000Z/2026-07-15T20:00:00.000Z',
      '2026-07-16T13:00:00.000Z/2026-07-16T14:00:00.000Z',
      '2026-07-17T13:00:00.000Z/2026-07-17T14:00:00.000Z',
      '2026-07-18T09:00:00.000Z/2026-07-18T17:00:00.000Z',
    ])
  })

  it('closed wins over replaced hours; a non-closed exception without hours has no effect', () => {
    const s = schedule('UTC', weekly, [
      { closed: false, date: '2026-07-15', end: '12:00', start: '10:00' },
      { closed: true, date: '2026-07-14', endDate: '2026-07-15' },
      { closed: false, date: '2026-07-16', end: null, start: null },
    ])
    expect(isoList(workingIntervals(s, days('2026-07-15', '2026-07-16', 'UTC')))).toEqual([
      '2026-07-16T09:00:00.000Z/2026-07-16T17:00:00.000Z',
    ])
  })

  it('an overnight rule of the day before a closed date still runs into it', () => {
    const s = schedule('UTC', [{ day: 'tue', end: '02:00', start: '22:00' }], [{ closed: true, date: '2026-07-15' }])
    expect(isoList(workingIntervals(s, days('2026-07-15', '2026-07-15', 'UTC')))).toEqual([
      '2026-07-15T00:00:00.000Z/2026-07-15T02:00:00.000Z',
    ])
  })

  it('hoursOnDate shows the wall-clock hours of one date', () => {
    const s = schedule('UTC', weekly, [
      { closed: true, date: '2026-12-24', endDate: '2026-12-26' },
      { closed: false, date: '2026-12-31', end: '13:00', start: '09:00' },
    ])
    expect(hoursOnDate(s, '2026-12-23')).toEqual([{ end: '17:00', start: '09:00' }])
    expect(hoursOnDate(s, '2026-12-25')).toEqual([])
    expect(hoursOnDate(s, '2026-12-31')).toEqual([{ end: '13:00', start: '09:00' }])
  })
})
