import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Harness } from './helpers/harness.ts'

import { startHarness } from './helpers/harness.ts'

// Europe/Berlin springs forward on Sunday 2026-03-29 (02:00 -> 03:00) and falls back on
// Sunday 2026-10-25; New York springs forward on 2026-03-08; Kolkata (+05:30) has no DST.
let h: Harness
let service: number | string
const staffIn: Record<string, number | string> = {}

const everyDay = (start: string, end: string) =>
  (['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const).map((day) => ({ day, end, start }))

beforeAll(async () => {
  h = await startHarness({ clock: '2026-03-01T00:00:00Z' })
  service = (
    await h.payload.create({
      collection: 'services',
      data: { name: 'Massage', durationMinutes: 60, maxAdvanceDays: 365, minNoticeMinutes: 0 } as never,
    })
  ).id
  for (const zone of ['Europe/Berlin', 'America/New_York', 'Asia/Kolkata']) {
    const staff = await h.payload.create({ collection: 'staff', data: { name: zone, services: [service] } as never })
    await h.payload.create({ collection: 'availability', data: { staff: staff.id, timezone: zone, weekly: everyDay('09:00', '17:00') } as never })
    staffIn[zone] = staff.id
  }
})
afterAll(async () => {
  await h?.close()
})

const slots = async (zone: string, from: string, to: string) => {
  const res = await h.http('GET', `/api/booking/availability?service=${service}&staff=${staffIn[zone]}&from=${from}&to=${to}`)
  expect(res.status).toBe(200)
  expect(res.body.timezone).toBe(zone)
  return res.body.slots as { end: string; start: string }[]
}

describe('availability across DST changes', () => {
  it('Berlin spring forward: 09:00-17:00 local on both sides, 8 slots a day, UTC shifts by an hour', async () => {
    const list = await slots('Europe/Berlin', '2026-03-28', '2026-03-30')
    expect(list).toHaveLength(24)
    expect(list[0]!.start).toBe('2026-03-28T08:00:00.000Z') // CET, UTC+1
    expect(list[8]!.start).toBe('2026-03-29T07:00:00.000Z') // CEST, UTC+2: the DST day itself
    expect(list[15]!.end).toBe('2026-03-29T15:00:00.000Z')
    expect(list[16]!.start).toBe('2026-03-30T07:00:00.000Z')
  })

  it('Berlin fall back: still 8 slots, no duplicated hour', async () => {
    h.clock.set('2026-10-01T00:00:00Z')
    try {
      const list = await slots('Europe/Berlin', '2026-10-24', '2026-10-26')
      expect(list).toHaveLength(24)
      expect(new Set(list.map((s) => s.start)).size).toBe(24)
      expect(list[0]!.start).toBe('2026-10-24T07:00:00.000Z')
      expect(list[8]!.start).toBe('2026-10-25T08:00:00.000Z')
    } finally {
      h.clock.set('2026-03-01T00:00:00Z')
    }
  })

  it('New York spring forward and Kolkata half-hour offset', async () => {
    const ny = await slots('America/New_York', '2026-03-07', '2026-03-08')
    expect(ny.map((s) => s.start).filter((_, i) => i % 8 === 0)).toEqual(['2026-03-07T14:00:00.000Z', '2026-03-08T13:00:00.000Z'])
    const kolkata = await slots('Asia/Kolkata', '2026-03-10', '2026-03-10')
    expect(kolkata).toHaveLength(8)
    expect(kolkata[0]!.start).toBe('2026-03-10T03:30:00.000Z')
  })

  it('reads the calendar dates in `tz` when given', async () => {
    // 2026-03-10 in Kolkata is 2026-03-09T18:30Z .. 2026-03-10T18:30Z; Berlin's 09-17 of the 10th is inside it.
    const res = await h.http('GET', `/api/booking/availability?service=${service}&staff=${staffIn['Europe/Berlin']}&from=2026-03-10&to=2026-03-10&tz=Asia/Kolkata`)
    expect(res.status).toBe(200)
    expect(res.body.timezone).toBe('Asia/Kolkata')
    expect(res.body.slots[0].start).toBe('2026-03-10T08:00:00.000Z')
    expect(res.body.slots).toHaveLength(8)
  })
})
