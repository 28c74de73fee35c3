import type { PayloadRequest } from 'payload'

import type { SanitizedBookingOptions } from '../../types.ts'

import { staffIdsOfUser } from '../../access/staffOfUser.ts'
import { BookingError } from '../bookingError.ts'

/** Who is looking at the calendar: an admin (everyone's columns) or a staff user (their own). */
export interface CalendarViewer {
  isAdmin: boolean
  /** The staff records linked to the user; for an admin, empty. */
  ownStaffIds: string[]
}

/**
 * The calendar is for logged-in admins and staff users: 401 without a login, 403 for a user who
 * is neither an admin nor linked from a staff record.
 */
export const calendarViewer = async (req: PayloadRequest, options: SanitizedBookingOptions): Promise<CalendarViewer> => {
  if (!req.user) {
    throw new BookingError(401, 'Log in to use the calendar')
  }
  if (await options.isAdmin({ req })) {
    return { isAdmin: true, ownStaffIds: [] }
  }
  const ownStaffIds = (await staffIdsOfUser(req, options)).map(String)
  if (ownStaffIds.length === 0) {
    throw new BookingError(403, 'Only admins and staff members use the calendar')
  }
  return { isAdmin: false, ownStaffIds }
}

/**
 * The staff ids a viewer may see, narrowed by a filter: admins any (null: everyone), staff users
 * only their own; naming someone else is a 403.
 */
export const visibleStaffIds = (viewer: CalendarViewer, requested: null | string[]): null | string[] => {
  if (viewer.isAdmin) {
    return requested
  }
  if (requested && requested.some((id) => !viewer.ownStaffIds.includes(id))) {
    throw new BookingError(403, 'Staff members see only their own calendar', 'staff')
  }
  return requested ?? viewer.ownStaffIds
}

/** A comma-separated list of ids (`1,2,3`) or null when absent. */
export const parseIdList = (value: null | string | undefined, field: string): null | string[] => {
  if (value === undefined || value === null || value.trim() === '') {
    return null
  }
  const ids = value.split(',').map((s) => s.trim()).filter(Boolean)
  if (ids.some((id) => !/^[\w-]{1,64}$/.test(id))) {
    throw new BookingError(400, `${field} must be a comma-separated list of ids`, field)
  }
  return ids
}
