import type { FilterOptionsProps, Where } from 'payload'

import type { SanitizedBookingOptions } from '../../types.ts'

import { relationId } from '../../utilities/relationId.ts'

/**
 * `filterOptions` of the bookings' `customerPackage` field: the admin offers the active, unexpired
 * packages of the booking's customer record (none until a record is chosen). The package already
 * on the booking stays allowed, so that Payload's own validation of the option never blocks
 * cancelling or completing a booking whose package has since expired: the rules themselves are
 * enforced, with clear messages, by `checkPackageCredit`.
 */
export const customerPackageFilter =
  (options: SanitizedBookingOptions): ((args: FilterOptionsProps) => false | Where) =>
  ({ data }) => {
    const record = relationId(data?.customerRecord)
    const current = relationId(data?.customerPackage)
    const offered: Where | null =
      record === null
        ? null
        : {
            and: [
              { customer: { equals: record } },
              { status: { equals: 'active' } },
              { or: [{ expiresAt: { exists: false } }, { expiresAt: { greater_than: options.clock().toISOString() } }] },
            ],
          }
    if (current === null) return offered ?? false
    return offered ? { or: [{ id: { equals: current } }, offered] } : { id: { equals: current } }
  }
