import { describe, expect, it } from 'vitest'

import type { Schedule, Slot } from './types.ts'

import { computeSlots } from './slots.ts'
import { localDateOf, localTimeOf } from './time.ts'
import { ALL_DAYS, everyDay, NOW, query, schedule, service } from './specFixtures.ts'

const local = (slots: Slot[], tz: string) => slots.map((s) => `${localDateOf(s.start, tz)} ${localTimeOf(s.start, tz)}`)
const times = (slots: Slot[], tz: string) => slots.map((s) => localTimeOf(s.start, tz))
const utc = (h: number, m = 0, day = 15) => Date.UTC(2026, 6, day, h, m)
const HOURS_9_TO_16 = ['09:00', '10:00', '11:00', '12:00', '13:00', '14:00', '15:00', '16:00']

describe('computeSlots: timezones and DST', () => {
  const cases: [string, string][] = [
    ['Europe/Berlin', '2026-03-29'],
    ['Europe/Berlin', '2026-10-25'],
    ['Europe/Berlin', '2026-07-15'],
    ['America/New_York', '2026-03-08'],
    ['America/New_York', '2026-11-01'],
    ['America/New_York', '2026-07-15'],
    ['Asia/Kolkata', '2026-07-15'],
    ['UTC', '2026-03-29'],
  ]
  for (const [tz, date] of cases) {
    it(`a 09:00–17:00 rule gives 8 one-hour slots in ${tz} on ${date}`, () => {
      const slots = computeSlots(
        query({ from: date, schedules: [schedule(tz, everyDay('09:00', '17:00'))], timezone: tz, to: date }),
      )
      expect(times(slots, tz)).toEqual(HOURS_9_TO_16)
      expect(slots.every((s) => localDateOf(s.start, tz) === date && s.end - s.start === 3_600_000)).toBe(true)
    })
  }

  it('a range across both Berlin DST days has 8 slots on every date, none missing or duplicated', () => {
    for (const [from, to] of [
      ['2026-03-27', '2026-03-31'],
      ['2026-10-23', '2026-10-27'],
    ] as const) {
      const slots = computeSlots(
        query({
          from,
          schedules: [schedule('Europe/Berlin', everyDay('09:00', '17:00'))],
          timezone: 'Europe/Berlin',
          to,
        }),
      )
      expect(slots).toHaveLength(40)
      expect(new Set(slots.map((s) => s.start)).size).toBe(40)
      const byDate = new Map<string, string[]>()
      for (const s of slots) {
        const d = localDateOf(s.start, 'Europe/Berlin')
        byDate.set(d, [...(byDate.get(d) ?? []), localTimeOf(s.start, 'Europe/Berlin')])
      }
      expect([...byDate.values()].every((list) => JSON.stringify(list) === JSON.stringify(HOURS_9_TO_16))).toBe(true)
    }
  })

  it('`to` is inclusive and `from` > `to` gives nothing', () => {
    expect(computeSlots(query({ from: '2026-07-15', to: '2026-07-16' }))).toHaveLength(16)
    expect(computeSlots(query({ from: '2026-07-16', to: '2026-07-15' }))).toEqual([])
  })

  it('reads the range in the query timezone, not the schedule timezone', () => {
    // New York 09:00–17:00 EDT = 13:00–21:00Z. Kolkata's 2026-07-15 = [07-14 18:30Z, 07-15 18:30Z).
    const slots = computeSlots(
      query({ schedules: [schedule('America/New_York', everyDay('09:00', '17:00'))], timezone: 'Asia/Kolkata' }),
    )
    expect(local(slots, 'America/New_York')).toEqual([
      '2026-07-14 15:00',
      '2026-07-14 16:00',
      '2026-07-15 09:00',
      '2026-07-15 10:00',
      '2026-07-15 11:00',
      '2026-07-15 12:00',
      '2026-07-15 13:00',
      '2026-07-15 14:00',
    ])
    expect(local(slots, 'Asia/Kolkata').every((s) => s.startsWith('2026-07-15'))).toBe(true)
  })

  it('hours crossing midnight: slots belong to the date they start on, the grid keeps its anchor', () => {
    const night = [schedule('Europe/Berlin', [{ day: 'fri', end: '02:00', start: '22:00' }])]
    const svc = service({ slotStepMinutes: 30 })
    const base = { schedules: night, service: svc, timezone: 'Europe/Berlin' }
    expect(local(computeSlots(query({ ...base, from: '2026-07-17', to: '2026-07-17' })), 'Europe/Berlin')).toEqual([
      '2026-07-17 22:00',
      '2026-07-17 22:30',
      '2026-07-17 23:00',
      '2026-07-17 23:30',
    ])
    expect(local(computeSlots(query({ ...base, from: '2026-07-18', to: '2026-07-18' })), 'Europe/Berlin')).toEqual([
      '2026-07-18 00:00',
      '2026-07-18 00:30',
      '2026-07-18 01:00',
    ])
    // Both days at once: the same 7 slots.
    expect(computeSlots(query({ ...base, from: '2026-07-17', to: '2026-07-18' }))).toHaveLength(7)
  })

  it('round-the-clock hours: the grid follows local midnights of the schedule, whatever the query', () => {
    const allDay = [schedule('Asia/Kolkata', everyDay('00:00', '00:00'))]
    const inKolkata = computeSlots(query({ schedules: allDay, timezone: 'Asia/Kolkata' }))
    expect(times(inKolkata, 'Asia/Kolkata')).toHaveLength(24)
    expect(times(inKolkata, 'Asia/Kolkata').every((t) => t.endsWith(':00'))).toBe(true)
    const inUtc = computeSlots(query({ schedules: allDay, timezone: 'UTC' }))
    expect(inUtc).toHaveLength(24)
    expect(inUtc.every((s) => new Date(s.start).getUTCMinutes() === 30)).toBe(true)
    const wider = computeSlots(query({ from: '2026-07-10', schedules: allDay, timezone: 'UTC', to: '2026-07-20' }))
    expect(wider.filter((s) => localDateOf(s.start, 'UTC') === '2026-07-15')).toEqual(inUtc)
  })

  it('Kolkata schedule queried in UTC: a local morning starts the previous UTC evening', () => {
    const kol = [schedule('Asia/Kolkata', everyDay('02:00', '06:00'))]
    const slots = computeSlots(query({ from: '2026-07-15', schedules: kol, timezone: 'UTC', to: '2026-07-15' }))
    // Kolkata 07-16 02:00–06:00 = 07-15 20:30Z–00:30Z; Kolkata 07-15 02:00–06:00 = 07-14 20:30Z–00:30Z.
    expect(slots.map((s) => new Date(s.start).toISOString())).toEqual([
      '2026-07-15T20:30:00.000Z',
      '2026-07-15T21:30:00.000Z',
      '2026-07-15T22:30:00.000Z',
      '2026-07-15T23:30:00.000Z',
    ])
    // The 23:30Z slot ends at 00:30Z on the next UTC day, still inside Kolkata working hours.
    expect(slots[3]?.end).toBe(Date.UTC(2026, 6, 16, 0, 30))
  })
})

