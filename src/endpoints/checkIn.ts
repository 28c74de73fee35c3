import type { Endpoint } from 'payload'

import type { SanitizedBookingOptions } from '../types.ts'

import { checkInBooking } from '../operations/checkIn/checkInBooking.ts'
import { lookupForCheckIn } from '../operations/checkIn/lookupForCheckIn.ts'
import { endpointHandler, ok, readJson } from './respond.ts'

/**
 * The front desk's endpoints, for logged-in admins and staff users (401/403 otherwise; staff
 * users only for their own bookings): find what was scanned or typed, and check in (or undo).
 */
export const checkInEndpoints = (options: SanitizedBookingOptions): Endpoint[] => [
  {
    handler: endpointHandler(async (req) => ok(await lookupForCheckIn(req, options, req.searchParams.get('q') ?? undefined))),
    method: 'get',
    path: '/booking/check-in/lookup',
  },
  {
    handler: endpointHandler(async (req) => ok(await checkInBooking(req, options, await readJson(req)))),
    method: 'post',
    path: '/booking/check-in',
  },
]
