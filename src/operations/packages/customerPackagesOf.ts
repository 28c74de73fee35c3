import type { PayloadRequest } from 'payload'

import type { SanitizedBookingOptions } from '../../types.ts'

import { relationId, toInstant } from '../../utilities/relationId.ts'
import { notFound } from '../bookingError.ts'

type Doc = Record<string, unknown>

export interface CustomerPackageSummary {
  expiresAt: null | string
  id: number | string
  notes: null | string
  package: { id: number | string; name: null | string; services: (number | string)[] } | null
  purchasedAt: null | string
  remaining: number
  sessions: number
  status: string
  title: null | string
  /** Active, not expired now and with a credit left: a booking can draw on it. */
  usable: boolean
}

/**
 * A customer's packages with their credits left (newest first), for the desk and the calendar.
 * Callers check who may ask; this reads with the plugin's rights.
 */
export const customerPackagesOf = async (
  req: PayloadRequest,
  options: SanitizedBookingOptions,
  customerId: number | string,
): Promise<CustomerPackageSummary[]> => {
  const customer = await req.payload
    .findByID({
      id: customerId,
      collection: options.slugs.customers,
      depth: 0,
      disableErrors: true,
      overrideAccess: true,
      req,
      select: {},
    } as never)
    .catch(() => null)
  if (!customer) {
    throw notFound('id', `customer ${String(customerId)} does not exist`)
  }
  const { docs } = await req.payload.find({
    collection: options.slugs.customerPackages,
    depth: 1,
    limit: 0,
    overrideAccess: true,
    pagination: false,
    populate: { [options.slugs.packages]: { name: true, services: true } },
    req,
    select: { expiresAt: true, notes: true, package: true, purchasedAt: true, remaining: true, sessions: true, status: true, title: true },
    sort: '-purchasedAt',
    where: { customer: { equals: customerId } },
  } as never)
  const now = options.clock().getTime()
  return (docs as Doc[]).map((doc) => {
    const offer = doc.package && typeof doc.package === 'object' ? (doc.package as Doc) : null
    const expiresAt = doc.expiresAt ? String(doc.expiresAt) : null
    const remaining = Number(doc.remaining ?? 0)
    return {
      expiresAt,
      id: doc.id as number | string,
      notes: (doc.notes as null | string | undefined) ?? null,
      package: offer
        ? {
            id: offer.id as number | string,
            name: (offer.name as null | string | undefined) ?? null,
            services: ((offer.services as unknown[] | undefined) ?? []).map((s) => relationId(s)!),
          }
        : null,
      purchasedAt: doc.purchasedAt ? String(doc.purchasedAt) : null,
      remaining,
      sessions: Number(doc.sessions ?? 0),
      status: String(doc.status ?? 'active'),
      title: (doc.title as null | string | undefined) ?? null,
      usable: doc.status === 'active' && remaining > 0 && (expiresAt === null || toInstant(expiresAt) > now),
    }
  })
}
