import type { PayloadRequest } from 'payload'

import type { SanitizedBookingOptions } from '../../types.ts'
import type { CustomerSuggestion } from './types.ts'

import { toInstant } from '../../utilities/relationId.ts'
import { calendarViewer } from './viewer.ts'

const SCAN = 60
const SHOW = 8

/**
 * Customers of earlier bookings whose name, phone or e-mail contains `q` (at least 2
 * characters), most recently booked first, one entry per person. The read runs with the user's
 * access: staff users find only customers of their own bookings. One query.
 */
export const searchCustomers = async (
  req: PayloadRequest,
  options: SanitizedBookingOptions,
  q: null | string | undefined,
): Promise<CustomerSuggestion[]> => {
  await calendarViewer(req, options)
  const term = (q ?? '').trim().slice(0, 100)
  if (term.length < 2) {
    return []
  }
  const { docs } = await req.payload.find({
    collection: options.slugs.bookings,
    depth: 0,
    limit: SCAN,
    overrideAccess: false,
    req,
    select: { customer: true, start: true },
    sort: '-start',
    user: req.user,
    where: {
      or: [
        { 'customer.name': { like: term } },
        { 'customer.phone': { like: term } },
        { 'customer.email': { like: term } },
      ],
    },
  })
  const seen = new Set<string>()
  const out: CustomerSuggestion[] = []
  for (const doc of docs as unknown as { customer?: Record<string, unknown>; start?: unknown }[]) {
    const c = doc.customer ?? {}
    const text = (v: unknown) => (typeof v === 'string' && v.trim() !== '' ? v.trim() : null)
    const suggestion = { email: text(c.email), name: text(c.name), phone: text(c.phone) }
    if (!suggestion.name) {
      continue
    }
    const key = [suggestion.name, suggestion.phone, suggestion.email].map((v) => (v ?? '').toLowerCase()).join('|')
    if (seen.has(key)) {
      continue
    }
    seen.add(key)
    out.push({ ...suggestion, lastBooked: new Date(toInstant(doc.start)).toISOString() })
    if (out.length === SHOW) {
      break
    }
  }
  return out
}
