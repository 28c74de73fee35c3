import type { Endpoint, PayloadRequest } from 'payload'

import type { SanitizedBookingOptions } from '../types.ts'

import { BookingError } from '../operations/bookingError.ts'
import { anonymiseCustomer } from '../operations/customers/anonymiseCustomer.ts'
import { exportCustomer } from '../operations/customers/exportCustomer.ts'
import { parseId } from '../operations/parseInput.ts'
import { endpointHandler, ok } from './respond.ts'

const requireAdmin = async (req: PayloadRequest, options: SanitizedBookingOptions) => {
  if (!req.user) throw new BookingError(401, 'Log in to manage customer data')
  if (!(await options.isAdmin({ req }))) throw new BookingError(403, 'Only administrators manage customer data')
}

const customerId = (req: PayloadRequest) => parseId(String(req.routeParams?.id ?? ''), 'id', true)!

/** Admin-only: a customer's data as JSON (right of access) and anonymisation (right to erasure). */
export const customersEndpoints = (options: SanitizedBookingOptions): Endpoint[] => [
  {
    handler: endpointHandler(async (req) => {
      await requireAdmin(req, options)
      const id = customerId(req)
      const data = await exportCustomer(req, options, id)
      return new Response(JSON.stringify(data, null, 2), {
        headers: {
          'Cache-Control': 'no-store',
          'Content-Disposition': `attachment; filename="customer-${String(id)}.json"`,
          'Content-Type': 'application/json; charset=utf-8',
        },
      })
    }),
    method: 'get',
    path: '/booking/customers/:id/export',
  },
  {
    handler: endpointHandler(async (req) => {
      await requireAdmin(req, options)
      return ok({ anonymised: await anonymiseCustomer(req, options, customerId(req)) })
    }),
    method: 'post',
    path: '/booking/customers/:id/anonymise',
  },
]
