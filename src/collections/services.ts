import type { CollectionConfig, Field } from 'payload'

import type { SanitizedBookingOptions } from '../types.ts'

import { activeOrAdmin, adminOnly } from '../access/bookingAccess.ts'
import { MAX_BUFFER_MINUTES } from '../defaults.ts'
import { label, labelByLanguage } from '../utilities/label.ts'

const minutes = (name: string, defaultValue: number, max: number, min = 0) =>
  ({
    name,
    type: 'number',
    admin: { step: 5 },
    defaultValue,
    label: label(name as 'durationMinutes'),
    max,
    min,
    required: true,
  }) as const

/** Online payment and the cancellation refund policy (see src/payments/money.ts for the rules). */
const paymentFields: Field = {
  type: 'collapsible',
  admin: { initCollapsed: true },
  fields: [
    {
      name: 'payment',
      type: 'select',
      admin: { description: label('payments_paymentDescription') },
      defaultValue: 'none',
      label: label('payments_payment'),
      options: [
        { label: label('payments_paymentNone'), value: 'none' },
        { label: label('payments_paymentRequired'), value: 'required' },
        { label: label('payments_paymentDeposit'), value: 'deposit' },
      ],
      required: true,
    },
    {
      type: 'row',
      admin: { condition: (_data, siblingData) => siblingData?.payment === 'deposit' },
      fields: [
        {
          name: 'depositAmount',
          type: 'number',
          admin: { description: label('payments_depositDescription') },
          label: label('payments_depositAmount'),
          min: 0,
        },
        { name: 'depositPercent', type: 'number', label: label('payments_depositPercent'), max: 100, min: 1 },
      ],
    },
    {
      name: 'refundRules',
      type: 'array',
      admin: {
        condition: (_data, siblingData) => siblingData?.payment === 'required' || siblingData?.payment === 'deposit',
        description: label('payments_refundRulesDescription'),
      },
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'hoursBefore', type: 'number', label: label('payments_hoursBefore'), max: 24 * 365, min: 0, required: true },
            { name: 'percent', type: 'number', label: label('payments_percent'), max: 100, min: 0, required: true },
          ],
        },
      ],
      label: label('payments_refundRules'),
      maxRows: 20,
    },
  ],
  label: label('payments_group'),
}

export const servicesCollection = (options: SanitizedBookingOptions): CollectionConfig => ({
  slug: options.slugs.services,
  access: {
    create: adminOnly(options),
    delete: adminOnly(options),
    read: activeOrAdmin(options),
    update: adminOnly(options),
  },
  admin: {
    defaultColumns: ['name', 'durationMinutes', 'capacity', 'bookingMode', 'price', 'active'],
    group: labelByLanguage('groupBooking'),
    useAsTitle: 'name',
  },
  fields: [
    {
      // No data: the "On request only" mark at the top of the edit view (the list has its own cell).
      name: 'requestOnlyNotice',
      type: 'ui',
      admin: { components: { Field: 'payload-booking/client#RequestOnlyNotice' } },
    },
    { name: 'name', type: 'text', label: label('name'), localized: true, required: true },
    { name: 'description', type: 'richText', label: label('description'), localized: true },
    {
      type: 'row',
      fields: [
        minutes('durationMinutes', 60, 24 * 60, 5),
        minutes('bufferBeforeMinutes', 0, MAX_BUFFER_MINUTES),
        minutes('bufferAfterMinutes', 0, MAX_BUFFER_MINUTES),
      ],
    },
    {
      type: 'row',
      fields: [
        {
          name: 'capacity',
          type: 'number',
          admin: { description: label('capacityDescription') },
          defaultValue: 1,
          label: label('capacity'),
          max: 10_000,
          min: 1,
          required: true,
        },
        {
          name: 'bookingMode',
          type: 'select',
          admin: {
            components: { Cell: 'payload-booking/client#BookingModeCell' },
            description: label('bookingModeDescription'),
          },
          defaultValue: 'instant',
          label: label('bookingMode'),
          options: [
            { label: label('bookingModeInstant'), value: 'instant' },
            { label: label('bookingModeRequest'), value: 'request' },
          ],
          required: true,
        },
      ],
    },
    {
      type: 'row',
      fields: [
        { name: 'price', type: 'number', label: label('price'), min: 0 },
        {
          name: 'currency',
          type: 'text',
          defaultValue: 'EUR',
          label: label('currency'),
          maxLength: 3,
          minLength: 3,
        },
      ],
    },
    {
      type: 'row',
      fields: [
        minutes('minNoticeMinutes', 60, 365 * 24 * 60),
        {
          name: 'maxAdvanceDays',
          type: 'number',
          defaultValue: 60,
          label: label('maxAdvanceDays'),
          max: 3650,
          min: 1,
          required: true,
        },
        {
          name: 'slotStepMinutes',
          type: 'number',
          admin: { description: label('slotStepDescription') },
          label: label('slotStepMinutes'),
          max: 24 * 60,
          min: 5,
        },
      ],
    },
    {
      type: 'row',
      fields: [
        {
          name: 'disclosure',
          type: 'select',
          admin: { description: label('disclosureDescription') },
          defaultValue: 'all',
          label: label('disclosure'),
          options: [
            { label: label('disclosureAll'), value: 'all' },
            { label: label('disclosureSuggest'), value: 'suggest' },
            { label: label('disclosureRequest'), value: 'request' },
          ],
          required: true,
        },
        {
          name: 'suggestCount',
          type: 'number',
          admin: {
            condition: (_data, siblingData) => siblingData?.disclosure === 'suggest',
            description: label('suggestCountDescription'),
          },
          defaultValue: 4,
          label: label('suggestCount'),
          max: 10,
          min: 1,
          required: true,
        },
      ],
    },
    {
      name: 'active',
      type: 'checkbox',
      admin: { position: 'sidebar' },
      defaultValue: true,
      index: true,
      label: label('active'),
    },
    paymentFields,
  ],
  labels: { plural: label('services'), singular: label('service') },
})
