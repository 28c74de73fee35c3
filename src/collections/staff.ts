import type { CollectionConfig, FieldAccess } from 'payload'

import type { SanitizedBookingOptions } from '../types.ts'

import { activeOrAdmin, adminOnly } from '../access/bookingAccess.ts'
import { staffIdsOfUser } from '../access/staffOfUser.ts'
import { label, labelByLanguage } from '../utilities/label.ts'

/** Private fields (e-mail, login): admins, and the staff member themself. */
const adminOrSelf =
  (options: SanitizedBookingOptions): FieldAccess =>
  async ({ doc, req }) => {
    if (!req.user) {
      return false
    }
    if (await options.isAdmin({ req })) {
      return true
    }
    const own = await staffIdsOfUser(req, options)
    return doc?.id !== undefined && own.map(String).includes(String(doc.id))
  }

export const staffCollection = (options: SanitizedBookingOptions): CollectionConfig => ({
  slug: options.slugs.staff,
  access: {
    create: adminOnly(options),
    delete: adminOnly(options),
    read: activeOrAdmin(options),
    update: adminOnly(options),
  },
  admin: {
    defaultColumns: ['name', 'services', 'active'],
    group: labelByLanguage('groupBooking'),
    useAsTitle: 'name',
  },
  fields: [
    { name: 'name', type: 'text', label: label('name'), required: true },
    {
      name: 'email',
      type: 'email',
      access: { read: adminOrSelf(options) },
      label: label('email'),
    },
    {
      name: 'user',
      type: 'relationship',
      access: { read: adminOrSelf(options) },
      admin: { description: label('staffUserDescription') },
      index: true,
      label: label('user'),
      relationTo: options.userCollection,
      unique: true,
    },
    {
      name: 'services',
      type: 'relationship',
      admin: { description: label('staffServicesDescription') },
      hasMany: true,
      label: label('services'),
      relationTo: options.slugs.services,
    },
    {
      name: 'active',
      type: 'checkbox',
      admin: { position: 'sidebar' },
      defaultValue: true,
      index: true,
      label: label('active'),
    },
  ],
  labels: { plural: label('staffPlural'), singular: label('staffSingular') },
})
