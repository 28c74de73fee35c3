import type { PayloadRequest } from 'payload'

import type { SanitizedBookingOptions } from '../../types.ts'

import { notFound } from '../bookingError.ts'

type Doc = Record<string, unknown>

/** Internal bookkeeping that is not the customer's data: matching keys, token hashes, replay keys. */
const INTERNAL = /^(emailKey|phoneKey|holdTokenHash|cancelTokenHash|idempotencyKey|idempotencyFingerprint|sealedManageToken|entryKey)$/

const strip = (doc: Doc): Doc => Object.fromEntries(Object.entries(doc).filter(([key]) => !INTERNAL.test(key)))

const linksTo = (req: PayloadRequest, slug: string, field: string, target: string) =>
  req.payload.collections[slug]?.config.flattenedFields.some(
    (f) => f.name === field && f.type === 'relationship' && f.relationTo === target,
  ) ?? false

/**
 * Everything the booking system holds about one customer, as one JSON document (the right of
 * access): the record, their bookings and requests with service and staff names, payments,
 * points entries and packages. One query per collection.
 */
export const exportCustomer = async (req: PayloadRequest, options: SanitizedBookingOptions, id: number | string) => {
  const { slugs } = options
  const customer = await req.payload
    .findByID({ id, collection: slugs.customers, depth: 0, disableErrors: true, overrideAccess: true, req })
    .catch(() => null)
  if (!customer) {
    throw notFound('id', `customer ${String(id)} does not exist`)
  }
  const all = (collection: string, field: string, value: unknown, depth = 0) =>
    req.payload
      .find({
        collection,
        depth,
        overrideAccess: true,
        pagination: false,
        req,
        where: { [field]: Array.isArray(value) ? { in: value } : { equals: value } },
      })
      .then(({ docs }) => docs.map((doc) => strip(doc as Doc)))
  const bookings = await all(slugs.bookings, 'customerRecord', customer.id, 1)
  const named = (value: unknown) =>
    value && typeof value === 'object' ? { id: (value as Doc).id, name: (value as Doc).name } : (value ?? null)
  const related = async (slug: string) =>
    linksTo(req, slug, 'customer', slugs.customers) ? all(slug, 'customer', customer.id) : []
  return {
    bookings: bookings.map((b) => ({
      ...b,
      customerPackage: (b.customerPackage as Doc | undefined)?.id ?? b.customerPackage ?? null,
      customerRecord: customer.id,
      reward: (b.reward as Doc | undefined)?.id ?? b.reward ?? null,
      service: named(b.service),
      staff: named(b.staff),
    })),
    customer: strip(customer as Doc),
    exportedAt: options.clock().toISOString(),
    packages: await related(slugs.customerPackages),
    payments: bookings.length > 0 ? await all(slugs.payments, 'booking', bookings.map((b) => b.id)) : [],
    points: await related(slugs.points),
    requests: (await all(slugs.requests, 'customerRecord', customer.id, 1)).map((r) => ({
      ...r,
      customerRecord: customer.id,
      service: named(r.service),
      staff: named(r.staff),
    })),
  }
}
