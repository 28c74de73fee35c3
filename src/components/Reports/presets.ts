import { addDays, localDateOf, weekdayOf } from '../../scheduling/time.ts'

export const PRESETS = ['thisWeek', 'thisMonth', 'lastMonth', 'thisYear', 'custom'] as const
export type Preset = (typeof PRESETS)[number]

export interface ReportRange {
  from: string
  to: string
}

const WEEK = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const
const monthStart = (date: string) => `${date.slice(0, 7)}-01`
const nextMonthStart = (date: string) => {
  const [y, m] = [Number(date.slice(0, 4)), Number(date.slice(5, 7))]
  return m === 12 ? `${y + 1}-01-01` : `${y}-${String(m + 1).padStart(2, '0')}-01`
}

/** The dates of a preset around today in the business's zone (weeks start on Monday). */
export const presetRange = (preset: Exclude<Preset, 'custom'>, now: number, timezone: string): ReportRange => {
  const today = localDateOf(now, timezone)
  switch (preset) {
    case 'thisWeek': {
      const from = addDays(today, -WEEK.indexOf(weekdayOf(today)))
      return { from, to: addDays(from, 6) }
    }
    case 'thisMonth':
      return { from: monthStart(today), to: addDays(nextMonthStart(today), -1) }
    case 'lastMonth': {
      const to = addDays(monthStart(today), -1)
      return { from: monthStart(to), to }
    }
    case 'thisYear':
      return { from: `${today.slice(0, 4)}-01-01`, to: `${today.slice(0, 4)}-12-31` }
  }
}

/** What the view shows, as it lives in the URL: `?preset=thisMonth` or `?from&to`, `&staff&service`. */
export interface ReportState extends ReportRange {
  preset: Preset
  service: string
  staff: string
}

const DATE = /^\d{4}-\d{2}-\d{2}$/

export const readState = (search: string, now: number, timezone: string): ReportState => {
  const params = new URLSearchParams(search)
  const staff = params.get('staff') ?? ''
  const service = params.get('service') ?? ''
  const from = params.get('from') ?? ''
  const to = params.get('to') ?? ''
  if (DATE.test(from) && DATE.test(to)) {
    return { from, preset: 'custom', service, staff, to }
  }
  const asked = params.get('preset') as Preset | null
  const preset = asked && asked !== 'custom' && PRESETS.includes(asked) ? asked : 'thisMonth'
  return { ...presetRange(preset, now, timezone), preset, service, staff }
}

export const writeState = (state: ReportState): string => {
  const params = new URLSearchParams()
  if (state.preset === 'custom') {
    params.set('from', state.from)
    params.set('to', state.to)
  } else {
    params.set('preset', state.preset)
  }
  if (state.staff) params.set('staff', state.staff)
  if (state.service) params.set('service', state.service)
  return `?${params.toString()}`
}

/** The query string of the report endpoints for a state. */
export const reportQuery = (state: ReportState): string => {
  const params = new URLSearchParams({ from: state.from, to: state.to })
  if (state.staff) params.set('staff', state.staff)
  if (state.service) params.set('service', state.service)
  return params.toString()
}
