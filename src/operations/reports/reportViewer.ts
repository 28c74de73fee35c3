import type { PayloadRequest } from 'payload'

import type { SanitizedBookingOptions } from '../../types.ts'

import { staffIdsOfUser } from '../../access/staffOfUser.ts'
import { BookingError } from '../bookingError.ts'

/** Who reads a report: an admin (everyone's numbers) or a staff user (their own). */
export interface ReportViewer {
  isAdmin: boolean
  /** The staff records linked to the user; for an admin, empty. */
  ownStaffIds: (number | string)[]
}

/** 401 without a login, 403 for a user who is neither an admin nor linked from a staff record. */
export const reportViewer = async (req: PayloadRequest, options: SanitizedBookingOptions): Promise<ReportViewer> => {
  if (!req.user) {
    throw new BookingError(401, 'Log in to see reports')
  }
  if (await options.isAdmin({ req })) {
    return { isAdmin: true, ownStaffIds: [] }
  }
  const ownStaffIds = await staffIdsOfUser(req, options)
  if (ownStaffIds.length === 0) {
    throw new BookingError(403, 'Only admins and staff members see reports')
  }
  return { isAdmin: false, ownStaffIds }
}

/**
 * The staff members whose numbers a viewer gets: admins anyone's (null: everyone), staff users
 * only their own; naming someone else is a 403.
 */
export const reportStaffScope = (viewer: ReportViewer, requested: null | number | string): null | (number | string)[] => {
  if (viewer.isAdmin) {
    return requested === null ? null : [requested]
  }
  if (requested === null) {
    return viewer.ownStaffIds
  }
  if (!viewer.ownStaffIds.some((id) => String(id) === String(requested))) {
    throw new BookingError(403, 'Staff members see only their own numbers', 'staff')
  }
  return [requested]
}
