import type { PayloadRequest, Where } from 'payload'

import type { SanitizedBookingOptions } from '../../types.ts'
import type { CustomerSnapshot } from './customerKeys.ts'

import { lockInTransaction } from '../../database/capacityLock.ts'
import { emailKeyOf, phoneKeyOf } from './customerKeys.ts'

type CustomerDoc = Record<string, unknown> & { id: number | string }

const present = (value: unknown): value is string => typeof value === 'string' && value.trim() !== ''

/**
 * The customer record a booking or request belongs to, created when there is none:
 *
 * 1. the record with the same e-mail address (case does not matter);
 * 2. else the record with the same phone number that has no e-mail yet, or the same one
 *    (a phone booking of somebody who booked online, or the other way round);
 * 3. else a new record.
 *
 * Details the record lacks are filled in from the snapshot; what it has stays. Two bookings of one
 * new person at once make one record: the identity is locked for the rest of the transaction and
 * the e-mail key is unique. Returns null when the snapshot names neither e-mail nor phone.
 */
export const matchCustomer = async (
  req: PayloadRequest,
  options: SanitizedBookingOptions,
  snapshot: CustomerSnapshot,
): Promise<CustomerDoc | null> => {
  const emailKey = emailKeyOf(snapshot.email)
  const phoneKey = phoneKeyOf(snapshot.phone)
  if (!emailKey && !phoneKey) {
    return null
  }
  if (emailKey) await lockInTransaction(req, 'customer-email', emailKey)
  if (phoneKey) await lockInTransaction(req, 'customer-phone', phoneKey)

  const find = async (where: Where): Promise<CustomerDoc | null> => {
    const { docs } = await req.payload.find({
      collection: options.slugs.customers,
      depth: 0,
      limit: 1,
      overrideAccess: true,
      pagination: false,
      req,
      sort: 'createdAt',
      where: { and: [where, { anonymisedAt: { exists: false } }] },
    })
    return (docs[0] as CustomerDoc | undefined) ?? null
  }
  let customer = emailKey ? await find({ emailKey: { equals: emailKey } }) : null
  if (!customer && phoneKey) {
    customer = await find({
      and: [
        { phoneKey: { equals: phoneKey } },
        emailKey ? { or: [{ emailKey: { exists: false } }, { emailKey: { equals: '' } }] } : { id: { exists: true } },
      ],
    })
  }

  const details = {
    email: present(snapshot.email) ? snapshot.email.trim() : undefined,
    locale: present(snapshot.locale) ? snapshot.locale : undefined,
    name: present(snapshot.name) ? snapshot.name.trim() : undefined,
    phone: present(snapshot.phone) ? snapshot.phone.trim() : undefined,
  }
  if (!customer) {
    return (await req.payload.create({
      collection: options.slugs.customers,
      data: details,
      depth: 0,
      overrideAccess: true,
      req,
    })) as CustomerDoc
  }
  const missing = Object.fromEntries(
    Object.entries(details).filter(([field, value]) => value !== undefined && !present(customer[field])),
  )
  if (Object.keys(missing).length === 0) {
    return customer
  }
  return (await req.payload.update({
    id: customer.id,
    collection: options.slugs.customers,
    data: missing,
    depth: 0,
    overrideAccess: true,
    req,
  })) as CustomerDoc
}