describe('computeSlots: rules', () => {
  it('several intervals a day (09–12 and 13–17)', () => {
    const split = schedule('UTC', [
      { day: 'wed', end: '12:00', start: '09:00' },
      { day: 'wed', end: '17:00', start: '13:00' },
    ])
    expect(times(computeSlots(query({ schedules: [split] })), 'UTC')).toEqual([
      '09:00',
      '10:00',
      '11:00',
      '13:00',
      '14:00',
      '15:00',
      '16:00',
    ])
  })

  it('step smaller than duration: the appointment must end inside working hours', () => {
    const s = schedule('UTC', [{ day: 'wed', end: '12:00', start: '09:00' }])
    const slots = computeSlots(query({ schedules: [s], service: service({ slotStepMinutes: 15 }) }))
    expect(times(slots, 'UTC')).toEqual([
      '09:00',
      '09:15',
      '09:30',
      '09:45',
      '10:00',
      '10:15',
      '10:30',
      '10:45',
      '11:00',
    ])
  })

  it('closed exceptions remove slots', () => {
    const s: Schedule = {
      ...schedule('UTC', everyDay('09:00', '17:00')),
      exceptions: [{ closed: true, date: '2026-07-14', endDate: '2026-07-16' }],
    }
    const slots = computeSlots(query({ from: '2026-07-13', schedules: [s], to: '2026-07-17' }))
    expect([...new Set(slots.map((x) => localDateOf(x.start, 'UTC')))]).toEqual(['2026-07-13', '2026-07-17'])
  })

  it('minimum notice (boundary included) and start in the past', () => {
    expect(times(computeSlots(query({ now: utc(9, 30), service: service({ minNoticeMinutes: 60 }) })), 'UTC')).toEqual([
      '11:00',
      '12:00',
      '13:00',
      '14:00',
      '15:00',
      '16:00',
    ])
    expect(times(computeSlots(query({ now: utc(9), service: service({ minNoticeMinutes: 120 }) })), 'UTC')[0]).toBe(
      '11:00',
    )
    expect(times(computeSlots(query({ now: utc(12, 1) })), 'UTC')).toEqual(['13:00', '14:00', '15:00', '16:00'])
    expect(times(computeSlots(query({ now: utc(12), service: service({ minNoticeMinutes: -120 }) })), 'UTC')[0]).toBe(
      '12:00',
    )
  })

  it('maximum advance (boundary included)', () => {
    const slots = computeSlots(
      query({ from: '2026-07-14', now: utc(10, 0, 14), service: service({ maxAdvanceDays: 1 }), to: '2026-07-16' }),
    )
    expect(local(slots, 'UTC')).toEqual([
      '2026-07-14 10:00',
      '2026-07-14 11:00',
      '2026-07-14 12:00',
      '2026-07-14 13:00',
      '2026-07-14 14:00',
      '2026-07-14 15:00',
      '2026-07-14 16:00',
      '2026-07-15 09:00',
      '2026-07-15 10:00',
    ])
  })

  it('throws on invalid input', () => {
    expect(() => computeSlots(query({ from: '2026-02-30' }))).toThrow(RangeError)
    expect(() => computeSlots(query({ timezone: 'Bad/Zone' }))).toThrow(RangeError)
    expect(() => computeSlots(query({ service: service({ slotStepMinutes: 0 }) }))).toThrow(RangeError)
    expect(() => computeSlots(query({ service: service({ durationMinutes: 0 }) }))).toThrow(RangeError)
  })
})
