import type { Endpoint } from 'payload'

import type { SanitizedBookingOptions } from '../types.ts'

import { bookingLoyalty, customerLoyalty } from '../operations/loyalty/customerLoyalty.ts'
import { endpointHandler, ok } from './respond.ts'

const param = (req: { searchParams: URLSearchParams }, name: string) => req.searchParams.get(name) ?? undefined

/**
 * Loyalty for the admin calendar, for logged-in admins and staff users (401/403 otherwise): a
 * customer's balance with the rewards they can take at a time, and what one booking did to the
 * points. Nothing here is public: visitors never see rewards.
 */
export const loyaltyEndpoints = (options: SanitizedBookingOptions): Endpoint[] => [
  {
    handler: endpointHandler(async (req) =>
      ok(await customerLoyalty(req, options, { customer: req.routeParams?.id, staff: param(req, 'staff'), start: param(req, 'start') })),
    ),
    method: 'get',
    path: '/booking/loyalty/customers/:id',
  },
  {
    handler: endpointHandler(async (req) => ok(await bookingLoyalty(req, options, req.routeParams?.id))),
    method: 'get',
    path: '/booking/loyalty/bookings/:id',
  },
]
