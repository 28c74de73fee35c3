import type { PayloadRequest } from 'payload'

import type { SanitizedBookingOptions } from '../../types.ts'
import type { CheckInBooking } from './types.ts'

import { localDateOf } from '../../scheduling/time.ts'
import { relationId, toInstant } from '../../utilities/relationId.ts'

type Doc = Record<string, unknown>

const iso = (value: unknown): string => new Date(toInstant(value)).toISOString()
const text = (value: unknown): null | string => (typeof value === 'string' && value !== '' ? value : null)

/** The names of the documents with these ids, in one query (in the request's locale). */
const namesOf = async (req: PayloadRequest, collection: string, ids: (number | string)[]) => {
  if (ids.length === 0) return new Map<string, string>()
  const { docs } = await req.payload.find({
    collection,
    depth: 0,
    limit: 0,
    overrideAccess: true,
    pagination: false,
    req,
    select: { name: true },
    where: { id: { in: ids } },
  })
  return new Map(docs.map((doc) => [String(doc.id), String((doc as Doc).name ?? '')]))
}

/** Bookings as the check-in view shows them: two queries for the names, whatever their number. */
export const describeBookings = async (
  req: PayloadRequest,
  options: SanitizedBookingOptions,
  docs: Doc[],
): Promise<CheckInBooking[]> => {
  const unique = (field: string) => [...new Set(docs.map((d) => relationId(d[field])).filter((id) => id != null))] as (number | string)[]
  const [services, staff] = await Promise.all([
    namesOf(req, options.slugs.services, unique('service')),
    namesOf(req, options.slugs.staff, unique('staff')),
  ])
  const today = localDateOf(options.clock().getTime(), options.timezone)
  return docs.map((doc) => {
    const customer = (doc.customer ?? {}) as Doc
    const serviceId = relationId(doc.service)!
    const staffId = relationId(doc.staff)!
    return {
      checkedInAt: doc.checkedInAt ? iso(doc.checkedInAt) : null,
      customer: { email: text(customer.email), name: String(customer.name ?? ''), phone: text(customer.phone) },
      end: iso(doc.end),
      id: doc.id as number | string,
      notes: text(doc.notes),
      reference: String(doc.reference),
      seats: Number(doc.seats ?? 1),
      service: { id: serviceId, name: services.get(String(serviceId)) ?? '' },
      staff: { id: staffId, name: staff.get(String(staffId)) ?? '' },
      start: iso(doc.start),
      status: String(doc.status),
      today: localDateOf(toInstant(doc.start), options.timezone) === today,
    }
  })
}
