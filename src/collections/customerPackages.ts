import type { CollectionConfig } from 'payload'

import type { SanitizedBookingOptions } from '../types.ts'

import { adminOnly } from '../access/bookingAccess.ts'
import { labelByLanguage } from '../utilities/label.ts'

/** Placeholder: filled in by issue #6 work. */
export const customerPackagesCollection = (options: SanitizedBookingOptions): CollectionConfig => ({
  slug: options.slugs.customerPackages,
  access: { create: adminOnly(options), delete: adminOnly(options), read: adminOnly(options), update: adminOnly(options) },
  admin: { group: labelByLanguage('groupBooking') },
  fields: [],
})
