import type { CollectionConfig } from 'payload'

import type { SanitizedBookingOptions } from '../types.ts'

import { adminOrStaffUser } from '../access/adminOrStaffUser.ts'
import { adminOnly } from '../access/bookingAccess.ts'
import { customerPackageBeforeChange, remainingAfterRead } from '../operations/packages/customerPackageHooks.ts'
import { label, labelByLanguage } from '../utilities/label.ts'
import { positiveInteger } from './packages.ts'

/**
 * A customer's purchased package: sold at the desk by an admin, read by staff. Its credits left
 * are never stored: `remaining` is counted from the bookings drawing on it on every read, and
 * `bookings` lists them.
 */
export const customerPackagesCollection = (options: SanitizedBookingOptions): CollectionConfig => ({
  slug: options.slugs.customerPackages,
  access: {
    create: adminOnly(options),
    delete: adminOnly(options),
    read: adminOrStaffUser(options),
    update: adminOnly(options),
  },
  admin: {
    defaultColumns: ['title', 'customer', 'remaining', 'sessions', 'expiresAt', 'status'],
    group: labelByLanguage('groupBooking'),
    useAsTitle: 'title',
  },
  defaultSort: '-purchasedAt',
  fields: [
    {
      name: 'title',
      type: 'text',
      admin: { position: 'sidebar', readOnly: true },
      label: label('packages_title'),
    },
    {
      type: 'row',
      fields: [
        {
          name: 'customer',
          type: 'relationship',
          index: true,
          label: label('customer'),
          relationTo: options.slugs.customers,
          required: true,
        },
        {
          name: 'package',
          type: 'relationship',
          index: true,
          label: label('packages_package'),
          relationTo: options.slugs.packages,
          required: true,
        },
      ],
    },
    {
      type: 'row',
      fields: [
        {
          name: 'purchasedAt',
          type: 'date',
          admin: { date: { pickerAppearance: 'dayAndTime' } },
          label: label('packages_purchasedAt'),
        },
        {
          name: 'expiresAt',
          type: 'date',
          admin: { date: { pickerAppearance: 'dayAndTime' }, description: label('packages_expiresAtDescription') },
          index: true,
          label: label('packages_expiresAt'),
        },
      ],
    },
    {
      type: 'row',
      fields: [
        {
          name: 'sessions',
          type: 'number',
          admin: { description: label('packages_sessionsSnapshot'), step: 1 },
          label: label('packages_sessions'),
          min: 1,
          validate: positiveInteger,
        },
        {
          name: 'remaining',
          type: 'number',
          access: { create: () => false, update: () => false },
          admin: { description: label('packages_remainingDescription'), readOnly: true },
          hooks: { afterRead: [remainingAfterRead(options)] },
          label: label('packages_remaining'),
          virtual: true,
        },
      ],
    },
    {
      name: 'status',
      type: 'select',
      admin: { position: 'sidebar' },
      defaultValue: 'active',
      index: true,
      label: label('status'),
      options: [
        { label: label('packages_status_active'), value: 'active' },
        { label: label('packages_status_cancelled'), value: 'cancelled' },
      ],
      required: true,
    },
    { name: 'notes', type: 'textarea', label: label('notes'), maxLength: 5000 },
    {
      name: 'bookings',
      type: 'join',
      admin: { allowCreate: false, defaultColumns: ['reference', 'start', 'service', 'status', 'packageCredit'] },
      collection: options.slugs.bookings,
      defaultSort: '-start',
      label: label('packages_bookings'),
      on: 'customerPackage',
    },
  ],
  hooks: { beforeChange: [customerPackageBeforeChange(options)] },
  labels: { plural: label('packages_customerPlural'), singular: label('packages_customerSingular') },
  timestamps: true,
})
