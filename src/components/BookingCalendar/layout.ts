/**
 * Turns the endpoint's answer into grid columns: one per staff member (day view) or one per
 * date (week view), each with its working hours, time off and events laid out in lanes.
 */
import type { CalendarBooking, CalendarData, CalendarRequest } from '../../operations/calendar/types.ts'

import { addDays, DAY_MINUTES, localParts, minutesInDay } from './calendarTime.ts'

export interface GridEvent {
  booking?: CalendarBooking
  endMin: number
  id: string
  kind: 'booking' | 'request'
  /** Lane index and lane count of its cluster of overlapping events. */
  lane: number
  lanes: number
  request?: CalendarRequest
  startMin: number
}

export interface GridColumn {
  date: string
  events: GridEvent[]
  key: string
  /** The staff member of a day-view column; null in the week view (several people). */
  staffId: null | string
  timeOff: null | string
  title: string
  working: { endMin: number; startMin: number }[]
}

/** Assigns lanes so overlapping events sit side by side; events must be sorted by start. */
export const packLanes = (events: GridEvent[]): GridEvent[] => {
  let cluster: GridEvent[] = []
  let clusterEnd = -1
  const laneEnds: number[] = []
  const flush = () => {
    const lanes = Math.max(1, laneEnds.length)
    for (const e of cluster) e.lanes = lanes
    cluster = []
    laneEnds.length = 0
  }
  for (const e of events) {
    if (e.startMin >= clusterEnd) flush()
    let lane = laneEnds.findIndex((end) => end <= e.startMin)
    if (lane === -1) {
      lane = laneEnds.length
      laneEnds.push(e.endMin)
    } else {
      laneEnds[lane] = e.endMin
    }
    e.lane = lane
    cluster.push(e)
    clusterEnd = Math.max(clusterEnd, e.endMin)
  }
  flush()
  return events
}

interface Placed {
  endDate: string
  endMin: number
  item: CalendarBooking | CalendarRequest
  kind: 'booking' | 'request'
  startDate: string
  startMin: number
}

/** Each item's local start and end, computed once, then filed under every date it touches. */
const byDate = (data: CalendarData): Map<string, Placed[]> => {
  const tz = data.timezone
  const map = new Map<string, Placed[]>()
  const file = (kind: Placed['kind'], item: Placed['item']) => {
    const start = localParts(Date.parse(item.start), tz)
    const end = localParts(Date.parse(item.end), tz)
    const placed: Placed = { endDate: end.date, endMin: end.minutes, item, kind, startDate: start.date, startMin: start.minutes }
    for (let d = start.date; d <= end.date; d = addDays(d, 1)) {
      if (d === end.date && end.minutes === 0 && d !== start.date) break // ends at midnight
      const list = map.get(d)
      if (list) list.push(placed)
      else map.set(d, [placed])
    }
  }
  for (const b of data.bookings) file('booking', b)
  for (const r of data.requests) file('request', r)
  return map
}

const toEvent = (p: Placed, date: string): GridEvent | null => {
  const startMin = p.startDate < date ? 0 : p.startMin
  const endMin = p.endDate > date ? DAY_MINUTES : p.endMin
  if (endMin <= startMin) return null
  return {
    endMin: Math.max(endMin, startMin + 10),
    id: `${p.kind}-${String(p.item.id)}`,
    kind: p.kind,
    lane: 0,
    lanes: 1,
    startMin,
    ...(p.kind === 'booking' ? { booking: p.item as CalendarBooking } : { request: p.item as CalendarRequest }),
  }
}

export interface ColumnSpec {
  date: string
  key: string
  staffId: null | string
  staffIds: string[]
  title: string
}

/** Columns for `specs`: each takes the events and hours of its date and staff members. */
export const buildColumns = (data: CalendarData, specs: ColumnSpec[]): GridColumn[] => {
  const tz = data.timezone
  const items = byDate(data)
  return specs.map((spec) => {
    const staff = new Set(spec.staffIds)
    const events: GridEvent[] = []
    for (const p of items.get(spec.date) ?? []) {
      if (!staff.has(String(p.item.staff))) continue
      const e = toEvent(p, spec.date)
      if (e) events.push(e)
    }
    events.sort((a, b) => a.startMin - b.startMin || b.endMin - a.endMin)
    const working = data.workingHours
      .filter((w) => staff.has(String(w.staff)))
      .map((w) => ({ endMin: minutesInDay(Date.parse(w.end), spec.date, tz), startMin: minutesInDay(Date.parse(w.start), spec.date, tz) }))
      .filter((w) => w.endMin > w.startMin)
    const off = data.timeOff.find((o) => staff.has(String(o.staff)) && o.startDate <= spec.date && o.endDate >= spec.date)
    // In the week view one person's time off is worth a mark only when they are the only column.
    const timeOff = off && (spec.staffId !== null || staff.size === 1) ? (off.note ?? '') : null
    return { date: spec.date, events: packLanes(events), key: spec.key, staffId: spec.staffId, timeOff, title: spec.title, working }
  })
}

/** The hours the grid shows: 07:00–20:00, widened to every working hour and event in view. */
export const axisOf = (columns: GridColumn[]): { endMin: number; startMin: number } => {
  let startMin = 7 * 60
  let endMin = 20 * 60
  for (const c of columns) {
    for (const w of c.working) {
      startMin = Math.min(startMin, w.startMin)
      endMin = Math.max(endMin, w.endMin)
    }
    for (const e of c.events) {
      startMin = Math.min(startMin, e.startMin)
      endMin = Math.max(endMin, e.endMin)
    }
  }
  return { endMin: Math.min(DAY_MINUTES, Math.ceil(endMin / 60) * 60), startMin: Math.max(0, Math.floor(startMin / 60) * 60) }
}
