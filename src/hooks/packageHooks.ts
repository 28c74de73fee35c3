import type { CollectionAfterChangeHook } from 'payload'

import type { SanitizedBookingOptions } from '../types.ts'
import type { BookingCheckArgs } from './bookingCheckArgs.ts'

/** Placeholder (issue #6, packages): checks and reserves a package credit before a booking is written. */
export const checkPackageCredit = async (_args: BookingCheckArgs): Promise<void> => {}

/** Placeholder (issue #6, packages): returns or forfeits credits after a booking changes. */
export const packageAfterChange =
  (_options: SanitizedBookingOptions): CollectionAfterChangeHook =>
  ({ doc }) =>
    doc
