import type { CollectionBeforeChangeHook, FieldHook } from 'payload'

import type { SanitizedBookingOptions } from '../../types.ts'

import { lockInTransaction } from '../../database/capacityLock.ts'
import { packageText } from '../../hooks/packageHooks.ts'
import { addDays, localDateOf, startOfLocalDay } from '../../scheduling/time.ts'
import { fieldError } from '../../utilities/errors.ts'
import { relationId, toInstant } from '../../utilities/relationId.ts'
import { creditsTaken } from './credits.ts'

const blank = (value: unknown) => value === undefined || value === null || value === ''

/**
 * The end of the validity period: the end of its last day in the business's zone, the purchase day
 * counting as the first (bought on 23 March for 30 days: valid through 21 April, until 22 April 00:00).
 */
export const expiryOf = (purchasedAt: number, validityDays: number, timezone: string): number =>
  startOfLocalDay(addDays(localDateOf(purchasedAt, timezone), validityDays), timezone)

/**
 * Completes a sale at the desk: `purchasedAt` (now), `sessions` (the package's count, a snapshot
 * so later changes to the package don't change what was sold) and `expiresAt` (from the package's
 * `validityDays`) when left empty, and a title. Lowering `sessions` below the credits already
 * taken is a 400 naming `sessions`, decided under the package's lock.
 */
export const customerPackageBeforeChange =
  (options: SanitizedBookingOptions): CollectionBeforeChangeHook =>
  async ({ data, operation, originalDoc, req }) => {
    if (!options.enabled) {
      return data
    }
    const merged = { ...originalDoc, ...data }
    const offerId = relationId(merged.package)
    if (offerId === null) {
      return data // "package is required" comes from the field's validation
    }
    const offer = await req.payload
      .findByID({
        id: offerId,
        collection: options.slugs.packages,
        depth: 0,
        disableErrors: true,
        locale: req.locale ?? undefined,
        overrideAccess: true,
        req,
      } as never)
      .catch(() => null)
    if (!offer) {
      throw fieldError(options.slugs.customerPackages, 'package', packageText(req, 'packages_errorMissing', { id: offerId }))
    }
    const now = options.clock().getTime()
    if (blank(merged.purchasedAt)) data.purchasedAt = new Date(now).toISOString()
    const purchasedAt = toInstant(data.purchasedAt ?? merged.purchasedAt)
    if (blank(merged.sessions)) data.sessions = offer.sessions
    if (blank(merged.expiresAt)) {
      data.expiresAt = new Date(expiryOf(purchasedAt, Number(offer.validityDays), options.timezone)).toISOString()
    }
    data.title = `${String(offer.name ?? '')} · ${localDateOf(purchasedAt, options.timezone)}`

    if (operation === 'update' && originalDoc?.id !== undefined && Number(data.sessions ?? merged.sessions) < Number(originalDoc.sessions)) {
      await lockInTransaction(req, 'package', originalDoc.id as number | string)
      const taken = await creditsTaken(req, options, originalDoc.id as number | string)
      if (Number(data.sessions ?? merged.sessions) < taken) {
        throw fieldError(
          options.slugs.customerPackages,
          'sessions',
          packageText(req, 'packages_errorSessionsTaken', { taken }),
        )
      }
    }
    return data
  }

/** `remaining`: sessions minus the credits taken, counted from the bookings on every read (one count). */
export const remainingAfterRead =
  (options: SanitizedBookingOptions): FieldHook =>
  async ({ data, req }) => {
    if (!data?.id || blank(data.sessions)) {
      return undefined
    }
    return Number(data.sessions) - (await creditsTaken(req, options, data.id as number | string))
  }
