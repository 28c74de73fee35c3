import type { Field } from 'payload'

import type { SanitizedBookingOptions } from '../types.ts'

import { label } from '../utilities/label.ts'

/** The customer as a booking or request keeps them: only what the appointment needs. */
export const customerGroup: Field = {
  name: 'customer',
  type: 'group',
  fields: [
    {
      type: 'row',
      fields: [
        { name: 'name', type: 'text', label: label('customerName'), maxLength: 200 },
        { name: 'email', type: 'email', label: label('email') },
        { name: 'phone', type: 'text', label: label('phone'), maxLength: 40 },
        { name: 'locale', type: 'text', label: label('locale'), maxLength: 10 },
      ],
    },
  ],
  label: label('customer'),
}

/** The customer record a booking or request belongs to: found by e-mail or phone when empty. */
export const customerRecordField = (options: SanitizedBookingOptions): Field => ({
  name: 'customerRecord',
  type: 'relationship',
  admin: { description: label('customerRecordDescription') },
  index: true,
  label: label('customerRecord'),
  relationTo: options.slugs.customers,
})

/** Fields never returned by reads: secrets stored as hashes, and bookkeeping for replays. */
export const hiddenText = (name: string, options: { index?: boolean; unique?: boolean } = {}): Field => ({
  name,
  type: 'text',
  hidden: true,
  ...options,
})
