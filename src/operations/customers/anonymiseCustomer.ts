import type { PayloadRequest, Where } from 'payload'

import { commitTransaction, initTransaction, killTransaction } from 'payload'

import type { SanitizedBookingOptions } from '../../types.ts'

import { conflict, notFound } from '../bookingError.ts'

/** What anonymising leaves of a person on a booking or request: nothing that names them. */
const NO_CUSTOMER = { email: null, name: null, phone: null }

/** What anonymising leaves of a customer record: its id, and when it was anonymised. */
export const anonymisedRecord = (options: SanitizedBookingOptions) => ({
  anonymisedAt: options.clock().toISOString(),
  consent: { givenAt: null, marketing: false },
  email: null,
  emailKey: null,
  locale: null,
  name: null,
  phone: null,
  phoneKey: null,
})

export interface AnonymisedCounts {
  bookings: number
  requests: number
}

/** Runs `work` in the request's transaction, or in one of its own: all of it or nothing. */
export const inTransaction = async <T>(req: PayloadRequest, work: () => Promise<T>): Promise<T> => {
  const started = await initTransaction(req)
  try {
    const result = await work()
    if (started) await commitTransaction(req)
    return result
  } catch (error) {
    if (started) await killTransaction(req)
    throw error
  }
}

/**
 * Blanks the name, e-mail, phone and free text of the bookings and requests `where` selects.
 * Written straight through the database adapter: no hook runs, so no capacity check, e-mail or
 * points rule reacts to what is only an erasure. Times, status, seats and prices stay for reports.
 */
export const blankPersonalData = async (
  req: PayloadRequest,
  options: SanitizedBookingOptions,
  where: { bookings: Where; requests: Where },
): Promise<AnonymisedCounts> => {
  const bookings = await req.payload.db.updateMany({
    collection: options.slugs.bookings,
    data: { customer: NO_CUSTOMER, customerRecord: null, notes: null },
    req,
    where: where.bookings,
  })
  const requests = await req.payload.db.updateMany({
    collection: options.slugs.requests,
    data: { customer: NO_CUSTOMER, customerRecord: null, message: null },
    req,
    where: where.requests,
  })
  return { bookings: bookings?.length ?? 0, requests: requests?.length ?? 0 }
}

/**
 * Anonymises one customer: the record keeps its id (points and packages stay attached, numbers
 * stay countable) but loses name, e-mail, phone and consent; every booking and request of theirs
 * loses the same. A customer with an appointment still to come is refused (409): cancel or move
 * it first, or the studio loses the way to reach them.
 */
export const anonymiseCustomer = async (
  req: PayloadRequest,
  options: SanitizedBookingOptions,
  id: number | string,
): Promise<AnonymisedCounts> =>
  inTransaction(req, async () => {
    const customer = await req.payload
      .findByID({ id, collection: options.slugs.customers, depth: 0, disableErrors: true, overrideAccess: true, req })
      .catch(() => null)
    if (!customer) {
      throw notFound('id', `customer ${String(id)} does not exist`)
    }
    const mine = { customerRecord: { equals: customer.id } }
    const upcoming = await req.payload.find({
      collection: options.slugs.bookings,
      depth: 0,
      limit: 10,
      overrideAccess: true,
      pagination: false,
      req,
      select: { reference: true },
      where: {
        and: [mine, { end: { greater_than: options.clock().toISOString() } }, { status: { in: ['held', 'confirmed'] } }],
      },
    })
    if (upcoming.docs.length > 0) {
      const references = upcoming.docs.map((doc) => doc.reference as string)
      throw conflict(
        `${String(customer.name ?? 'This customer')} has appointments still to come (${references.join(', ')}): cancel them first`,
        { code: 'upcoming-bookings', references },
      )
    }
    const counts = await blankPersonalData(req, options, { bookings: mine, requests: mine })
    await req.payload.db.updateOne({
      id: customer.id,
      collection: options.slugs.customers,
      data: anonymisedRecord(options),
      req,
    })
    return counts
  })
