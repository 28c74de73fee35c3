/**
 * Availability disclosure: how much of the real free time the public may see, and the pure
 * selection of "suggested" times that hides the real load. No Payload, no clock: callers pass
 * the free slots, the day's time grid and the count.
 */

import type { Slot } from './types.ts'

import { addDays, localDateOf, startOfLocalDay } from './time.ts'

/** `all`: every free slot; `suggest`: at most N chosen proposals; `request`: no slots, visitors propose a time. */
export type DisclosureMode = 'all' | 'request' | 'suggest'

export const DISCLOSURE_MODES: readonly DisclosureMode[] = ['all', 'suggest', 'request']

const RANK: Record<DisclosureMode, number> = { all: 0, request: 2, suggest: 1 }

/** The more restrictive of two modes: a block (or a query) may narrow a service's mode, never widen it. */
export const narrowDisclosure = (base: DisclosureMode, narrower?: DisclosureMode | null): DisclosureMode =>
  narrower && RANK[narrower] > RANK[base] ? narrower : base

export const isDisclosureMode = (value: unknown): value is DisclosureMode =>
  typeof value === 'string' && (DISCLOSURE_MODES as readonly string[]).includes(value)

/** A proposed time. `staffId` is null when the proposal is for "any staff member". */
export interface Proposal {
  end: number
  staffId: null | string
  start: number
}

/** FNV-1a, 32 bit: a fixed, well-spread rank for a time, the same for every caller. */
const rankOf = (salt: string, start: number): number => {
  let h = 0x811c9dc5
  const text = `${salt}|${start}`
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i)
    h = Math.imul(h, 0x01000193) >>> 0
  }
  return h
}

/**
 * Up to `count` proposals for one day, from that day's free slots.
 *
 * - `free`: the bookable slots of the day (any order; several staff may share a start).
 * - `grid`: every candidate start of the day as if nothing were booked and nothing were too soon
 *   (from the working hours only). It splits the day into `count` equal parts by position, so the
 *   parts do not move when bookings come and go or time passes.
 * - With `anyStaff`, starts are united across staff and proposals carry `staffId: null`.
 *
 * With `fillEarliest` (the near-term days) the day's earliest free time is proposed, to fill the
 * near term first; every other part of the day contributes the free start with the lowest fixed
 * rank (a hash of `salt` and the start), and parts with nothing free leave their place to the
 * lowest-ranked remaining starts. So a booking of one time changes the proposals only if it took a
 * proposed time, and the proposals say nothing about which of the other times are free (on
 * near-term days, only that the times before the earliest proposal are not). Sorted by start.
 */
export function selectDayProposals(args: {
  anyStaff: boolean
  count: number
  /** Propose the day's earliest free time (the near term); else every part gets a ranked pick. @default true */
  fillEarliest?: boolean
  free: Slot[]
  grid: number[]
  salt: string
}): Proposal[] {
  const { anyStaff, free, salt } = args
  const fillEarliest = args.fillEarliest ?? true
  const count = Math.max(0, Math.floor(args.count))
  if (count === 0 || free.length === 0) return []
  // One entry per start (the first staff member by id when several are free: deterministic).
  const byStart = new Map<number, Slot>()
  for (const slot of [...free].sort((a, b) => a.start - b.start || (a.staffId < b.staffId ? -1 : a.staffId > b.staffId ? 1 : 0))) {
    if (!byStart.has(slot.start)) byStart.set(slot.start, slot)
  }
  const starts = [...byStart.keys()].sort((a, b) => a - b)
  const toProposal = (start: number): Proposal => {
    const slot = byStart.get(start)!
    return { end: slot.end, staffId: anyStaff ? null : slot.staffId, start }
  }
  if (starts.length <= count) return starts.map(toProposal)

  const grid = [...new Set([...args.grid, ...starts])].sort((a, b) => a - b)
  const position = new Map(grid.map((start, i) => [start, i]))
  const partOf = (start: number) => Math.min(count - 1, Math.floor((position.get(start)! * count) / grid.length))
  const byRank = (a: number, b: number) => rankOf(salt, a) - rankOf(salt, b) || a - b

  const picked = new Set<number>(fillEarliest ? [starts[0]!] : [])
  const filledParts = new Set<number>(fillEarliest ? [partOf(starts[0]!)] : [])
  for (const start of [...starts].sort(byRank)) {
    if (picked.size >= count) break
    const part = partOf(start)
    if (!filledParts.has(part)) {
      filledParts.add(part)
      picked.add(start)
    }
  }
  for (const start of [...starts].sort(byRank)) {
    if (picked.size >= count) break
    picked.add(start)
  }
  return [...picked].sort((a, b) => a - b).map(toProposal)
}

