import type { PayloadRequest, Where } from 'payload'

import type { SanitizedBookingOptions } from '../../types.ts'

import { staffIdsOfUser } from '../../access/staffOfUser.ts'
import { relationId } from '../../utilities/relationId.ts'
import { BookingError, badRequest } from '../bookingError.ts'

export type QueueTab = 'active' | 'booked' | 'declined' | 'expired'
export const QUEUE_TABS: QueueTab[] = ['active', 'booked', 'declined', 'expired']

const DAY = 86_400_000
const PAGE_SIZE = 50

/** One row of the queue: the request plus the names the list shows. */
export interface QueueRow {
  booking: null | number | string
  createdAt: string
  customer: { email?: null | string; locale?: null | string; name?: null | string; phone?: null | string }
  declineReason: null | string
  id: number | string
  message: null | string
  preferredStart: null | string
  reference: string
  service: { id: number | string; name: string }
  staff: null | { id: number | string; name: string }
  status: string
}

export interface QueueResult {
  counts: Record<'new' | QueueTab, number>
  docs: QueueRow[]
  page: number
  tab: QueueTab
  timezone: string
  totalDocs: number
  totalPages: number
}

/**
 * Open requests that have not run out, as a query: the preferred time is still ahead, or, naming
 * no time, the request is younger than `requestExpiryDays`. The same rule readers see
 * (`isExpired`), so a tab never lists a request whose status reads `expired`.
 */
const notExpired = (now: number, options: SanitizedBookingOptions): Where => ({
  or: [
    { preferredStart: { greater_than: new Date(now).toISOString() } },
    {
      and: [
        { preferredStart: { exists: false } },
        { createdAt: { greater_than: new Date(now - options.requestExpiryDays * DAY).toISOString() } },
      ],
    },
  ],
})

const open: Where = { status: { in: ['new', 'contacted'] } }

/** Stored as expired, or still open but run out (the job has not stored it yet): `notExpired` negated. */
const expiredWhere = (now: number, options: SanitizedBookingOptions): Where => ({
  or: [
    { status: { equals: 'expired' } },
    {
      and: [
        open,
        {
          or: [
            { preferredStart: { less_than_equal: new Date(now).toISOString() } },
            {
              and: [
                { preferredStart: { exists: false } },
                { createdAt: { less_than_equal: new Date(now - options.requestExpiryDays * DAY).toISOString() } },
              ],
            },
          ],
        },
      ],
    },
  ],
})

const tabWhere = (tab: QueueTab, now: number, options: SanitizedBookingOptions): Where => {
  switch (tab) {
    case 'active':
      return { and: [open, notExpired(now, options)] }
    case 'booked':
      return { status: { equals: 'booked' } }
    case 'declined':
      return { status: { equals: 'declined' } }
    case 'expired':
      return expiredWhere(now, options)
  }
}

/**
 * Which requests the user's queue holds: everything for admins; for a staff user, the requests
 * naming them and those naming nobody for a service they perform (the ones they may act on and
 * are told about). 401 without a login, 403 for a user who is neither.
 */
export const queueScope = async (req: PayloadRequest, options: SanitizedBookingOptions): Promise<null | Where> => {
  if (!req.user) {
    throw new BookingError(401, 'Log in to see the request queue')
  }
  if (await options.isAdmin({ req })) {
    return null
  }
  const own = await staffIdsOfUser(req, options)
  if (own.length === 0) {
    throw new BookingError(403, 'Only admins and staff members see the request queue')
  }
  const { docs } = await req.payload.find({
    collection: options.slugs.staff,
    depth: 0,
    limit: 0,
    overrideAccess: true,
    pagination: false,
    req,
    select: { services: true },
    where: { id: { in: own } },
  })
  const services = [...new Set(docs.flatMap((d) => ((d as { services?: unknown[] }).services ?? []).map(relationId)))]
  return {
    or: [
      { staff: { in: own } },
      ...(services.length > 0 ? [{ and: [{ staff: { exists: false } }, { service: { in: services } }] }] : []),
    ],
  }
}

const and = (...parts: (null | Where)[]): Where => ({ and: parts.filter((p): p is Where => p !== null) })

export const parseTab = (value: null | string | undefined): QueueTab => {
  if (value === undefined || value === null || value === '') {
    return 'active'
  }
  if (!QUEUE_TABS.includes(value as QueueTab)) {
    throw badRequest('tab', `tab must be one of ${QUEUE_TABS.join(', ')}`)
  }
  return value as QueueTab
}

