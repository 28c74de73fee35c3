import type { Access, PayloadRequest } from 'payload'

import type { SanitizedBookingOptions } from '../types.ts'

import { staffIdsOfUser } from './staffOfUser.ts'

/** Whether the request comes from an admin or a staff user (a login linked from a staff record). */
export const isAdminOrStaffUser = async (req: PayloadRequest, options: SanitizedBookingOptions): Promise<boolean> => {
  if (!req.user) return false
  if (await options.isAdmin({ req })) return true
  return (await staffIdsOfUser(req, options)).length > 0
}

/** Read access for packages, customers' packages and rewards: admins and staff users, nobody else. */
export const adminOrStaffUser =
  (options: SanitizedBookingOptions): Access =>
  ({ req }) =>
    isAdminOrStaffUser(req, options)
