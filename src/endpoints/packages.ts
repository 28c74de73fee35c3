import type { Endpoint } from 'payload'

import type { SanitizedBookingOptions } from '../types.ts'

import { BookingError } from '../operations/bookingError.ts'
import { isAdminOrStaffUser } from '../access/adminOrStaffUser.ts'
import { customerPackagesOf } from '../operations/packages/customerPackagesOf.ts'
import { parseId } from '../operations/parseInput.ts'
import { packageText } from '../hooks/packageHooks.ts'
import { endpointHandler, ok } from './respond.ts'

/** Admins and staff: a customer's packages with their credits left (for the desk and the calendar). */
export const packagesEndpoints = (options: SanitizedBookingOptions): Endpoint[] => [
  {
    handler: endpointHandler(async (req) => {
      if (!req.user) throw new BookingError(401, packageText(req, 'packages_errorLogin'))
      if (!(await isAdminOrStaffUser(req, options))) throw new BookingError(403, packageText(req, 'packages_errorForbidden'))
      const id = parseId(String(req.routeParams?.id ?? ''), 'id', true)
      return ok({ customer: id, packages: await customerPackagesOf(req, options, id) })
    }),
    method: 'get',
    path: '/booking/packages/customers/:id',
  },
]
