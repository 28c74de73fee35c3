import type { CollectionConfig } from 'payload'

import type { SanitizedBookingOptions } from '../types.ts'

import { adminOrStaffUser } from '../access/adminOrStaffUser.ts'
import { adminOnly } from '../access/bookingAccess.ts'
import { weekdays } from '../defaults.ts'
import { label, labelByLanguage } from '../utilities/label.ts'

/**
 * Rewards: a service a customer books for points, under optional conditions (weekdays, another
 * paid booking the same day). Staff offer them when they book for a customer in the calendar; the
 * public site never lists them (visitors cannot read this collection, and the public endpoints
 * ignore `reward`).
 */
export const rewardsCollection = (options: SanitizedBookingOptions): CollectionConfig => ({
  slug: options.slugs.rewards,
  access: {
    create: adminOnly(options),
    delete: adminOnly(options),
    read: adminOrStaffUser(options),
    update: adminOnly(options),
  },
  admin: {
    defaultColumns: ['name', 'service', 'points', 'active'],
    description: labelByLanguage('loyalty_rewardsDescription'),
    group: labelByLanguage('groupBooking'),
    useAsTitle: 'name',
  },
  defaultSort: 'points',
  fields: [
    {
      type: 'row',
      fields: [
        { name: 'name', type: 'text', label: label('loyalty_rewardName'), localized: true, maxLength: 200, required: true },
        {
          name: 'service',
          type: 'relationship',
          index: true,
          label: label('loyalty_rewardService'),
          relationTo: options.slugs.services,
          required: true,
        },
      ],
    },
    {
      type: 'row',
      fields: [
        {
          name: 'points',
          type: 'number',
          label: label('loyalty_rewardPoints'),
          min: 1,
          required: true,
          validate: (value: null | number | undefined, { req }: { req: { t: unknown } }) =>
            (typeof value === 'number' && Number.isInteger(value) && value >= 1) ||
            (req.t as (key: string) => string)('plugin-booking:loyalty_error_costInteger'),
        },
        { name: 'active', type: 'checkbox', defaultValue: true, index: true, label: label('loyalty_active') },
      ],
    },
    {
      name: 'conditions',
      type: 'group',
      fields: [
        {
          name: 'weekdays',
          type: 'select',
          admin: { description: label('loyalty_weekdaysDescription') },
          hasMany: true,
          label: label('loyalty_weekdays'),
          options: weekdays.map((value) => ({ label: label(`day_${value}`), value })),
        },
        {
          name: 'requiresPaidBookingSameDay',
          type: 'checkbox',
          defaultValue: false,
          label: label('loyalty_requiresPaidBookingSameDay'),
        },
      ],
      label: label('loyalty_conditions'),
    },
    { name: 'description', type: 'textarea', label: label('loyalty_rewardDescription'), localized: true, maxLength: 2000 },
  ],
  labels: { plural: label('loyalty_rewardsPlural'), singular: label('reward') },
  timestamps: true,
})
