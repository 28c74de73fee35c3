import type { Endpoint } from 'payload'

import type { SanitizedBookingOptions } from '../types.ts'

import { checkSlot } from '../operations/calendar/checkSlot.ts'
import { loadCalendar } from '../operations/calendar/loadCalendar.ts'
import { searchCustomers } from '../operations/calendar/searchCustomers.ts'
import { parseIdList } from '../operations/calendar/viewer.ts'
import { endpointHandler, ok } from './respond.ts'

const param = (req: { searchParams: URLSearchParams }, name: string) => req.searchParams.get(name) ?? undefined

/**
 * The admin calendar's endpoints, for logged-in admins and staff users (401/403 otherwise):
 * the visible range in one answer, the live slot check, and the customer type-ahead.
 */
export const calendarEndpoints = (options: SanitizedBookingOptions): Endpoint[] => [
  {
    handler: endpointHandler(async (req) =>
      ok(
        await loadCalendar(req, options, {
          from: param(req, 'from') ?? '',
          includeExpired: ['1', 'true'].includes(param(req, 'includeExpired') ?? ''),
          services: parseIdList(param(req, 'service'), 'service'),
          staff: parseIdList(param(req, 'staff'), 'staff'),
          statuses: parseIdList(param(req, 'status'), 'status'),
          to: param(req, 'to') ?? '',
        }),
      ),
    ),
    method: 'get',
    path: '/booking/calendar',
  },
  {
    handler: endpointHandler(async (req) =>
      ok(
        await checkSlot(req, options, {
          end: param(req, 'end'),
          exclude: param(req, 'exclude'),
          seats: param(req, 'seats'),
          service: param(req, 'service'),
          staff: param(req, 'staff'),
          start: param(req, 'start'),
        }),
      ),
    ),
    method: 'get',
    path: '/booking/calendar/check',
  },
  {
    handler: endpointHandler(async (req) => ok({ customers: await searchCustomers(req, options, param(req, 'q')) })),
    method: 'get',
    path: '/booking/calendar/customers',
  },
]
