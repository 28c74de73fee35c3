import type { ReportQuery } from './types.ts'

import { daysBetween } from '../../scheduling/time.ts'
import { badRequest } from '../bookingError.ts'
import { isAcceptedDate, MAX_YEAR, MIN_YEAR, parseId } from '../parseInput.ts'

/** The longest range a report covers: a year and a bit, so "this year" and a year back both fit. */
export const REPORT_MAX_DAYS = 400

export type ReportFormat = 'csv' | 'json'

/** `from`, `to` (dates, both inclusive), `staff`, `service` from a query string; a 400 names the field. */
export const parseReportQuery = (params: URLSearchParams): ReportQuery => {
  const from = params.get('from') ?? ''
  const to = params.get('to') ?? ''
  for (const [field, value] of [['from', from], ['to', to]] as const) {
    if (!isAcceptedDate(value)) {
      throw badRequest(field, `${field} must be a date YYYY-MM-DD between ${MIN_YEAR} and ${MAX_YEAR}`)
    }
  }
  if (to < from) {
    throw badRequest('to', 'to must not be before from')
  }
  const days = daysBetween(from, to) + 1
  if (days > REPORT_MAX_DAYS) {
    throw badRequest('to', `The range is ${days} days; a report covers at most ${REPORT_MAX_DAYS}`)
  }
  return {
    from,
    service: parseId(params.get('service'), 'service'),
    staff: parseId(params.get('staff'), 'staff'),
    to,
  }
}

export const parseReportFormat = (value: null | string): ReportFormat => {
  if (value === null || value === '' || value === 'json') return 'json'
  if (value === 'csv') return 'csv'
  throw badRequest('format', 'format must be json or csv')
}
