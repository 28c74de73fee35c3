import type { CollectionBeforeChangeHook } from 'payload'

import type { SanitizedBookingOptions } from '../types.ts'

import { enforceCapacity } from './enforceCapacity.ts'
import { prepareBooking } from './prepareBooking.ts'

/** Completes the booking, then enforces capacity. With the plugin disabled, it does nothing. */
export const bookingBeforeChange =
  (options: SanitizedBookingOptions): CollectionBeforeChangeHook =>
  async ({ data, operation, originalDoc, req }) => {
    if (!options.enabled) {
      return data
    }
    const { service } = await prepareBooking({ data, operation, options, originalDoc, req })
    await enforceCapacity({ data, operation, options, originalDoc, req, service })
    return data
  }
