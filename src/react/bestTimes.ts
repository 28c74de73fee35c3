import type { ApiSlot } from './api.ts'

import { selectDayProposals, selectRangeProposals } from '../scheduling/suggest.ts'
import { localDateOf } from '../scheduling/time.ts'

export const BEST_COUNT = 6
export const BEST_DAYS = 14

/** The best times of an answer that lists every free time: the soonest, then spread over the next days. */
export const bestOf = (slots: ApiSlot[], timezone: string): ApiSlot[] => {
  const byDay = new Map<string, ApiSlot[]>()
  for (const slot of slots) {
    const day = localDateOf(Date.parse(slot.start), timezone)
    byDay.set(day, [...(byDay.get(day) ?? []), slot])
  }
  const days = [...byDay.keys()].sort().map((day) =>
    selectDayProposals({
      anyStaff: false,
      count: 3,
      free: byDay.get(day)!.map((s) => ({ end: Date.parse(s.end), seatsLeft: 1, staffId: String(s.staff ?? ''), start: Date.parse(s.start) })),
      grid: [],
      salt: 'widget',
    }),
  )
  const chosen = new Set(selectRangeProposals(days, BEST_COUNT).map((p) => p.start))
  return uniqueStarts(slots).filter((s) => chosen.has(Date.parse(s.start)))
}

/** One entry per start time (several staff may be free at the same time). */
export const uniqueStarts = (slots: ApiSlot[]): ApiSlot[] => {
  const seen = new Set<string>()
  return slots.filter((s) => (seen.has(s.start) ? false : (seen.add(s.start), true)))
}
