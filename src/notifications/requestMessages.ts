import type { CollectionAfterChangeHook } from 'payload'

import type { SanitizedBookingOptions } from '../types.ts'

import { SILENT_CONTEXT_KEY } from './bookingMessages.ts'
import { queueMessage } from './queueMessage.ts'

/**
 * After a request is written: "we'll contact you" to the customer and a notice to staff when it
 * arrives; the decline (with its reason) or the booking when staff answer it.
 */
export const queueRequestMessages =
  (options: SanitizedBookingOptions): CollectionAfterChangeHook =>
  async ({ context, doc, operation, previousDoc, req }) => {
    if (!options.enabled || !options.notifications.enabled || context[SILENT_CONTEXT_KEY]) {
      return doc
    }
    const requestId = doc.id as number | string
    const toCustomer = Boolean(doc.customer?.email)
    if (operation === 'create') {
      if (toCustomer) {
        await queueMessage(req, options, { kind: 'requestReceived', recipient: 'customer', requestId })
      }
      if (options.notifications.staffMessages) {
        await queueMessage(req, options, { kind: 'staffNewRequest', recipient: 'staff', requestId })
      }
      return doc
    }
    if (doc.status === previousDoc?.status || !toCustomer) {
      return doc
    }
    if (doc.status === 'declined') {
      await queueMessage(req, options, { kind: 'requestDeclined', recipient: 'customer', requestId })
    } else if (doc.status === 'booked' && doc.booking) {
      await queueMessage(req, options, { kind: 'requestBooked', recipient: 'customer', requestId })
    }
    return doc
  }
