import { describe, expect, it } from 'vitest'

import {
  addDays,
  daysBetween,
  HOUR_MS,
  isValidDate,
  isValidTime,
  isValidTimeZone,
  localDateOf,
  localTimeOf,
  startOfLocalDay,
  timeToMinutes,
  wallClockToInstant,
  weekdayOf,
  zoneOffsetMs,
} from './time.ts'

const iso = (ms: number) => new Date(ms).toISOString()

describe('validation', () => {
  it('isValidTimeZone', () => {
    expect(isValidTimeZone('Europe/Berlin')).toBe(true)
    expect(isValidTimeZone('America/New_York')).toBe(true)
    expect(isValidTimeZone('Asia/Kolkata')).toBe(true)
    expect(isValidTimeZone('UTC')).toBe(true)
    expect(isValidTimeZone('Mars/Olympus')).toBe(false)
    expect(isValidTimeZone('')).toBe(false)
  })

  it('isValidDate accepts real calendar dates only', () => {
    expect(isValidDate('2026-03-29')).toBe(true)
    expect(isValidDate('2028-02-29')).toBe(true)
    expect(isValidDate('2000-02-29')).toBe(true)
    expect(isValidDate('2026-02-29')).toBe(false)
    expect(isValidDate('1900-02-29')).toBe(false)
    expect(isValidDate('2026-04-31')).toBe(false)
    expect(isValidDate('2026-13-01')).toBe(false)
    expect(isValidDate('2026-00-10')).toBe(false)
    expect(isValidDate('2026-1-01')).toBe(false)
    expect(isValidDate('2026-01-01T00:00')).toBe(false)
  })

  it('isValidTime', () => {
    expect(isValidTime('00:00')).toBe(true)
    expect(isValidTime('23:59')).toBe(true)
    expect(isValidTime('24:00')).toBe(false)
    expect(isValidTime('24:00', { allow24: true })).toBe(true)
    expect(isValidTime('24:01', { allow24: true })).toBe(false)
    expect(isValidTime('9:00')).toBe(false)
    expect(isValidTime('12:60')).toBe(false)
    expect(isValidTime('25:00')).toBe(false)
  })

  it('timeToMinutes', () => {
    expect(timeToMinutes('00:00')).toBe(0)
    expect(timeToMinutes('13:45')).toBe(825)
    expect(timeToMinutes('24:00')).toBe(1440)
    expect(() => timeToMinutes('7:00')).toThrow(RangeError)
  })
})

describe('calendar arithmetic', () => {
  it('addDays crosses months, years and leap days', () => {
    expect(addDays('2026-03-28', 1)).toBe('2026-03-29')
    expect(addDays('2026-03-31', 1)).toBe('2026-04-01')
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01')
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29')
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28')
    expect(addDays('2026-10-25', 0)).toBe('2026-10-25')
    expect(addDays('2026-01-01', 365)).toBe('2027-01-01')
    expect(addDays('0050-06-01', 1)).toBe('0050-06-02')
    expect(() => addDays('2026-02-30', 1)).toThrow(RangeError)
  })

  it('weekdayOf', () => {
    expect(weekdayOf('2026-03-29')).toBe('sun')
    expect(weekdayOf('2026-03-30')).toBe('mon')
    expect(weekdayOf('2026-11-01')).toBe('sun')
    expect(weekdayOf('2026-01-01')).toBe('thu')
  })

  it('daysBetween', () => {
    expect(daysBetween('2026-03-01', '2026-03-31')).toBe(30)
    expect(daysBetween('2026-03-31', '2026-03-01')).toBe(-30)
    expect(daysBetween('2026-03-28', '2026-03-30')).toBe(2)
    expect(daysBetween('2026-10-25', '2026-10-25')).toBe(0)
    expect(addDays('2026-02-10', daysBetween('2026-02-10', '2027-05-03'))).toBe('2027-05-03')
  })
})

