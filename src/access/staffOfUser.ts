import type { PayloadRequest } from 'payload'

import type { SanitizedBookingOptions } from '../types.ts'

const CACHE_KEY = 'payloadBookingStaffIds'

/**
 * The ids of the staff records linked to the logged-in user (empty for visitors and for users
 * who are not staff). One query per request, cached on `req.context`.
 */
export const staffIdsOfUser = async (
  req: PayloadRequest,
  options: SanitizedBookingOptions,
): Promise<(number | string)[]> => {
  if (!req.user || req.user.collection !== options.userCollection) {
    return []
  }
  const cached = req.context[CACHE_KEY] as (number | string)[] | undefined
  if (cached) {
    return cached
  }
  const { docs } = await req.payload.find({
    collection: options.slugs.staff,
    depth: 0,
    limit: 0,
    overrideAccess: true,
    pagination: false,
    req,
    select: {},
    where: { user: { equals: req.user.id } },
  })
  const ids = docs.map((doc) => doc.id)
  req.context[CACHE_KEY] = ids
  return ids
}
