import type { CollectionConfig } from 'payload'

import type { SanitizedBookingOptions } from '../types.ts'

import { adminOnly, adminOnlyField } from '../access/bookingAccess.ts'
import { customerBeforeChange } from '../hooks/customerBeforeChange.ts'
import { label, labelByLanguage } from '../utilities/label.ts'
import { hiddenText } from './customerFields.ts'

/**
 * The people who book, kept minimal: only what appointments need (name, e-mail, phone, language,
 * consent). Bookings and requests find their record by e-mail or phone, so a phone booking and an
 * online booking of one person meet here. Not a CRM: the site is not the place for one.
 */
export const customersCollection = (options: SanitizedBookingOptions): CollectionConfig => ({
  slug: options.slugs.customers,
  access: {
    create: adminOnly(options),
    delete: adminOnly(options),
    read: adminOnly(options),
    update: adminOnly(options),
  },
  admin: {
    defaultColumns: ['name', 'email', 'phone', 'locale', 'updatedAt'],
    group: labelByLanguage('groupBooking'),
    listSearchableFields: ['name', 'email', 'phone'],
    useAsTitle: 'name',
  },
  defaultSort: 'name',
  fields: [
    {
      name: 'dataActions',
      type: 'ui',
      admin: {
        components: { Field: 'payload-booking/client#CustomerDataActions' },
        condition: (data) => Boolean(data?.id),
      },
    },
    {
      type: 'row',
      fields: [
        { name: 'name', type: 'text', label: label('customerName'), maxLength: 200 },
        { name: 'email', type: 'email', label: label('email') },
      ],
    },
    {
      type: 'row',
      fields: [
        { name: 'phone', type: 'text', label: label('phone'), maxLength: 40 },
        { name: 'locale', type: 'text', label: label('locale'), maxLength: 10 },
      ],
    },
    {
      name: 'consent',
      type: 'group',
      fields: [
        { name: 'marketing', type: 'checkbox', defaultValue: false, label: label('customers_consentMarketing') },
        {
          name: 'givenAt',
          type: 'date',
          admin: { date: { pickerAppearance: 'dayAndTime' } },
          label: label('customers_consentGivenAt'),
        },
      ],
      label: label('customers_consent'),
    },
    {
      name: 'anonymisedAt',
      type: 'date',
      access: { create: () => false, update: adminOnlyField(options) },
      admin: { date: { pickerAppearance: 'dayAndTime' }, position: 'sidebar', readOnly: true },
      index: true,
      label: label('customers_anonymisedAt'),
    },
    // Normalised keys the matching uses: lower-case e-mail (one record per address), digits of the phone.
    hiddenText('emailKey', { unique: true }),
    hiddenText('phoneKey', { index: true }),
  ],
  hooks: { beforeChange: [customerBeforeChange(options)] },
  labels: { plural: label('customers_plural'), singular: label('customers_singular') },
  timestamps: true,
})
