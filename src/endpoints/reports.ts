import type { Endpoint, PayloadRequest } from 'payload'

import type { SanitizedBookingOptions } from '../types.ts'

import { buildReport } from '../operations/reports/buildReport.ts'
import { parseReportFormat, parseReportQuery } from '../operations/reports/parseReportQuery.ts'
import { reportCsv, reportFilename } from '../operations/reports/reportCsv.ts'
import { endpointHandler, ok } from './respond.ts'

const answer = async (req: PayloadRequest, options: SanitizedBookingOptions, csv: boolean): Promise<Response> => {
  const params = req.searchParams
  const format = csv ? 'csv' : parseReportFormat(params.get('format'))
  const report = await buildReport(req, options, parseReportQuery(params))
  if (format === 'json') {
    return ok(report)
  }
  return new Response(reportCsv(report), {
    headers: {
      'Cache-Control': 'no-store',
      'Content-Disposition': `attachment; filename="${reportFilename(report)}"`,
      'Content-Type': 'text/csv; charset=utf-8',
    },
    status: 200,
  })
}

/**
 * The reports of the admin dashboard, for logged-in admins (everyone's numbers) and staff users
 * (their own; 401/403 otherwise): `GET /booking/reports?from&to&staff&service` as JSON, and the
 * same numbers as CSV with `&format=csv` or at `/booking/reports.csv`.
 */
export const reportsEndpoints = (options: SanitizedBookingOptions): Endpoint[] => [
  { handler: endpointHandler((req) => answer(req, options, false)), method: 'get', path: '/booking/reports' },
  { handler: endpointHandler((req) => answer(req, options, true)), method: 'get', path: '/booking/reports.csv' },
]
