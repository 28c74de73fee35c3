import type { CollectionConfig } from 'payload'

import type { SanitizedBookingOptions } from '../types.ts'

import { adminOrOwnStaff, adminOrOwnStaffCreate } from '../access/bookingAccess.ts'
import { requestStatuses } from '../defaults.ts'
import { requestActionEndpoints } from '../endpoints/requestActions.ts'
import { linkRequestCustomer } from '../hooks/linkCustomer.ts'
import { requestAfterRead, requestBeforeChange } from '../hooks/requestHooks.ts'
import { queueRequestMessages } from '../notifications/requestMessages.ts'
import { label, labelByLanguage } from '../utilities/label.ts'
import { newReference } from '../utilities/tokens.ts'
import { customerGroup, customerRecordField } from './customerFields.ts'

/**
 * Requests for "on request only" services: the customer asks, staff get back to them.
 * A staff user sees requests that name them; requests naming nobody are for admins.
 */
export const requestsCollection = (options: SanitizedBookingOptions): CollectionConfig => ({
  slug: options.slugs.requests,
  access: {
    create: adminOrOwnStaffCreate(options, 'staff'),
    delete: adminOrOwnStaff(options, 'staff'),
    read: adminOrOwnStaff(options, 'staff'),
    update: adminOrOwnStaff(options, 'staff'),
  },
  admin: {
    components: {
      beforeListTable: [
        { path: 'payload-booking/rsc#NewRequestsBanner', serverProps: { requestsSlug: options.slugs.requests } },
      ],
    },
    defaultColumns: ['reference', 'service', 'staff', 'preferredStart', 'customer.name', 'status'],
    group: labelByLanguage('groupBooking'),
    listSearchableFields: ['reference', 'customer.name', 'customer.email', 'customer.phone'],
    useAsTitle: 'reference',
  },
  defaultSort: '-createdAt',
  fields: [
    {
      name: 'reference',
      type: 'text',
      admin: { position: 'sidebar', readOnly: true },
      hooks: { beforeChange: [({ value }) => value || newReference('RQ')] },
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
        },
        {
          name: 'preferredStart',
          type: 'date',
          admin: { date: { pickerAppearance: 'dayAndTime' } },
          label: label('preferredStart'),
        },
      ],
    },
    customerGroup,
    customerRecordField(options),
    { name: 'message', type: 'textarea', label: label('message'), maxLength: 5000 },
    {
      name: 'status',
      type: 'select',
      admin: {
        components: { Cell: 'payload-booking/client#RequestStatusCell' },
        description: label('requestStatusDescription'),
        position: 'sidebar',
        readOnly: true,
      },
      defaultValue: 'new',
      index: true,
      label: label('status'),
      options: requestStatuses.map((value) => ({ label: label(`requestStatus_${value}`), value })),
      required: true,
    },
    {
      name: 'declineReason',
      type: 'textarea',
      admin: { condition: (data) => data?.status === 'declined' },
      label: label('declineReason'),
      maxLength: 2000,
    },
    {
      name: 'booking',
      type: 'relationship',
      admin: { position: 'sidebar', readOnly: true },
      label: label('booking'),
      relationTo: options.slugs.bookings,
    },
    {
      name: 'history',
      type: 'array',
      admin: { initCollapsed: true, readOnly: true },
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'at', type: 'date', admin: { date: { pickerAppearance: 'dayAndTime' } }, label: label('historyAt') },
            { name: 'action', type: 'text', label: label('historyAction') },
            { name: 'by', type: 'relationship', label: label('historyBy'), relationTo: options.userCollection },
          ],
        },
        { name: 'note', type: 'textarea', label: label('note') },
      ],
      label: label('history'),
    },
  ],
  endpoints: options.enabled ? requestActionEndpoints(options) : [],
  hooks: {
    afterChange: [queueRequestMessages(options)],
    afterRead: [requestAfterRead(options)],
    beforeChange: [requestBeforeChange(options), linkRequestCustomer(options)],
  },
  labels: { plural: label('requests'), singular: label('request') },
  timestamps: true,
})
