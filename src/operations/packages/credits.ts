import type { PayloadRequest, Where } from 'payload'

import type { SanitizedBookingOptions } from '../../types.ts'

import { relationId, toInstant } from '../../utilities/relationId.ts'

/** What became of the credit a booking drew from its package (`bookings.packageCredit`). */
export type PackageCredit = 'forfeited' | 'returned' | 'used'

export const packageCredits: PackageCredit[] = ['used', 'returned', 'forfeited']

type Doc = Record<string, unknown>

/**
 * Whether a booking takes one credit of its package at `now`: a forfeited credit always; a used
 * one while the booking stands (confirmed, completed, a no-show not yet settled) or, for a hold,
 * until `holdExpiresAt`, whether or not the cleanup job has run (as capacity counts holds).
 */
export const takesCredit = (doc: Doc | undefined, now: number): boolean => {
  if (!doc || relationId(doc.customerPackage) === null) return false
  if (doc.packageCredit === 'forfeited') return true
  if (doc.packageCredit !== 'used') return false
  const status = doc.status ?? 'confirmed'
  if (status === 'held') return toInstant(doc.holdExpiresAt) > now
  return status === 'confirmed' || status === 'completed' || status === 'no-show'
}

/** `takesCredit` as a query on the bookings collection. */
export const takesCreditWhere = (now: number): Where => ({
  or: [
    { packageCredit: { equals: 'forfeited' } },
    {
      and: [
        { packageCredit: { equals: 'used' } },
        {
          or: [
            { status: { in: ['confirmed', 'completed', 'no-show'] } },
            { and: [{ status: { equals: 'held' } }, { holdExpiresAt: { greater_than: new Date(now).toISOString() } }] },
          ],
        },
      ],
    },
  ],
})

/**
 * The credits taken from one customer package (one count query), leaving out the booking being
 * written. Inside the write's transaction and under the package's lock this is the authority.
 */
export const creditsTaken = async (
  req: PayloadRequest,
  options: SanitizedBookingOptions,
  customerPackageId: number | string,
  excludeBookingId?: number | string,
): Promise<number> => {
  const { totalDocs } = await req.payload.count({
    collection: options.slugs.bookings,
    overrideAccess: true,
    req,
    where: {
      and: [
        { customerPackage: { equals: customerPackageId } },
        takesCreditWhere(options.clock().getTime()),
        ...(excludeBookingId === undefined ? [] : [{ id: { not_equals: excludeBookingId } }]),
      ],
    },
  })
  return totalDocs
}
