import type { CollectionConfig } from 'payload'

import type { SanitizedBookingOptions } from '../types.ts'

import { adminOnly } from '../access/bookingAccess.ts'
import { label, labelByLanguage } from '../utilities/label.ts'

export const paymentStatuses = ['pending', 'paid', 'failed', 'refunded', 'partially-refunded'] as const
export const refundStatuses = ['pending', 'succeeded', 'failed'] as const

const readOnly = { readOnly: true } as const

/**
 * One record per payment attempt for a booking: what was charged, through which provider, what
 * happened, and every refund. Written only by the plugin (the payment flow, webhooks, refunds by
 * policy); admins read it, nobody else (visitors see their booking's `paymentStatus`).
 */
export const paymentsCollection = (options: SanitizedBookingOptions): CollectionConfig => ({
  slug: options.slugs.payments,
  access: {
    create: () => false,
    delete: () => false,
    read: adminOnly(options),
    update: () => false,
  },
  admin: {
    defaultColumns: ['booking', 'amount', 'currency', 'status', 'provider', 'createdAt'],
    group: labelByLanguage('groupBooking'),
  },
  defaultSort: '-createdAt',
  fields: [
    {
      name: 'booking',
      type: 'relationship',
      admin: readOnly,
      index: true,
      label: label('payments_booking'),
      relationTo: options.slugs.bookings,
      required: true,
    },
    {
      type: 'row',
      fields: [
        { name: 'amount', type: 'number', admin: readOnly, label: label('payments_amount'), min: 0, required: true },
        { name: 'currency', type: 'text', admin: readOnly, label: label('payments_currency'), required: true },
        {
          name: 'kind',
          type: 'select',
          admin: readOnly,
          defaultValue: 'full',
          label: label('payments_kind'),
          options: [
            { label: label('payments_kind_full'), value: 'full' },
            { label: label('payments_kind_deposit'), value: 'deposit' },
          ],
        },
        { name: 'total', type: 'number', admin: readOnly, label: label('payments_total'), min: 0 },
      ],
    },
    {
      name: 'status',
      type: 'select',
      admin: { position: 'sidebar', readOnly: true },
      defaultValue: 'pending',
      index: true,
      label: label('payments_status'),
      options: paymentStatuses.map((value) => ({ label: label(`payments_status_${value}`), value })),
      required: true,
    },
    { name: 'provider', type: 'text', admin: { position: 'sidebar', readOnly: true }, label: label('payments_provider'), required: true },
    {
      name: 'providerPaymentId',
      type: 'text',
      admin: { position: 'sidebar', readOnly: true },
      index: true,
      label: label('payments_providerPaymentId'),
    },
    {
      name: 'startedAt',
      type: 'date',
      admin: { date: { pickerAppearance: 'dayAndTime' }, position: 'sidebar', readOnly: true },
      index: true,
      label: label('payments_startedAt'),
    },
    {
      name: 'paidAt',
      type: 'date',
      admin: { date: { pickerAppearance: 'dayAndTime' }, position: 'sidebar', readOnly: true },
      label: label('payments_paidAt'),
    },
    // Why a payment was not accepted (e.g. another amount arrived than was charged).
    { name: 'problem', type: 'text', admin: { condition: (data) => Boolean(data?.problem), readOnly: true }, label: label('payments_problem') },
    { name: 'refundedAmount', type: 'number', admin: readOnly, defaultValue: 0, label: label('payments_refundedAmount') },
    {
      name: 'refunds',
      type: 'array',
      admin: readOnly,
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'amount', type: 'number', label: label('payments_refundAmount'), required: true },
            {
              name: 'status',
              type: 'select',
              label: label('payments_refundStatus'),
              options: refundStatuses.map((value) => ({ label: label(`payments_refundStatus_${value}`), value })),
              required: true,
            },
            { name: 'at', type: 'date', admin: { date: { pickerAppearance: 'dayAndTime' } }, label: label('payments_refundAt') },
          ],
        },
        {
          type: 'row',
          fields: [
            { name: 'reason', type: 'text', label: label('payments_refundReason') },
            { name: 'providerRefundId', type: 'text', label: label('payments_providerRefundId') },
            // Refunds staff paid back by hand (manual provider): who recorded it.
            { name: 'recordedBy', type: 'text', label: label('payments_refundRecordedBy') },
          ],
        },
      ],
      label: label('payments_refunds'),
    },
    {
      // No data: "Mark as paid" for a pending manual payment, "Mark refunded" for a paid one
      // (admins; the endpoints check again).
      name: 'markPaid',
      type: 'ui',
      admin: { components: { Field: 'payload-booking/client#MarkPaidButton' }, position: 'sidebar' },
    },
    // The provider events already handled (Stripe retries deliveries): a replay changes nothing.
    { name: 'eventIds', type: 'json', hidden: true },
  ],
  labels: { plural: label('payments_payments'), singular: label('payments_paymentSingular') },
  timestamps: true,
})
