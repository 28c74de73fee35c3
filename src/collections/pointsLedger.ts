import type { CollectionBeforeChangeHook, CollectionBeforeDeleteHook, CollectionConfig, PayloadRequest } from 'payload'

import { APIError } from 'payload'

import type { SanitizedBookingOptions } from '../types.ts'

import { adminOnly } from '../access/bookingAccess.ts'
import { lockInTransaction } from '../database/capacityLock.ts'
import { LEDGER_WRITE_CONTEXT_KEY, ledgerKinds, pointsBalance } from '../operations/loyalty/ledger.ts'
import { conflictError, fieldError } from '../utilities/errors.ts'
import { label, labelByLanguage } from '../utilities/label.ts'
import { relationId } from '../utilities/relationId.ts'
import { hiddenText } from './customerFields.ts'

type Translate = (key: string, vars?: Record<string, unknown>) => string
const tr = (req: PayloadRequest, key: string, vars?: Record<string, unknown>) =>
  typeof req.t === 'function' ? (req.t as unknown as Translate)(`plugin-booking:${key}`, vars) : key

const readOnly = (req: PayloadRequest) => new APIError(tr(req, 'loyalty_error_ledgerReadOnly'), 403, { reason: 'ledger-append-only' }, true)

/**
 * Entries are appended, never changed: the plugin writes `earn`, `redeem` and `return` entries
 * (with its context flag); anything else, an admin in the admin panel included, may only add an
 * `adjust` entry with a note, and not one that takes the balance below 0 (checked under the
 * customer's points lock, like a redemption).
 */
const appendOnly =
  (options: SanitizedBookingOptions): CollectionBeforeChangeHook =>
  async ({ context, data, operation, req }) => {
    if (operation !== 'create') {
      throw readOnly(req)
    }
    const slug = options.slugs.points
    const points = Number(data.points)
    if (!Number.isInteger(points) || points === 0) {
      throw fieldError(slug, 'points', tr(req, 'loyalty_error_pointsInteger'))
    }
    if (req.user && !data.createdBy) {
      data.createdBy = req.user.id
    }
    if (context[LEDGER_WRITE_CONTEXT_KEY]) {
      return data
    }
    if (data.kind !== 'adjust') {
      throw fieldError(slug, 'kind', tr(req, 'loyalty_error_manualKind'))
    }
    if (typeof data.note !== 'string' || data.note.trim() === '') {
      throw fieldError(slug, 'note', tr(req, 'loyalty_error_noteRequired'))
    }
    data.entryKey = null
    data.booking = null
    data.reward = null
    const customer = relationId(data.customer)
    if (customer !== null && points < 0) {
      await lockInTransaction(req, 'points', customer)
      const balance = await pointsBalance(req, options, customer)
      if (balance + points < 0) {
        throw conflictError(tr(req, 'loyalty_error_belowZero', { balance }), { balance, field: 'points', reason: 'below-zero' })
      }
    }
    return data
  }

const neverDelete: CollectionBeforeDeleteHook = ({ req }) => {
  throw readOnly(req)
}

/**
 * The loyalty points ledger: one entry per earning, redemption, return or adjustment. The balance
 * is the sum of a customer's entries, never a stored number. Admins read it and may add
 * adjustments; nobody updates or deletes an entry (also not through the Local API).
 */
export const pointsLedgerCollection = (options: SanitizedBookingOptions): CollectionConfig => ({
  slug: options.slugs.points,
  access: {
    create: adminOnly(options),
    delete: () => false,
    read: adminOnly(options),
    update: () => false,
  },
  admin: {
    defaultColumns: ['createdAt', 'customer', 'kind', 'points', 'booking', 'note'],
    description: labelByLanguage('loyalty_ledgerDescription'),
    group: labelByLanguage('groupBooking'),
  },
  defaultSort: '-createdAt',
  fields: [
    {
      type: 'row',
      fields: [
        {
          name: 'customer',
          type: 'relationship',
          index: true,
          label: label('customerRecord'),
          relationTo: options.slugs.customers,
          required: true,
        },
        {
          name: 'kind',
          type: 'select',
          defaultValue: 'adjust',
          index: true,
          label: label('loyalty_kind'),
          options: ledgerKinds.map((value) => ({ label: label(`loyalty_kind_${value}`), value })),
          required: true,
        },
        {
          name: 'points',
          type: 'number',
          admin: { description: label('loyalty_pointsDescription') },
          label: label('loyalty_points'),
          required: true,
        },
      ],
    },
    { name: 'note', type: 'textarea', label: label('loyalty_note'), maxLength: 1000 },
    {
      type: 'row',
      fields: [
        {
          name: 'booking',
          type: 'relationship',
          admin: { readOnly: true },
          index: true,
          label: label('booking'),
          relationTo: options.slugs.bookings,
        },
        {
          name: 'reward',
          type: 'relationship',
          admin: { readOnly: true },
          label: label('reward'),
          relationTo: options.slugs.rewards,
        },
      ],
    },
    {
      name: 'createdBy',
      type: 'relationship',
      admin: { position: 'sidebar', readOnly: true },
      label: label('loyalty_createdBy'),
      relationTo: options.userCollection,
    },
    // One entry per booking, kind and round (e.g. `earn:52:0`): a second write of it fails.
    hiddenText('entryKey', { unique: true }),
  ],
  hooks: { beforeChange: [appendOnly(options)], beforeDelete: [neverDelete] },
  labels: { plural: label('loyalty_pointsPlural'), singular: label('loyalty_pointsSingular') },
  timestamps: true,
})
