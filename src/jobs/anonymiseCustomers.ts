import type { PayloadRequest, TaskConfig, Where } from 'payload'

import type { SanitizedBookingOptions } from '../types.ts'

import { anonymisedRecord, blankPersonalData, inTransaction } from '../operations/customers/anonymiseCustomer.ts'

export const ANONYMISE_CUSTOMERS_TASK = 'bookingAnonymiseCustomers'

const DAY = 24 * 60 * 60_000
const BATCH = 500

const hasPersonalData: Where = {
  or: [{ 'customer.name': { exists: true } }, { 'customer.email': { exists: true } }, { 'customer.phone': { exists: true } }],
}

/**
 * The retention rule (`customers.retentionDays`, off by default): bookings that ended and requests
 * that arrived more than that many days ago lose their personal data, and customers with nothing
 * left after that (no newer booking or request, created before the cutoff) are anonymised. Numbers
 * for reports stay. Safe to run twice at once: the second run finds nothing left to do.
 */
export const anonymiseExpiredCustomers = async (req: PayloadRequest, options: SanitizedBookingOptions) => {
  const days = options.customers.retentionDays
  if (days === null) {
    return { bookings: 0, customers: 0, requests: 0 }
  }
  const cutoff = new Date(options.clock().getTime() - days * DAY).toISOString()
  const { slugs } = options
  return inTransaction(req, async () => {
    const counts = await blankPersonalData(req, options, {
      bookings: { and: [{ end: { less_than: cutoff } }, hasPersonalData] },
      requests: { and: [{ createdAt: { less_than: cutoff } }, hasPersonalData] },
    })
    const candidates = await req.payload.find({
      collection: slugs.customers,
      depth: 0,
      overrideAccess: true,
      pagination: false,
      req,
      select: { id: true },
      where: { and: [{ anonymisedAt: { exists: false } }, { createdAt: { less_than: cutoff } }] },
    })
    let customers = 0
    const ids = candidates.docs.map((doc) => doc.id)
    for (let i = 0; i < ids.length; i += BATCH) {
      const batch = ids.slice(i, i + BATCH)
      const linked = new Set<string>()
      for (const slug of [slugs.bookings, slugs.requests]) {
        const { docs } = await req.payload.find({
          collection: slug,
          depth: 0,
          overrideAccess: true,
          pagination: false,
          req,
          select: { customerRecord: true },
          where: { customerRecord: { in: batch } },
        })
        for (const doc of docs) linked.add(String(doc.customerRecord))
      }
      const idle = batch.filter((id) => !linked.has(String(id)))
      if (idle.length === 0) continue
      const done = await req.payload.db.updateMany({
        collection: slugs.customers,
        data: anonymisedRecord(options),
        req,
        where: { id: { in: idle } },
      })
      customers += done?.length ?? 0
    }
    return { ...counts, customers }
  })
}

export const anonymiseCustomersTask = (options: SanitizedBookingOptions): TaskConfig => ({
  slug: ANONYMISE_CUSTOMERS_TASK,
  handler: async ({ req }) => ({ output: await anonymiseExpiredCustomers(req, options) }),
  label: 'Anonymise customers past the retention period',
  outputSchema: [
    { name: 'bookings', type: 'number' },
    { name: 'customers', type: 'number' },
    { name: 'requests', type: 'number' },
  ],
  retries: 2,
  schedule: [{ cron: '17 3 * * *', queue: options.notifications.queue }],
})
