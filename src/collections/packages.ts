import type { CollectionConfig, NumberFieldSingleValidation } from 'payload'

import type { SanitizedBookingOptions } from '../types.ts'

import { adminOrStaffUser } from '../access/adminOrStaffUser.ts'
import { adminOnly } from '../access/bookingAccess.ts'
import { label, labelByLanguage } from '../utilities/label.ts'

/** A whole number of at least 1 (sessions, days). */
export const positiveInteger: NumberFieldSingleValidation = (value, { req, required }) => {
  if ((value === undefined || value === null) && !required) return true
  return (typeof value === 'number' && Number.isInteger(value) && value >= 1) || (req.t as unknown as (key: string) => string)('plugin-booking:packages_errorWholeNumber')
}

/**
 * What the business sells: a course of `sessions` bookings of the given services, valid for
 * `validityDays` from the purchase (e.g. "10 yoga classes, valid 6 months"). A customer's purchase
 * is a customer package. Admins write; admins and staff users read.
 */
export const packagesCollection = (options: SanitizedBookingOptions): CollectionConfig => ({
  slug: options.slugs.packages,
  access: {
    create: adminOnly(options),
    delete: adminOnly(options),
    read: adminOrStaffUser(options),
    update: adminOnly(options),
  },
  admin: {
    defaultColumns: ['name', 'sessions', 'validityDays', 'price', 'active'],
    group: labelByLanguage('groupBooking'),
    useAsTitle: 'name',
  },
  defaultSort: 'name',
  fields: [
    { name: 'name', type: 'text', label: label('name'), localized: true, maxLength: 200, required: true },
    {
      name: 'services',
      type: 'relationship',
      hasMany: true,
      label: label('services'),
      relationTo: options.slugs.services,
      required: true,
    },
    {
      type: 'row',
      fields: [
        {
          name: 'sessions',
          type: 'number',
          admin: { description: label('packages_sessionsDescription'), step: 1 },
          label: label('packages_sessions'),
          min: 1,
          required: true,
          validate: positiveInteger,
        },
        {
          name: 'validityDays',
          type: 'number',
          admin: { step: 1 },
          label: label('packages_validityDays'),
          min: 1,
          required: true,
          validate: positiveInteger,
        },
      ],
    },
    {
      type: 'row',
      fields: [
        { name: 'price', type: 'number', label: label('price'), min: 0 },
        { name: 'currency', type: 'text', label: label('currency'), maxLength: 3 },
      ],
    },
    { name: 'active', type: 'checkbox', admin: { position: 'sidebar' }, defaultValue: true, label: label('active') },
    { name: 'description', type: 'textarea', label: label('description'), localized: true, maxLength: 5000 },
  ],
  labels: { plural: label('packages_plural'), singular: label('packages_singular') },
  timestamps: true,
})
