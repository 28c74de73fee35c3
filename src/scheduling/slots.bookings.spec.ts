import { describe, expect, it } from 'vitest'

import type { BusyBooking, Slot } from './types.ts'

import { computeSlots } from './slots.ts'
import { localTimeOf } from './time.ts'
import { ALL_DAYS, booking, everyDay, NOW, query, schedule, service } from './specFixtures.ts'

const times = (slots: Slot[], tz: string) => slots.map((s) => localTimeOf(s.start, tz))
const utc = (h: number, m = 0, day = 15) => Date.UTC(2026, 6, day, h, m)

describe('computeSlots: bookings and buffers', () => {
  it('a booking blocks the overlapping slot; touching is fine', () => {
    const slots = computeSlots(query({ bookings: [booking(utc(10), utc(11))] }))
    expect(times(slots, 'UTC')).toEqual(['09:00', '11:00', '12:00', '13:00', '14:00', '15:00', '16:00'])
  })

  it("the booking's after-buffer blocks the next slot of a service without buffers", () => {
    const slots = computeSlots(query({ bookings: [booking(utc(10), utc(11), { bufferAfterMinutes: 15 })] }))
    expect(times(slots, 'UTC').slice(0, 3)).toEqual(['09:00', '12:00', '13:00'])
  })

  it("the service's buffers widen the candidate; they may fall outside working hours", () => {
    const before = computeSlots(
      query({ bookings: [booking(utc(10), utc(11))], service: service({ bufferBeforeMinutes: 15 }) }),
    )
    expect(times(before, 'UTC').slice(0, 3)).toEqual(['09:00', '12:00', '13:00'])
    const after = computeSlots(
      query({ bookings: [booking(utc(10), utc(11))], service: service({ bufferAfterMinutes: 30 }) }),
    )
    expect(times(after, 'UTC').slice(0, 2)).toEqual(['11:00', '12:00'])
    expect(times(after, 'UTC').at(-1)).toBe('16:00')
  })

  it('a booking of the same capacity-1 service at the same time blocks (no sharing)', () => {
    const slots = computeSlots(query({ bookings: [booking(utc(10), utc(11), { serviceId: 'haircut' })] }))
    expect(times(slots, 'UTC')).not.toContain('10:00')
    expect(slots.every((s) => s.seatsLeft === 1)).toBe(true)
  })

  it('group sessions share seats: 7 of 8 taken → 1 left, 8 taken → gone', () => {
    const yoga = service({ capacity: 8, id: 'yoga' })
    const seven = [
      booking(utc(10), utc(11), { seats: 3, serviceId: 'yoga' }),
      booking(utc(10), utc(11), { seats: 4, serviceId: 'yoga' }),
    ]
    const slots = computeSlots(query({ bookings: seven, service: yoga }))
    expect(slots.find((s) => s.start === utc(10))?.seatsLeft).toBe(1)
    expect(slots.find((s) => s.start === utc(9))?.seatsLeft).toBe(8)
    const eight = [...seven, booking(utc(10), utc(11), { seats: 1, serviceId: 'yoga' })]
    expect(computeSlots(query({ bookings: eight, service: yoga })).map((s) => s.start)).not.toContain(utc(10))
  })

  it('a group session is blocked by another service, or by the same service at another time', () => {
    const yoga = service({ capacity: 8, id: 'yoga' })
    const withOther = [booking(utc(10), utc(11), { seats: 2, serviceId: 'yoga' }), booking(utc(10, 30), utc(10, 45))]
    expect(computeSlots(query({ bookings: withOther, service: yoga })).map((s) => s.start)).not.toContain(utc(10))
    const shifted = [booking(utc(10, 30), utc(11, 30), { serviceId: 'yoga' })]
    const starts = computeSlots(query({ bookings: shifted, service: yoga })).map((s) => s.start)
    expect(starts).not.toContain(utc(10))
    expect(starts).not.toContain(utc(11))
    expect(starts).toContain(utc(12))
    // Same start, different end (e.g. the duration changed since): not the same session.
    const longer = [booking(utc(10), utc(11, 30), { serviceId: 'yoga' })]
    expect(computeSlots(query({ bookings: longer, service: yoga })).map((s) => s.start)).not.toContain(utc(10))
  })

  it('bookings of other staff only block their own slots; unknown staff are ignored', () => {
    const schedules = [
      schedule('UTC', everyDay('09:00', '11:00'), 'bob'),
      schedule('UTC', everyDay('09:00', '11:00'), 'anna'),
    ]
    const slots = computeSlots(
      query({
        bookings: [booking(utc(9), utc(10), { staffId: 'bob' }), booking(utc(10), utc(11), { staffId: 'zed' })],
        schedules,
      }),
    )
    expect(slots.map((s) => `${localTimeOf(s.start, 'UTC')} ${s.staffId}`)).toEqual([
      '09:00 anna',
      '10:00 anna',
      '10:00 bob',
    ])
  })

  it('handles many bookings and staff quickly (no bookings × slots scan)', () => {
    const staff = Array.from({ length: 20 }, (_, i) => `s${i}`)
    const schedules = staff.map((id) => schedule('Europe/Berlin', everyDay('06:00', '22:00'), id))
    const bookings: BusyBooking[] = []
    const start = Date.UTC(2026, 2, 1)
    for (let i = 0; i < 20_000; i++) {
      const t = start + ((i * 7919) % (60 * 24 * 12)) * 5 * 60_000
      bookings.push(booking(t, t + 25 * 60_000, { bufferAfterMinutes: 5, staffId: staff[i % 20] as string }))
    }
    const began = performance.now()
    const slots = computeSlots(
      query({
        bookings,
        from: '2026-03-01',
        schedules,
        service: service({ durationMinutes: 30, slotStepMinutes: 5 }),
        timezone: 'Europe/Berlin',
        to: '2026-04-30',
      }),
    )
    const elapsed = performance.now() - began
    expect(slots.length).toBeGreaterThan(0)
    // Generous bound: a bookings × slots implementation needs ~10^10 steps here.
    expect(elapsed).toBeLessThan(5_000)
  })
})
