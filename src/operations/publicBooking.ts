import { relationId } from '../utilities/relationId.ts'

/** What the public endpoints show of a booking: never tokens, never staff e-mail addresses. */
export const toPublicBooking = (doc: Record<string, unknown>, withCustomer = false) => ({
  id: doc.id,
  currency: doc.currency ?? null,
  end: doc.end,
  /** Online payment: `pending` | `paid` | `deposit` | `refunded` | `partially-refunded`; null = nothing paid online. */
  paymentStatus: doc.paymentStatus ?? null,
  price: doc.price ?? null,
  reference: doc.reference,
  seats: doc.seats,
  service: relationId(doc.service),
  staff: relationId(doc.staff),
  start: doc.start,
  status: doc.status,
  ...(doc.status === 'held' ? { holdExpiresAt: doc.holdExpiresAt } : {}),
  ...(withCustomer ? { customer: doc.customer, notes: doc.notes ?? null } : {}),
})
