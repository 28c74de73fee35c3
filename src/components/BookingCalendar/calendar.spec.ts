import { describe, expect, it } from 'vitest'

import type { CalendarData } from '../../operations/calendar/types.ts'

import { instantAt, minutesInDay, monthShift, stepDate, visibleRange, weekStart } from './calendarTime.ts'
import { axisOf, buildColumns, packLanes } from './layout.ts'

const TZ = 'Europe/Berlin'
const iso = (date: string, time: string) => new Date(instantAt(date, Number(time.slice(0, 2)) * 60 + Number(time.slice(3)), TZ)).toISOString()

describe('calendar time, in the business zone', () => {
  it('reads wall-clock minutes on both sides of a DST change', () => {
    // 29 March 2026: Berlin springs forward at 02:00; 25 October: falls back at 03:00.
    expect(minutesInDay(Date.parse('2026-03-29T07:00:00Z'), '2026-03-29', TZ)).toBe(9 * 60)
    expect(minutesInDay(Date.parse('2026-03-28T08:00:00Z'), '2026-03-28', TZ)).toBe(9 * 60)
    expect(minutesInDay(Date.parse('2026-10-25T08:00:00Z'), '2026-10-25', TZ)).toBe(9 * 60)
    expect(instantAt('2026-03-29', 9 * 60, TZ)).toBe(Date.parse('2026-03-29T07:00:00Z'))
  })

  it('clamps instants of other days to the day', () => {
    expect(minutesInDay(Date.parse('2026-03-23T23:30:00Z'), '2026-03-23', TZ)).toBe(24 * 60)
    expect(minutesInDay(Date.parse('2026-03-22T22:30:00Z'), '2026-03-23', TZ)).toBe(0)
    expect(instantAt('2026-03-23', 24 * 60, TZ)).toBe(instantAt('2026-03-24', 0, TZ))
  })

  it('gives each view its range and step', () => {
    expect(visibleRange('day', '2026-03-25')).toEqual({ from: '2026-03-25', to: '2026-03-25' })
    expect(visibleRange('week', '2026-03-25')).toEqual({ from: '2026-03-23', to: '2026-03-29' })
    expect(visibleRange('month', '2026-03-25')).toEqual({ from: '2026-02-23', to: '2026-04-05' })
    expect(weekStart('2026-03-29')).toBe('2026-03-23')
    expect(monthShift('2026-01-31', 1)).toBe('2026-02-28')
    expect(monthShift('2026-01-15', -1)).toBe('2025-12-15')
    expect(stepDate('day', '2026-03-31', 1)).toBe('2026-04-01')
    expect(stepDate('week', '2026-03-31', -1)).toBe('2026-03-24')
  })
})

describe('grid layout', () => {
  const event = (id: string, startMin: number, endMin: number) => ({ endMin, id, kind: 'booking' as const, lane: 0, lanes: 1, startMin })

  it('puts overlapping events side by side and leaves others full width', () => {
    const laid = packLanes([event('a', 540, 600), event('b', 550, 580), event('c', 585, 640), event('d', 700, 730)])
    expect(laid.map((e) => [e.id, e.lane, e.lanes])).toEqual([
      ['a', 0, 2],
      ['b', 1, 2],
      ['c', 1, 2],
      ['d', 0, 1],
    ])
  })

  it('builds one column per staff member with its hours, time off and events', () => {
    const date = '2026-03-24'
    const booking = (id: number, staff: number, start: string, end: string) => ({
      checkedInAt: null, customer: { email: null, name: `C${id}`, phone: null }, end: iso(date, end), holdExpiresAt: null, id,
      notes: null, paymentStatus: null, reference: `BK-${id}`, seats: 1, seatsTaken: 1, service: 1, source: 'phone', staff, start: iso(date, start),
      status: 'confirmed' as const, updatedAt: '',
    })
    const data: CalendarData = {
      bookings: [booking(1, 1, '09:00', '10:00'), booking(2, 2, '06:30', '07:00')],
      from: date,
      now: iso(date, '08:00'),
      requests: [],
      services: [],
      staff: [],
      timeOff: [{ endDate: '2026-03-25', note: 'Dentist', staff: 2, startDate: '2026-03-23' }],
      timezone: TZ,
      to: date,
      workingHours: [{ end: iso(date, '17:00'), staff: 1, start: iso(date, '09:00') }],
    }
    const [anna, ben] = buildColumns(data, [
      { date, key: 'a', staffId: '1', staffIds: ['1'], title: 'Anna' },
      { date, key: 'b', staffId: '2', staffIds: ['2'], title: 'Ben' },
    ])
    expect(anna!.working).toEqual([{ endMin: 17 * 60, startMin: 9 * 60 }])
    expect(anna!.events.map((e) => [e.id, e.startMin, e.endMin])).toEqual([['booking-1', 540, 600]])
    expect(anna!.timeOff).toBeNull()
    expect(ben!.timeOff).toBe('Dentist')
    // The axis widens from 07:00 to the 06:30 booking, to the full hour.
    expect(axisOf([anna!, ben!])).toEqual({ endMin: 20 * 60, startMin: 6 * 60 })
  })
})
