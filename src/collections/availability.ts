import type { CollectionConfig } from 'payload'

import type { SanitizedBookingOptions } from '../types.ts'

import { adminOnly, adminOrOwnStaff, adminOrOwnStaffUpdate } from '../access/bookingAccess.ts'
import { weekdays } from '../defaults.ts'
import { isValidDate, isValidTime, isValidTimeZone } from '../scheduling/time.ts'
import { label, labelByLanguage } from '../utilities/label.ts'

const time = (name: 'end' | 'start', required: boolean) =>
  ({
    name,
    type: 'text',
    admin: { placeholder: name === 'start' ? '09:00' : '17:00', width: '25%' },
    label: label(name === 'start' ? 'from' : 'until'),
    required,
    validate: (value: null | string | undefined) =>
      (!required && !value) || isValidTime(value ?? '', { allow24: name === 'end' })
        ? true
        : 'Use HH:mm, e.g. 09:00',
  }) as const

/** One schedule per staff member: weekly wall-clock hours in an IANA timezone, plus exceptions. */
export const availabilityCollection = (options: SanitizedBookingOptions): CollectionConfig => ({
  slug: options.slugs.availability,
  access: {
    create: adminOnly(options),
    delete: adminOnly(options),
    read: adminOrOwnStaff(options, 'staff'),
    update: adminOrOwnStaffUpdate(options, 'staff'),
  },
  admin: {
    defaultColumns: ['staff', 'timezone', 'updatedAt'],
    group: labelByLanguage('groupBooking'),
  },
  fields: [
    {
      name: 'staff',
      type: 'relationship',
      index: true,
      label: label('staffSingular'),
      relationTo: options.slugs.staff,
      required: true,
      unique: true,
    },
    {
      name: 'timezone',
      type: 'text',
      admin: { description: label('timezoneDescription') },
      defaultValue: options.timezone,
      label: label('timezone'),
      required: true,
      validate: (value: null | string | undefined) =>
        value && isValidTimeZone(value) ? true : 'Use an IANA timezone such as Europe/Berlin',
    },
    {
      name: 'weekly',
      type: 'array',
      admin: { description: label('weeklyDescription'), initCollapsed: false },
      fields: [
        {
          type: 'row',
          fields: [
            {
              name: 'day',
              type: 'select',
              admin: { width: '30%' },
              label: label('day'),
              options: weekdays.map((value) => ({ label: label(`day_${value}`), value })),
              required: true,
            },
            time('start', true),
            time('end', true),
          ],
        },
      ],
      label: label('weekly'),
    },
    {
      name: 'exceptions',
      type: 'array',
      admin: { description: label('exceptionsDescription') },
      fields: [
        {
          type: 'row',
          fields: [
            {
              name: 'date',
              type: 'text',
              admin: { placeholder: 'YYYY-MM-DD', width: '25%' },
              label: label('date'),
              required: true,
              validate: (value: null | string | undefined) =>
                isValidDate(value ?? '') ? true : 'Use YYYY-MM-DD',
            },
            {
              name: 'endDate',
              type: 'text',
              admin: { placeholder: 'YYYY-MM-DD', width: '25%' },
              label: label('endDate'),
              validate: (value: null | string | undefined, { siblingData }: { siblingData: Record<string, unknown> }) =>
                !value || (isValidDate(value) && value >= String(siblingData.date ?? ''))
                  ? true
                  : 'Use YYYY-MM-DD, on or after the first date',
            },
            { name: 'closed', type: 'checkbox', defaultValue: true, label: label('closed') },
          ],
        },
        {
          type: 'row',
          admin: { condition: (_, siblingData) => !siblingData?.closed },
          fields: [time('start', false), time('end', false)],
        },
        { name: 'note', type: 'text', label: label('note'), maxLength: 500 },
      ],
      label: label('exceptions'),
    },
  ],
  labels: { plural: label('availabilityPlural'), singular: label('availabilitySingular') },
})
