import type { PayloadRequest } from 'payload'

import type { Doc } from '../hooks/prepareBooking.ts'
import type { Schedule, ServiceRules } from '../scheduling/types.ts'
import type { SanitizedBookingOptions } from '../types.ts'
import type { BlockingBooking } from './findBlockingBookings.ts'

import { relationId } from '../utilities/relationId.ts'
import { toServiceRules } from '../utilities/serviceRules.ts'
import { notFound } from './bookingError.ts'
import { findBlockingBookings } from './findBlockingBookings.ts'

export interface SchedulingData {
  bookings: BlockingBooking[]
  rules: ServiceRules
  schedules: Schedule[]
  service: Doc
  staff: Doc[]
}

/** The active service, or a 404 naming `field`. */
export const loadActiveService = async (
  req: PayloadRequest,
  options: SanitizedBookingOptions,
  id: number | string,
  field = 'service',
): Promise<Doc> => {
  const service = await req.payload
    .findByID({ id, collection: options.slugs.services, depth: 0, disableErrors: true, overrideAccess: true, req })
    .catch(() => null)
  if (!service || !(service as Doc).active) {
    throw notFound(field, `No active service with id ${String(id)}`)
  }
  return service as unknown as Doc
}

/**
 * Everything the engine needs to answer for one service over one window, in four queries
 * whatever the range or the number of staff: the service, the active staff who perform it
 * (optionally one of them), their schedules, and the bookings that occupy them.
 */
export const loadSchedulingData = async (args: {
  now: number
  options: SanitizedBookingOptions
  req: PayloadRequest
  serviceId: number | string
  staffId?: null | number | string
  window: { end: number; start: number }
}): Promise<SchedulingData> => {
  const { now, options, req, serviceId, staffId, window } = args
  const service = await loadActiveService(req, options, serviceId)
  const { docs: staffDocs } = await req.payload.find({
    collection: options.slugs.staff,
    depth: 0,
    limit: 0,
    overrideAccess: true,
    pagination: false,
    req,
    select: { name: true, active: true, services: true },
    sort: 'id',
    where: {
      and: [
        { active: { equals: true } },
        { services: { in: [service.id] } },
        ...(staffId !== undefined && staffId !== null ? [{ id: { equals: staffId } }] : []),
      ],
    },
  })
  const staff = staffDocs as unknown as Doc[]
  if (staffId !== undefined && staffId !== null && staff.length === 0) {
    throw notFound('staff', `No active staff member ${String(staffId)} performs this service`)
  }
  const staffIds = staff.map((s) => s.id)
  const { docs: scheduleDocs } =
    staffIds.length === 0
      ? { docs: [] }
      : await req.payload.find({
          collection: options.slugs.availability,
          depth: 0,
          limit: 0,
          overrideAccess: true,
          pagination: false,
          req,
          where: { staff: { in: staffIds } },
        })
  const schedules: Schedule[] = scheduleDocs.map((doc) => {
    const d = doc as unknown as Record<string, unknown>
    return {
      exceptions: (d.exceptions as Schedule['exceptions']) ?? [],
      staffId: String(relationId(d.staff)),
      timezone: String(d.timezone || options.timezone),
      weekly: (d.weekly as Schedule['weekly']) ?? [],
    }
  })
  const bookings = await findBlockingBookings({
    from: window.start,
    now,
    options,
    req,
    staffIds,
    to: window.end,
  })
  return { bookings, rules: toServiceRules(service), schedules, service, staff }
}
