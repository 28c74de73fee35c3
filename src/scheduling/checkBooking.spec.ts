import { describe, expect, it } from 'vitest'

import type { Schedule } from './types.ts'

import { checkBooking, type CheckBookingArgs } from './checkBooking.ts'
import { ALL_DAYS, booking, service } from './specFixtures.ts'

const utc = (h: number, m = 0, day = 15) => Date.UTC(2026, 6, day, h, m)

const berlin: Schedule = {
  exceptions: [{ closed: true, date: '2026-07-16' }],
  staffId: 'anna',
  timezone: 'Europe/Berlin',
  weekly: ALL_DAYS.map((day) => ({ day, end: '17:00', start: '09:00' })),
}

function check(overrides: Partial<CheckBookingArgs>) {
  return checkBooking({
    bookings: [],
    end: utc(11),
    requireWorkingHours: true,
    schedule: berlin,
    seats: 1,
    service: service(),
    staffId: 'anna',
    start: utc(10),
    ...overrides,
  })
}

describe('checkBooking: working hours', () => {
  it('accepts a booking inside the hours (Berlin 12:00–13:00 CEST)', () => {
    expect(check({})).toEqual({ ok: true, seatsLeft: 0 })
  })

  it('rejects a booking outside or across the edge of the hours', () => {
    expect(check({ end: utc(7), start: utc(6) })).toEqual({ ok: false, reason: 'outside-hours' })
    expect(check({ end: utc(15, 30), start: utc(14, 30) })).toEqual({ ok: false, reason: 'outside-hours' })
    expect(check({ end: utc(11, 0, 16), start: utc(10, 0, 16) })).toEqual({ ok: false, reason: 'outside-hours' })
    expect(check({ schedule: null })).toEqual({ ok: false, reason: 'outside-hours' })
    expect(check({ end: utc(10), start: utc(10) })).toEqual({ ok: false, reason: 'outside-hours' })
  })

  it('skips the hours check when not required', () => {
    expect(check({ end: utc(7), requireWorkingHours: false, schedule: null, start: utc(6) })).toEqual({
      ok: true,
      seatsLeft: 0,
    })
  })

  it('respects DST: on 2026-03-29 Berlin 09:00 is 07:00Z', () => {
    const day = (h: number) => Date.UTC(2026, 2, 29, h)
    expect(check({ end: day(8), start: day(7) }).ok).toBe(true)
    expect(check({ end: day(7), start: day(6) }).ok).toBe(false)
    expect(check({ end: day(15), start: day(14) }).ok).toBe(true)
  })
})

describe('checkBooking: conflicts and seats', () => {
  it('an overlapping booking conflicts; touching ones do not', () => {
    const b = booking(utc(10, 30), utc(11, 30))
    expect(check({ bookings: [b] })).toEqual({ conflict: b, ok: false, reason: 'conflict' })
    expect(check({ bookings: [booking(utc(11), utc(12)), booking(utc(9), utc(10))] }).ok).toBe(true)
  })

  it('buffers on both sides count', () => {
    const b = booking(utc(9), utc(10), { bufferAfterMinutes: 15 })
    expect(check({ bookings: [b] })).toMatchObject({ ok: false, reason: 'conflict' })
    const c = booking(utc(11), utc(12))
    expect(check({ bookings: [c], service: service({ bufferAfterMinutes: 1 }) })).toMatchObject({ reason: 'conflict' })
    expect(check({ bookings: [c], service: service({ bufferBeforeMinutes: 60 }) }).ok).toBe(true)
  })

  it('returns the earliest conflicting booking', () => {
    const late = booking(utc(10, 45), utc(11))
    const early = booking(utc(10, 15), utc(10, 30))
    expect(check({ bookings: [late, early] })).toEqual({ conflict: early, ok: false, reason: 'conflict' })
  })

  it('ignores bookings of other staff', () => {
    expect(check({ bookings: [booking(utc(10), utc(11), { staffId: 'bob' })] }).ok).toBe(true)
  })

  it('a capacity-1 service does not share: same service at the same time conflicts', () => {
    const b = booking(utc(10), utc(11), { serviceId: 'haircut' })
    expect(check({ bookings: [b] })).toMatchObject({ reason: 'conflict' })
  })

  it('group sessions share seats up to the capacity', () => {
    const yoga = service({ capacity: 8, id: 'yoga' })
    const seven = [
      booking(utc(10), utc(11), { seats: 3, serviceId: 'yoga' }),
      booking(utc(10), utc(11), { seats: 4, serviceId: 'yoga' }),
    ]
    expect(check({ bookings: seven, service: yoga })).toEqual({ ok: true, seatsLeft: 0 })
    expect(check({ bookings: seven, seats: 2, service: yoga })).toEqual({ ok: false, reason: 'full', seatsLeft: 1 })
    expect(check({ bookings: [], seats: 3, service: yoga })).toEqual({ ok: true, seatsLeft: 5 })
    expect(check({ bookings: [], seats: 9, service: yoga })).toEqual({ ok: false, reason: 'full', seatsLeft: 8 })
    const over = [booking(utc(10), utc(11), { seats: 10, serviceId: 'yoga' })]
    expect(check({ bookings: over, service: yoga })).toEqual({ ok: false, reason: 'full', seatsLeft: 0 })
  })

  it('a group session is blocked by another service or by the same service at another time (conflict before full)', () => {
    const yoga = service({ capacity: 8, id: 'yoga' })
    const other = booking(utc(10, 30), utc(10, 45))
    const session = booking(utc(10), utc(11), { seats: 8, serviceId: 'yoga' })
    expect(check({ bookings: [session, other], service: yoga })).toEqual({
      conflict: other,
      ok: false,
      reason: 'conflict',
    })
    const shifted = booking(utc(10, 30), utc(11, 30), { serviceId: 'yoga' })
    expect(check({ bookings: [shifted], service: yoga })).toEqual({ conflict: shifted, ok: false, reason: 'conflict' })
  })

  it('a capacity-1 request for more than one seat is full', () => {
    expect(check({ seats: 2 })).toEqual({ ok: false, reason: 'full', seatsLeft: 1 })
  })
})