/**
 * Up to `count` proposals over several days, each taken from its day's proposals (so a range
 * never shows a time that asking for its day alone would not): the first day with proposals gives
 * its earliest two, then each following day one (at a different time of day from day to day),
 * round after round until `count` are chosen. Sorted by start.
 */
export function selectRangeProposals(days: Proposal[][], count: number): Proposal[] {
  const limit = Math.max(0, Math.floor(count))
  const queues = days.filter((d) => d.length > 0).map((d) => [...d].sort((a, b) => a.start - b.start))
  if (limit === 0 || queues.length === 0) return []
  const chosen: Proposal[] = []
  const take = (queue: Proposal[], index: number) => {
    if (chosen.length < limit && queue.length > 0) chosen.push(queue.splice(index % queue.length, 1)[0]!)
  }
  // The near term first: the soonest day's earliest two.
  take(queues[0]!, 0)
  take(queues[0]!, 0)
  for (let round = 0; chosen.length < limit && queues.some((q) => q.length > 0); round++) {
    queues.forEach((queue, day) => {
      if (round === 0 && day === 0) return
      take(queue, day + round)
    })
  }
  return chosen.sort((a, b) => a.start - b.start)
}

/** Groups slots (or grid starts) by their calendar date in `timezone`. */
export const groupByLocalDate = <T>(items: T[], startOf: (item: T) => number, timezone: string): Map<string, T[]> => {
  const days = new Map<string, T[]>()
  for (const item of items) {
    const date = localDateOf(startOf(item), timezone)
    const list = days.get(date) ?? []
    list.push(item)
    days.set(date, list)
  }
  return days
}

/**
 * The public proposals of a range: per calendar date of `timezone` (the business's zone, whatever
 * zone the visitor reads the range in), `selectDayProposals`; then, over the range,
 * `selectRangeProposals`. `window` (optional) drops proposals outside the instants asked for.
 */
export function suggestProposals(args: {
  anyStaff: boolean
  count: number
  free: Slot[]
  grid: number[]
  /** Days starting before this instant are the near term: their earliest free time is proposed. */
  nearTermEnd?: number
  salt: string
  timezone: string
  window?: { end: number; start: number }
}): Proposal[] {
  const { anyStaff, count, salt, timezone, window } = args
  const nearTermEnd = args.nearTermEnd ?? Number.POSITIVE_INFINITY
  const freeByDay = groupByLocalDate(args.free, (s) => s.start, timezone)
  const gridByDay = groupByLocalDate(args.grid, (s) => s, timezone)
  const days = [...freeByDay.keys()].sort().map((date) =>
    selectDayProposals({
      anyStaff,
      count,
      fillEarliest: startOfLocalDay(date, timezone) < nearTermEnd,
      free: freeByDay.get(date)!,
      grid: gridByDay.get(date) ?? [],
      salt,
    }).filter(
      (p) => !window || (p.start >= window.start && p.start < window.end),
    ),
  )
  return selectRangeProposals(days, count)
}

/** How many days, from today, count as the near term whose earliest free time is always proposed. */
export const NEAR_TERM_DAYS = 2

/** The end of the near term: 00:00 (in `timezone`) `NEAR_TERM_DAYS` days after the day of `now`. */
export const nearTermEndOf = (now: number, timezone: string): number =>
  startOfLocalDay(addDays(localDateOf(now, timezone), NEAR_TERM_DAYS), timezone)
