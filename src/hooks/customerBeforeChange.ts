import type { CollectionBeforeChangeHook } from 'payload'

import type { SanitizedBookingOptions } from '../types.ts'

import { emailKeyOf, phoneKeyOf } from '../operations/customers/customerKeys.ts'
import { fieldError } from '../utilities/errors.ts'

/**
 * Keeps the matching keys in step with the e-mail and phone, and refuses a second record for one
 * e-mail address with a 400 on `email` (rather than the unique index's bare error).
 */
export const customerBeforeChange =
  (options: SanitizedBookingOptions): CollectionBeforeChangeHook =>
  async ({ data, originalDoc, req }) => {
    const merged = { ...originalDoc, ...data }
    const emailKey = emailKeyOf(merged.email)
    data.emailKey = emailKey
    data.phoneKey = phoneKeyOf(merged.phone)
    if (emailKey && emailKey !== originalDoc?.emailKey) {
      const { totalDocs } = await req.payload.count({
        collection: options.slugs.customers,
        overrideAccess: true,
        req,
        where: {
          and: [{ emailKey: { equals: emailKey } }, ...(originalDoc?.id ? [{ id: { not_equals: originalDoc.id } }] : [])],
        },
      })
      if (totalDocs > 0) {
        throw fieldError(options.slugs.customers, 'email', req.t('plugin-booking:customers_emailTaken' as never))
      }
    }
    return data
  }