/** How many requests wait for a first answer (status new, not run out): the nav badge. */
export const countNewRequests = async (req: PayloadRequest, options: SanitizedBookingOptions): Promise<number> => {
  const scope = await queueScope(req, options)
  const now = options.clock().getTime()
  const { totalDocs } = await req.payload.count({
    collection: options.slugs.requests,
    overrideAccess: true,
    req,
    where: and(scope, { status: { equals: 'new' } }, notExpired(now, options)),
  })
  return totalDocs
}

/**
 * One page of a queue tab with the count of every tab, in a fixed number of queries: a count per
 * tab, one page of requests, and one lookup each of their services' and staff members' names.
 * Active requests come soonest preferred time first; the others newest first.
 */
export const listRequestQueue = async (
  req: PayloadRequest,
  options: SanitizedBookingOptions,
  query: { page?: null | string; tab?: null | string },
): Promise<QueueResult> => {
  const tab = parseTab(query.tab)
  const page = query.page ? Number(query.page) : 1
  if (!Number.isInteger(page) || page < 1 || page > 100_000) {
    throw badRequest('page', 'page must be a whole number from 1')
  }
  const scope = await queueScope(req, options)
  const now = options.clock().getTime()
  const count = async (where: Where) =>
    (await req.payload.count({ collection: options.slugs.requests, overrideAccess: true, req, where: and(scope, where) }))
      .totalDocs
  const [active, booked, declined, expired, fresh] = await Promise.all([
    ...QUEUE_TABS.map((t) => count(tabWhere(t, now, options))),
    count(and({ status: { equals: 'new' } }, notExpired(now, options))),
  ])
  const result = await req.payload.find({
    collection: options.slugs.requests,
    depth: 0,
    limit: PAGE_SIZE,
    overrideAccess: true,
    page,
    req,
    sort: tab === 'active' ? ['preferredStart', 'createdAt'] : '-updatedAt',
    where: and(scope, tabWhere(tab, now, options)),
  })
  const docs = result.docs as unknown as Record<string, unknown>[]
  const names = await loadNames(req, options, docs)
  return {
    counts: { active: active!, booked: booked!, declined: declined!, expired: expired!, new: fresh! },
    docs: docs.map((doc) => toRow(doc, names)),
    page: result.page ?? page,
    tab,
    timezone: options.timezone,
    totalDocs: result.totalDocs,
    totalPages: result.totalPages,
  }
}

type Names = { services: Map<string, string>; staff: Map<string, string> }

const loadNames = async (
  req: PayloadRequest,
  options: SanitizedBookingOptions,
  docs: Record<string, unknown>[],
): Promise<Names> => {
  const ids = (field: string) => [...new Set(docs.map((d) => relationId(d[field])).filter((id) => id !== null))]
  const lookup = async (collection: string, list: (number | string)[]) => {
    if (list.length === 0) {
      return new Map<string, string>()
    }
    const { docs: found } = await req.payload.find({
      collection,
      depth: 0,
      limit: 0,
      locale: req.locale ?? undefined,
      overrideAccess: true,
      pagination: false,
      req,
      select: { name: true },
      where: { id: { in: list } },
    })
    return new Map(found.map((d) => [String(d.id), String((d as { name?: unknown }).name ?? d.id)]))
  }
  const [services, staff] = await Promise.all([
    lookup(options.slugs.services, ids('service')),
    lookup(options.slugs.staff, ids('staff')),
  ])
  return { services, staff }
}

const toRow = (doc: Record<string, unknown>, names: Names): QueueRow => {
  const serviceId = relationId(doc.service)!
  const staffId = relationId(doc.staff)
  const customer = (doc.customer ?? {}) as QueueRow['customer']
  return {
    booking: relationId(doc.booking),
    createdAt: String(doc.createdAt),
    customer: { email: customer.email, locale: customer.locale, name: customer.name, phone: customer.phone },
    declineReason: (doc.declineReason as null | string) ?? null,
    id: doc.id as number | string,
    message: (doc.message as null | string) ?? null,
    preferredStart: (doc.preferredStart as null | string) ?? null,
    reference: String(doc.reference),
    service: { id: serviceId, name: names.services.get(String(serviceId)) ?? String(serviceId) },
    staff: staffId === null ? null : { id: staffId, name: names.staff.get(String(staffId)) ?? String(staffId) },
    status: String(doc.status),
  }
}
