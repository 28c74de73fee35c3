import type { CollectionConfig } from 'payload'

import type { SanitizedBookingOptions } from '../types.ts'

import { adminOnlyField, adminOrOwnStaff, adminOrOwnStaffCreate, adminOrOwnStaffUpdate } from '../access/bookingAccess.ts'
import { bookingPaymentStatuses, bookingSources, bookingStatuses } from '../defaults.ts'
import { bookingBeforeChange } from '../hooks/bookingBeforeChange.ts'
import { loyaltyAfterChange } from '../hooks/loyaltyHooks.ts'
import { packageAfterChange } from '../hooks/packageHooks.ts'
import { refundOnCancel } from '../hooks/refundOnCancel.ts'
import { queueBookingMessages } from '../notifications/bookingMessages.ts'
import { packageCredits } from '../operations/packages/credits.ts'
import { customerPackageFilter } from '../operations/packages/packageFilter.ts'
import { label, labelByLanguage } from '../utilities/label.ts'
import { customerGroup, customerRecordField, hiddenText } from './customerFields.ts'

export const bookingsCollection = (options: SanitizedBookingOptions): CollectionConfig => ({
  slug: options.slugs.bookings,
  access: {
    create: adminOrOwnStaffCreate(options, 'staff'),
    delete: adminOrOwnStaff(options, 'staff'),
    read: adminOrOwnStaff(options, 'staff'),
    update: adminOrOwnStaffUpdate(options, 'staff'),
  },
  admin: {
    defaultColumns: ['reference', 'start', 'service', 'staff', 'customer.name', 'status'],
    group: labelByLanguage('groupBooking'),
    listSearchableFields: ['reference', 'customer.name', 'customer.email', 'customer.phone'],
    useAsTitle: 'reference',
  },
  defaultSort: '-start',
  fields: [
    {
      name: 'reference',
      type: 'text',
      admin: { description: label('referenceDescription'), position: 'sidebar', readOnly: true },
      index: true,
      label: label('reference'),
      unique: true,
    },
    {
      type: 'row',
      fields: [
        {
          name: 'service',
          type: 'relationship',
          index: true,
          label: label('service'),
          relationTo: options.slugs.services,
          required: true,
        },
        {
          name: 'staff',
          type: 'relationship',
          index: true,
          label: label('staffSingular'),
          relationTo: options.slugs.staff,
          required: true,
        },
      ],
    },
    {
      type: 'row',
      fields: [
        {
          name: 'start',
          type: 'date',
          admin: { date: { pickerAppearance: 'dayAndTime' } },
          index: true,
          label: label('start'),
          required: true,
        },
        {
          name: 'end',
          type: 'date',
          admin: { date: { pickerAppearance: 'dayAndTime' }, description: label('endDescription') },
          index: true,
          label: label('end'),
        },
        { name: 'seats', type: 'number', defaultValue: 1, label: label('seats'), min: 1, required: true },
      ],
    },
    {
      name: 'status',
      type: 'select',
      admin: { position: 'sidebar' },
      defaultValue: 'confirmed',
      index: true,
      label: label('status'),
      options: bookingStatuses.map((value) => ({ label: label(`status_${value}`), value })),
      required: true,
    },
    {
      name: 'holdExpiresAt',
      type: 'date',
      admin: {
        condition: (data) => data?.status === 'held',
        date: { pickerAppearance: 'dayAndTime' },
        position: 'sidebar',
        readOnly: true,
      },
      label: label('holdExpiresAt'),
    },
    {
      name: 'checkedInAt',
      type: 'date',
      admin: { date: { pickerAppearance: 'dayAndTime' }, position: 'sidebar' },
      label: label('checkedInAt'),
    },
    {
      // Set by the payment flow only: what the customer paid online (empty: nothing online).
      name: 'paymentStatus',
      type: 'select',
      access: { create: () => false, update: () => false },
      admin: { position: 'sidebar', readOnly: true },
      index: true,
      label: label('payments_paymentStatus'),
      options: bookingPaymentStatuses.map((value) => ({ label: label(`payments_paymentStatus_${value}`), value })),
    },
    {
      name: 'source',
      type: 'select',
      admin: { position: 'sidebar' },
      defaultValue: 'admin',
      label: label('source'),
      options: bookingSources.map((value) => ({ label: label(`source_${value}`), value })),
      required: true,
    },
    customerGroup,
    customerRecordField(options),
    {
      type: 'row',
      fields: [
        {
          // Set when the booking draws a credit of a customer's package.
          name: 'customerPackage',
          type: 'relationship',
          admin: { description: label('packages_customerPackageDescription') },
          filterOptions: customerPackageFilter(options),
          index: true,
          label: label('customerPackage'),
          relationTo: options.slugs.customerPackages,
        },
        {
          // What became of the package credit (see checkPackageCredit): set by the hooks only.
          name: 'packageCredit',
          type: 'select',
          access: { create: () => false, update: () => false },
          admin: { condition: (data) => Boolean(data?.customerPackage), readOnly: true },
          index: true,
          label: label('packages_credit'),
          options: packageCredits.map((value) => ({ label: label(`packages_credit_${value}`), value })),
        },
        {
          // Set when the booking is a reward paid with loyalty points.
          name: 'reward',
          type: 'relationship',
          index: true,
          label: label('reward'),
          relationTo: options.slugs.rewards,
        },
      ],
    },
    { name: 'notes', type: 'textarea', label: label('notes'), maxLength: 5000 },
    {
      type: 'row',
      fields: [
        { name: 'price', type: 'number', admin: { readOnly: true }, label: label('price') },
        { name: 'currency', type: 'text', admin: { readOnly: true }, label: label('currency') },
      ],
    },
    {
      name: 'cancellation',
      type: 'group',
      admin: { condition: (data) => data?.status === 'cancelled' },
      fields: [
        { name: 'cancelledAt', type: 'date', admin: { readOnly: true }, label: label('cancelledAt') },
        { name: 'reason', type: 'textarea', label: label('cancelReason'), maxLength: 2000 },
      ],
      label: label('cancellation'),
    },
    {
      name: 'overbooking',
      type: 'group',
      access: { create: adminOnlyField(options), update: adminOnlyField(options) },
      admin: { description: label('overbookingDescription'), position: 'sidebar' },
      fields: [
        { name: 'allowed', type: 'checkbox', defaultValue: false, label: label('overbookingAllowed') },
        { name: 'reason', type: 'text', label: label('overbookingReason'), maxLength: 500 },
        {
          name: 'by',
          type: 'relationship',
          admin: { readOnly: true },
          label: label('overbookingBy'),
          relationTo: options.userCollection,
        },
      ],
      label: label('overbooking'),
    },
    // Snapshots of the service's buffers at booking time: the capacity check reads them from the
    // bookings themselves, so a later change to the service does not move existing bookings.
    { name: 'bufferBeforeMinutes', type: 'number', admin: { hidden: true }, defaultValue: 0 },
    { name: 'bufferAfterMinutes', type: 'number', admin: { hidden: true }, defaultValue: 0 },
    hiddenText('holdTokenHash', { index: true }),
    hiddenText('cancelTokenHash'),
    hiddenText('idempotencyKey', { unique: true }),
    hiddenText('idempotencyFingerprint'),
    hiddenText('sealedManageToken'),
  ],
  hooks: {
    afterChange: [queueBookingMessages(options), refundOnCancel(options), loyaltyAfterChange(options), packageAfterChange(options)],
    beforeChange: [bookingBeforeChange(options)],
  },
  labels: { plural: label('bookings'), singular: label('booking') },
  timestamps: true,
})
