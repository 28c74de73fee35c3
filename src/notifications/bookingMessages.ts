import type { CollectionAfterChangeHook } from 'payload'

import type { SanitizedBookingOptions } from '../types.ts'

import { relationId, toInstant } from '../utilities/relationId.ts'
import { queueMessage } from './queueMessage.ts'

/** Set on `context` to change a booking without telling anyone (imports, data fixes). */
export const SILENT_CONTEXT_KEY = 'bookingSilent'

const MINUTE = 60_000

/**
 * After a booking is written: confirmations, cancellations and reschedules to the customer (when
 * they gave an e-mail address) and to the staff member, and the reminder. Holds say nothing;
 * a booking made from a request is announced by the request ("your request was booked").
 */
export const queueBookingMessages =
  (options: SanitizedBookingOptions): CollectionAfterChangeHook =>
  async ({ context, doc, operation, previousDoc, req }) => {
    if (!options.enabled || !options.notifications.enabled || context[SILENT_CONTEXT_KEY]) {
      return doc
    }
    const before = operation === 'update' ? previousDoc : undefined
    const bookingId = doc.id as number | string
    const { staffMessages } = options.notifications
    const toCustomer = Boolean(doc.customer?.email)
    const confirmed = doc.status === 'confirmed'

    if (confirmed && before?.status !== 'confirmed') {
      if (toCustomer && doc.source !== 'request') {
        await queueMessage(req, options, { bookingId, kind: 'bookingConfirmed', recipient: 'customer' })
      }
      if (staffMessages) {
        await queueMessage(req, options, { bookingId, kind: 'staffNewBooking', recipient: 'staff' })
      }
      await queueReminder(doc, options, req)
      return doc
    }
    if (doc.status === 'cancelled' && before?.status === 'confirmed') {
      if (toCustomer) {
        await queueMessage(req, options, { bookingId, kind: 'bookingCancelled', recipient: 'customer' })
      }
      if (staffMessages) {
        await queueMessage(req, options, { bookingId, kind: 'bookingCancelled', recipient: 'staff' })
      }
      return doc
    }
    const moved =
      confirmed &&
      before?.status === 'confirmed' &&
      (toInstant(doc.start) !== toInstant(before.start) ||
        String(relationId(doc.staff)) !== String(relationId(before.staff)))
    if (moved) {
      const previous = { end: String(before.end), staffId: relationId(before.staff)!, start: String(before.start) }
      if (toCustomer) {
        await queueMessage(req, options, { bookingId, kind: 'bookingRescheduled', previous, recipient: 'customer' })
      }
      if (staffMessages) {
        await queueMessage(req, options, { bookingId, kind: 'bookingRescheduled', previous, recipient: 'staff' })
      }
      await queueReminder(doc, options, req)
    }
    return doc
  }

/**
 * The reminder waits in the queue until its time. It is not queued for a booking made inside the
 * reminder window, and when it runs it is dropped if the booking was cancelled or moved since.
 */
const queueReminder = async (
  doc: Record<string, unknown> & { id: number | string },
  options: SanitizedBookingOptions,
  req: Parameters<CollectionAfterChangeHook>[0]['req'],
) => {
  const minutes = options.notifications.reminderMinutesBefore
  const customer = doc.customer as { email?: null | string } | undefined
  if (minutes <= 0 || !customer?.email) {
    return
  }
  const sendAt = toInstant(doc.start) - minutes * MINUTE
  if (sendAt <= options.clock().getTime()) {
    return
  }
  await queueMessage(
    req,
    options,
    { bookingId: doc.id, expectStart: new Date(toInstant(doc.start)).toISOString(), kind: 'bookingReminder', recipient: 'customer' },
    new Date(sendAt),
  )
}
