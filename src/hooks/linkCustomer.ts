import type { CollectionBeforeChangeHook, PayloadRequest } from 'payload'

import type { SanitizedBookingOptions } from '../types.ts'
import type { BookingCheckArgs } from './bookingCheckArgs.ts'

import { matchCustomer } from '../operations/customers/matchCustomer.ts'
import { fieldError } from '../utilities/errors.ts'
import { relationId } from '../utilities/relationId.ts'

type Snapshot = Record<string, unknown>

const blank = (value: unknown) => value === undefined || value === null || value === ''

/**
 * Links a booking or request to its customer record (see `matchCustomer`) once it is more than a
 * hold: a record chosen by hand is kept and fills the blanks of the booking's customer details;
 * otherwise the record is found by e-mail or phone whenever those change.
 */
export const linkCustomerRecord = async (args: {
  collection: string
  data: Record<string, unknown>
  operation: 'create' | 'update'
  options: SanitizedBookingOptions
  originalDoc?: Record<string, unknown>
  req: PayloadRequest
}): Promise<void> => {
  const { collection, data, operation, options, originalDoc, req } = args
  const merged = { ...originalDoc, ...data }
  if (merged.status === 'held') {
    return
  }
  const snapshot = { ...(merged.customer as Snapshot | undefined) }
  const chosen = relationId(data.customerRecord)
  if (chosen !== null && chosen !== relationId(originalDoc?.customerRecord)) {
    const record = await req.payload
      .findByID({ id: chosen, collection: options.slugs.customers, depth: 0, disableErrors: true, overrideAccess: true, req })
      .catch(() => null)
    if (!record) {
      throw fieldError(collection, 'customerRecord', `customer ${String(chosen)} does not exist`)
    }
    for (const field of ['name', 'email', 'phone', 'locale']) {
      if (blank(snapshot[field]) && !blank(record[field])) snapshot[field] = record[field]
    }
    data.customer = snapshot
    return
  }
  const before = (originalDoc?.customer ?? {}) as Snapshot
  const identityChanged =
    operation === 'create' ||
    originalDoc?.status === 'held' ||
    snapshot.email !== before.email ||
    snapshot.phone !== before.phone
  if (!identityChanged && relationId(merged.customerRecord) !== null) {
    return
  }
  const record = await matchCustomer(req, options, snapshot)
  if (record) {
    data.customerRecord = record.id
  }
}

/** The bookings' step of the before-change chain. */
export const linkCustomer = ({ data, operation, options, originalDoc, req }: BookingCheckArgs) =>
  linkCustomerRecord({ collection: options.slugs.bookings, data, operation, options, originalDoc, req })

/** The requests' before-change hook: a request finds its customer record as a booking does. */
export const linkRequestCustomer =
  (options: SanitizedBookingOptions): CollectionBeforeChangeHook =>
  async ({ data, operation, originalDoc, req }) => {
    if (options.enabled) {
      await linkCustomerRecord({ collection: options.slugs.requests, data, operation, options, originalDoc, req })
    }
    return data
  }