describe('zoneOffsetMs', () => {
  it('gives the offset on both sides of DST changes', () => {
    expect(zoneOffsetMs(Date.UTC(2026, 0, 15), 'Europe/Berlin')).toBe(HOUR_MS)
    expect(zoneOffsetMs(Date.UTC(2026, 6, 15), 'Europe/Berlin')).toBe(2 * HOUR_MS)
    expect(zoneOffsetMs(Date.UTC(2026, 2, 29, 0, 59, 59, 999), 'Europe/Berlin')).toBe(HOUR_MS)
    expect(zoneOffsetMs(Date.UTC(2026, 2, 29, 1), 'Europe/Berlin')).toBe(2 * HOUR_MS)
    expect(zoneOffsetMs(Date.UTC(2026, 9, 25, 0, 59), 'Europe/Berlin')).toBe(2 * HOUR_MS)
    expect(zoneOffsetMs(Date.UTC(2026, 9, 25, 1), 'Europe/Berlin')).toBe(HOUR_MS)
    expect(zoneOffsetMs(Date.UTC(2026, 0, 15), 'America/New_York')).toBe(-5 * HOUR_MS)
    expect(zoneOffsetMs(Date.UTC(2026, 6, 15), 'America/New_York')).toBe(-4 * HOUR_MS)
    expect(zoneOffsetMs(Date.UTC(2026, 6, 15), 'Asia/Kolkata')).toBe(5.5 * HOUR_MS)
    expect(zoneOffsetMs(Date.UTC(2026, 6, 15, 12, 0, 0, 123), 'UTC')).toBe(0)
  })

  it('throws for an unknown zone', () => {
    expect(() => zoneOffsetMs(0, 'Nowhere/Land')).toThrow(RangeError)
  })
})

describe('wallClockToInstant', () => {
  it('converts ordinary wall-clock times', () => {
    expect(iso(wallClockToInstant('2026-01-15', '09:00', 'Europe/Berlin'))).toBe('2026-01-15T08:00:00.000Z')
    expect(iso(wallClockToInstant('2026-07-15', '09:00', 'Europe/Berlin'))).toBe('2026-07-15T07:00:00.000Z')
    expect(iso(wallClockToInstant('2026-07-15', '09:00', 'America/New_York'))).toBe('2026-07-15T13:00:00.000Z')
    expect(iso(wallClockToInstant('2026-07-15', '09:00', 'Asia/Kolkata'))).toBe('2026-07-15T03:30:00.000Z')
    expect(iso(wallClockToInstant('2026-07-15', '02:00', 'Asia/Kolkata'))).toBe('2026-07-14T20:30:00.000Z')
    expect(iso(wallClockToInstant('2026-07-15', '09:00', 'UTC'))).toBe('2026-07-15T09:00:00.000Z')
  })

  it("treats '24:00' as 00:00 of the next day", () => {
    expect(wallClockToInstant('2026-03-28', '24:00', 'Europe/Berlin')).toBe(
      wallClockToInstant('2026-03-29', '00:00', 'Europe/Berlin'),
    )
    expect(iso(wallClockToInstant('2026-12-31', '24:00', 'UTC'))).toBe('2027-01-01T00:00:00.000Z')
  })

  it('moves a nonexistent time forward by the gap (Berlin spring forward)', () => {
    expect(iso(wallClockToInstant('2026-03-29', '01:59', 'Europe/Berlin'))).toBe('2026-03-29T00:59:00.000Z')
    expect(iso(wallClockToInstant('2026-03-29', '02:00', 'Europe/Berlin'))).toBe('2026-03-29T01:00:00.000Z')
    expect(iso(wallClockToInstant('2026-03-29', '02:30', 'Europe/Berlin'))).toBe('2026-03-29T01:30:00.000Z')
    expect(iso(wallClockToInstant('2026-03-29', '03:00', 'Europe/Berlin'))).toBe('2026-03-29T01:00:00.000Z')
    expect(iso(wallClockToInstant('2026-03-29', '03:30', 'Europe/Berlin'))).toBe('2026-03-29T01:30:00.000Z')
  })

  it('picks the earlier instant of an ambiguous time (Berlin fall back)', () => {
    expect(iso(wallClockToInstant('2026-10-25', '01:59', 'Europe/Berlin'))).toBe('2026-10-24T23:59:00.000Z')
    expect(iso(wallClockToInstant('2026-10-25', '02:00', 'Europe/Berlin'))).toBe('2026-10-25T00:00:00.000Z')
    expect(iso(wallClockToInstant('2026-10-25', '02:30', 'Europe/Berlin'))).toBe('2026-10-25T00:30:00.000Z')
    expect(iso(wallClockToInstant('2026-10-25', '03:00', 'Europe/Berlin'))).toBe('2026-10-25T02:00:00.000Z')
  })

  it('handles New York DST (2026-03-08 and 2026-11-01)', () => {
    expect(iso(wallClockToInstant('2026-03-08', '01:30', 'America/New_York'))).toBe('2026-03-08T06:30:00.000Z')
    expect(iso(wallClockToInstant('2026-03-08', '02:30', 'America/New_York'))).toBe('2026-03-08T07:30:00.000Z')
    expect(iso(wallClockToInstant('2026-03-08', '03:30', 'America/New_York'))).toBe('2026-03-08T07:30:00.000Z')
    expect(iso(wallClockToInstant('2026-11-01', '01:30', 'America/New_York'))).toBe('2026-11-01T05:30:00.000Z')
    expect(iso(wallClockToInstant('2026-11-01', '02:30', 'America/New_York'))).toBe('2026-11-01T07:30:00.000Z')
  })

  it('throws on invalid input', () => {
    expect(() => wallClockToInstant('2026-02-30', '09:00', 'UTC')).toThrow(RangeError)
    expect(() => wallClockToInstant('2026-02-10', '9:00', 'UTC')).toThrow(RangeError)
    expect(() => wallClockToInstant('2026-02-10', '09:00', 'Bad/Zone')).toThrow(RangeError)
  })

  it('round-trips with localDateOf/localTimeOf for every quarter hour of DST days', () => {
    for (const [date, tz] of [
      ['2026-03-29', 'Europe/Berlin'],
      ['2026-10-25', 'Europe/Berlin'],
      ['2026-03-08', 'America/New_York'],
      ['2026-11-01', 'America/New_York'],
      ['2026-07-01', 'Asia/Kolkata'],
    ] as const) {
      for (let m = 0; m < 1440; m += 15) {
        const time = `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`
        const t = wallClockToInstant(date, time, tz)
        if (time.startsWith('02:') && (date === '2026-03-29' || date === '2026-03-08')) {
          // Nonexistent: shown one hour later.
          expect(localTimeOf(t, tz)).toBe(`03:${time.slice(3)}`)
        } else {
          expect(localTimeOf(t, tz)).toBe(time)
        }
        expect(localDateOf(t, tz)).toBe(date)
      }
    }
  })
})

