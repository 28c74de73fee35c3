import type { PayloadRequest } from 'payload'

import type { SanitizedBookingOptions } from '../../types.ts'
import type { CalendarViewer } from '../calendar/viewer.ts'

import { staffIdsOfUser } from '../../access/staffOfUser.ts'
import { relationId } from '../../utilities/relationId.ts'
import { BookingError } from '../bookingError.ts'

/**
 * The front desk is for logged-in admins (every booking) and staff users (their own bookings):
 * 401 without a login, 403 for a user who is neither.
 */
export const checkInViewer = async (req: PayloadRequest, options: SanitizedBookingOptions): Promise<CalendarViewer> => {
  if (!req.user) {
    throw new BookingError(401, 'Log in to check customers in')
  }
  if (await options.isAdmin({ req })) {
    return { isAdmin: true, ownStaffIds: [] }
  }
  const ownStaffIds = (await staffIdsOfUser(req, options)).map(String)
  if (ownStaffIds.length === 0) {
    throw new BookingError(403, 'Only admins and staff members check customers in')
  }
  return { isAdmin: false, ownStaffIds }
}

/** A staff user may see and check in only bookings with them: 403 for anyone else's. */
export const assertMayHandle = (viewer: CalendarViewer, doc: Record<string, unknown>, field: string): void => {
  if (!viewer.isAdmin && !viewer.ownStaffIds.includes(String(relationId(doc.staff)))) {
    throw new BookingError(403, 'Staff members check in only their own bookings', field)
  }
}
