/**
 * Turns the endpoint's answer into grid columns: one per staff member (day view) or one per
 * date (week view), each with its working hours, time off and events laid out in lanes.
 */
import type { CalendarBooking, CalendarData, CalendarRequest } from '../../operations/calendar/types.ts'

import { DAY_MINUTES, minutesInDay } from './calendarTime.ts'

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

const toEvent = (
  kind: 'booking' | 'request',
  item: CalendarBooking | CalendarRequest,
  date: string,
  tz: string,
): GridEvent | null => {
  const startMin = minutesInDay(Date.parse(item.start), date, tz)
  const endMin = minutesInDay(Date.parse(item.end), date, tz)
  if (endMin <= startMin || startMin >= DAY_MINUTES) return null
  return {
    endMin: Math.max(endMin, startMin + 10),
    id: `${kind}-${String(item.id)}`,
    kind,
    lane: 0,
    lanes: 1,
    startMin,
    ...(kind === 'booking' ? { booking: item as CalendarBooking } : { request: item as CalendarRequest }),
  }
}

interface ColumnSpec {
  date: string
  key: string
  staffIds: string[]
  staffId: null | string
  title: string
}

/** Columns for `specs`: each takes the events and hours of its date and staff members. */
export const buildColumns = (data: CalendarData, specs: ColumnSpec[]): GridColumn[] => {
  const tz = data.timezone
  return specs.map((spec) => {
    const staff = new Set(spec.staffIds)
    const events: GridEvent[] = []
    for (const b of data.bookings) {
      if (!staff.has(String(b.staff))) continue
      const e = toEvent('booking', b, spec.date, tz)
      if (e) events.push(e)
    }
    for (const r of data.requests) {
      if (!staff.has(String(r.staff))) continue
      const e = toEvent('request', r, spec.date, tz)
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
