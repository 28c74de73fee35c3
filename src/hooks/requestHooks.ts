import type { CollectionAfterReadHook, CollectionBeforeChangeHook } from 'payload'

import type { SanitizedBookingOptions } from '../types.ts'

import { effectiveStatus, historyEntry, isExpired, REQUEST_TRANSITION_CONTEXT_KEY } from '../operations/requests/requestState.ts'
import { fieldError } from '../utilities/errors.ts'

/**
 * A request's status is a small state machine driven by the actions (contact, mark contacted,
 * book, decline) and the expiry job: a plain write of `status` is a 400 that says so. Every
 * request starts `new` with a first history entry; other fields stay editable.
 */
export const requestBeforeChange =
  (options: SanitizedBookingOptions): CollectionBeforeChangeHook =>
  ({ context, data, operation, originalDoc, req }) => {
    if (!options.enabled) {
      return data
    }
    if (operation === 'create') {
      if (data.status !== undefined && data.status !== 'new' && !context[REQUEST_TRANSITION_CONTEXT_KEY]) {
        throw fieldError(options.slugs.requests, 'status', 'A request starts as new')
      }
      data.status = 'new'
      data.history = [historyEntry(req, options, 'created')]
      return data
    }
    const changing = data.status !== undefined && data.status !== originalDoc?.status
    // Saving a request that has run out from the admin form stores what the form showed.
    const storingExpiry = data.status === 'expired' && isExpired(originalDoc ?? {}, options.clock().getTime(), options)
    if (changing && !context[REQUEST_TRANSITION_CONTEXT_KEY] && !storingExpiry) {
      throw fieldError(
        options.slugs.requests,
        'status',
        'The status changes only through the request actions: contact, mark contacted, book or decline',
      )
    }
    if (storingExpiry && !context[REQUEST_TRANSITION_CONTEXT_KEY]) {
      data.history = [...((originalDoc?.history as unknown[]) ?? []), historyEntry(req, options, 'expired')]
    }
    return data
  }

/** Readers see `expired` as soon as a request has run out, before the job stores it. */
export const requestAfterRead =
  (options: SanitizedBookingOptions): CollectionAfterReadHook =>
  ({ doc }) => {
    if (options.enabled && doc && doc.status) {
      doc.status = effectiveStatus(doc, options.clock().getTime(), options)
    }
    return doc
  }