describe('localDateOf / localTimeOf / startOfLocalDay', () => {
  it('reads the local calendar', () => {
    const t = Date.UTC(2026, 6, 14, 22, 30)
    expect(localDateOf(t, 'UTC')).toBe('2026-07-14')
    expect(localDateOf(t, 'Europe/Berlin')).toBe('2026-07-15')
    expect(localTimeOf(t, 'Europe/Berlin')).toBe('00:30')
    expect(localDateOf(t, 'Asia/Kolkata')).toBe('2026-07-15')
    expect(localTimeOf(t, 'Asia/Kolkata')).toBe('04:00')
    expect(localDateOf(t, 'America/New_York')).toBe('2026-07-14')
    expect(localTimeOf(t, 'America/New_York')).toBe('18:30')
  })

  it('startOfLocalDay is local midnight', () => {
    expect(iso(startOfLocalDay('2026-03-29', 'Europe/Berlin'))).toBe('2026-03-28T23:00:00.000Z')
    expect(iso(startOfLocalDay('2026-03-30', 'Europe/Berlin'))).toBe('2026-03-29T22:00:00.000Z')
    expect(iso(startOfLocalDay('2026-07-15', 'Asia/Kolkata'))).toBe('2026-07-14T18:30:00.000Z')
    // 23-hour and 25-hour days.
    expect(startOfLocalDay('2026-03-30', 'Europe/Berlin') - startOfLocalDay('2026-03-29', 'Europe/Berlin')).toBe(
      23 * HOUR_MS,
    )
    expect(startOfLocalDay('2026-10-26', 'Europe/Berlin') - startOfLocalDay('2026-10-25', 'Europe/Berlin')).toBe(
      25 * HOUR_MS,
    )
    expect(startOfLocalDay('2026-11-02', 'America/New_York') - startOfLocalDay('2026-11-01', 'America/New_York')).toBe(
      25 * HOUR_MS,
    )
  })

  it('midnight that does not exist moves forward (America/Santiago 2026-09-06)', () => {
    // Chile springs forward at 24:00 → 01:00; the day starts at 01:00 local.
    const t = startOfLocalDay('2026-09-06', 'America/Santiago')
    expect(localDateOf(t, 'America/Santiago')).toBe('2026-09-06')
    expect(localTimeOf(t, 'America/Santiago')).toBe('01:00')
  })
})
