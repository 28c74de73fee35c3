import type { CollectionBeforeChangeHook } from 'payload'

import type { SanitizedBookingOptions } from '../types.ts'

import { enforceCapacity } from './enforceCapacity.ts'
import { linkCustomer } from './linkCustomer.ts'
import { checkRewardBooking } from './loyaltyHooks.ts'
import { checkPackageCredit } from './packageHooks.ts'
import { prepareBooking } from './prepareBooking.ts'

/**
 * Completes the booking, enforces capacity, links the customer record, then checks the package
 * credit and the reward it draws on: all inside the write's transaction. With the plugin disabled,
 * it does nothing.
 */
export const bookingBeforeChange =
  (options: SanitizedBookingOptions): CollectionBeforeChangeHook =>
  async ({ data, operation, originalDoc, req }) => {
    if (!options.enabled) {
      return data
    }
    const { service, staff } = await prepareBooking({ data, operation, options, originalDoc, req })
    await enforceCapacity({ data, operation, options, originalDoc, req, service })
    const check = { data, operation, options, originalDoc, req, service, staff }
    await linkCustomer(check)
    await checkPackageCredit(check)
    await checkRewardBooking(check)
    return data
  }
