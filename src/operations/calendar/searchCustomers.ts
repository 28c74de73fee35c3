import type { PayloadRequest, Where } from 'payload'

import type { SanitizedBookingOptions } from '../../types.ts'
import type { CustomerSuggestion } from './types.ts'

import { toInstant } from '../../utilities/relationId.ts'
import { calendarViewer } from './viewer.ts'

const SCAN = 20
const SHOW = 8

type Row = { email?: unknown; id: number | string; name?: unknown; phone?: unknown }

const text = (v: unknown) => (typeof v === 'string' && v.trim() !== '' ? v.trim() : null)

/**
 * Customer records (not anonymised) whose name, phone or e-mail contains `q` (at least 2
 * characters), most recently booked first, with their record id (for `customerRecord` and the
 * points balance). Admins find everyone; staff users only customers of their own bookings. One
 * query for the records, then one small indexed query per candidate (at most 20) for its latest
 * booking (with the staff user's own staff records only).
 */
export const searchCustomers = async (
  req: PayloadRequest,
  options: SanitizedBookingOptions,
  q: null | string | undefined,
): Promise<CustomerSuggestion[]> => {
  const viewer = await calendarViewer(req, options)
  const term = (q ?? '').trim().slice(0, 100)
  if (term.length < 2) {
    return []
  }
  const { docs } = await req.payload.find({
    collection: options.slugs.customers,
    depth: 0,
    limit: SCAN,
    overrideAccess: true,
    pagination: false,
    req,
    select: { name: true, email: true, phone: true },
    sort: '-updatedAt',
    where: {
      and: [
        { anonymisedAt: { exists: false } },
        { or: [{ name: { like: term } }, { phone: { like: term } }, { email: { like: term } }] },
      ],
    },
  })
  const candidates = (docs as unknown as Row[]).filter((doc) => text(doc.name))
  const latest = await Promise.all(
    candidates.map(async (doc) => {
      const where: Where[] = [{ customerRecord: { equals: doc.id } }]
      if (!viewer.isAdmin) where.push({ staff: { in: viewer.ownStaffIds } })
      const found = await req.payload.db.find({
        collection: options.slugs.bookings,
        limit: 1,
        pagination: false,
        req,
        select: { start: true },
        sort: '-start',
        where: { and: where },
      })
      const start = (found.docs[0] as undefined | { start?: unknown })?.start
      return start ? toInstant(start) : null
    }),
  )
  const out: (CustomerSuggestion & { at: number })[] = []
  candidates.forEach((doc, i) => {
    const at = latest[i] ?? null
    if (at === null && !viewer.isAdmin) return // not a customer of this staff user
    out.push({
      at: at ?? Number.NEGATIVE_INFINITY,
      email: text(doc.email),
      id: doc.id,
      lastBooked: at === null ? null : new Date(at).toISOString(),
      name: text(doc.name),
      phone: text(doc.phone),
    })
  })
  return out
    .sort((a, b) => b.at - a.at)
    .slice(0, SHOW)
    .map(({ at: _at, ...suggestion }) => suggestion)
}
