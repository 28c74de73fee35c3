import type { CollectionAfterChangeHook, PayloadRequest } from 'payload'

import type { PackagesTranslations } from '../translations/packages/en.ts'
import type { SanitizedBookingOptions } from '../types.ts'
import type { BookingCheckArgs } from './bookingCheckArgs.ts'

import { lockInTransaction } from '../database/capacityLock.ts'
import { creditsTaken, takesCredit } from '../operations/packages/credits.ts'
import { settleCredit } from '../operations/packages/settleCredit.ts'
import { localDateOf } from '../scheduling/time.ts'
import { conflictError, fieldError } from '../utilities/errors.ts'
import { relationId, toInstant } from '../utilities/relationId.ts'

type Doc = Record<string, unknown>

/** States in which a booking stands (and so draws a credit); cancelled and no-show settle it. */
const STANDING = new Set(['completed', 'confirmed', 'held'])

/** A server message of the packages feature in the request's language. */
export const packageText = (req: PayloadRequest, key: keyof PackagesTranslations, vars?: Record<string, unknown>) =>
  (req.t as unknown as (key: string, vars?: Record<string, unknown>) => string)(`plugin-booking:${key}`, vars)

const same = (a: unknown, b: unknown) => String(a) === String(b)

/**
 * The package step of the bookings' before-change chain (after capacity and customer linking, in
 * the write's transaction). A booking with `customerPackage` draws one credit of it:
 *
 * - one seat only (a package is for one person): more is a 400 naming `seats`;
 * - the package must belong to the booking's customer record, be active, not expire before the
 *   booking starts and include its service (400s naming `customerPackage`); a hold, which has no
 *   customer record yet, is checked for the owner when it is confirmed;
 * - a credit must be left, counted under the package's lock, so that parallel bookings can never
 *   take more than the package has (409 `no-credits`).
 *
 * The credit's fate is recorded in `packageCredit` (`used`, then `returned` or `forfeited` when
 * the booking is cancelled or marked no-show, see `settleCredit`); credits left are always counted
 * from the bookings, never kept as a counter. Removing the package from a booking gives its credit
 * back; moving a booking to another package draws from the new one.
 */
export const checkPackageCredit = async (args: BookingCheckArgs): Promise<void> => {
  const { data, operation, options, originalDoc, req, service } = args
  const slug = options.slugs.bookings
  const merged: Doc = { ...originalDoc, ...data }
  const now = options.clock().getTime()
  const packageId = relationId(merged.customerPackage)
  const before = operation === 'update' ? originalDoc : undefined
  const sameLink = before !== undefined && same(packageId, relationId(before.customerPackage))

  if (packageId === null) {
    data.packageCredit = null
    return
  }
  const status = String(merged.status ?? 'confirmed')
  if (!STANDING.has(status)) {
    if (!sameLink) {
      throw fieldError(slug, 'customerPackage', packageText(req, 'packages_errorNotBookable'))
    }
    const credit = before.packageCredit ?? null
    data.packageCredit = credit === 'used' ? settleCredit({ after: merged, before, now, policy: options.packages }) : credit
    return
  }

  data.packageCredit = 'used'
  // Already holding a credit of this package (used, or forfeited and now standing again): no new draw.
  const drawn = sameLink && takesCredit(before, now)
  const changed = (field: string, compare = same) => !drawn || !compare(merged[field], before[field])
  const checks = {
    expiry: changed('start', (a, b) => toInstant(a) === toInstant(b)),
    owner:
      changed('customerRecord', (a, b) => same(relationId(a), relationId(b)) || relationId(a) === null) ||
      (before?.status === 'held' && status !== 'held'),
    seats: changed('seats', (a, b) => Number(a ?? 1) === Number(b ?? 1)),
    service: changed('service', (a, b) => same(relationId(a), relationId(b))),
  }
  if (!Object.values(checks).some(Boolean)) {
    return
  }
  if (checks.seats && Number(merged.seats ?? 1) !== 1) {
    throw fieldError(slug, 'seats', packageText(req, 'packages_errorSeats'))
  }
  if (!drawn) {
    await lockInTransaction(req, 'package', packageId)
  }
  const owned = await loadCustomerPackage(req, options, packageId)
  if (!owned) {
    throw fieldError(slug, 'customerPackage', packageText(req, 'packages_errorMissing', { id: packageId }))
  }
  if (checks.owner) {
    const record = relationId(merged.customerRecord)
    if (record === null ? status !== 'held' && !drawn : !same(record, relationId(owned.customer))) {
      const key = record === null ? 'packages_errorNoCustomer' : 'packages_errorOtherCustomer'
      throw fieldError(slug, 'customerPackage', packageText(req, key))
    }
  }
  if (!drawn && owned.status === 'cancelled') {
    throw fieldError(slug, 'customerPackage', packageText(req, 'packages_errorInactive'))
  }
  const expiresAt = toInstant(owned.expiresAt)
  if (checks.expiry && !Number.isNaN(expiresAt) && toInstant(merged.start) >= expiresAt) {
    const date = localDateOf(expiresAt, options.timezone)
    throw fieldError(slug, 'customerPackage', packageText(req, 'packages_errorExpired', { date }))
  }
  if (checks.service) {
    const offer = owned.package as Doc | null
    const services = ((offer?.services as unknown[] | undefined) ?? []).map(relationId)
    if (!services.some((id) => same(id, service.id))) {
      throw fieldError(slug, 'customerPackage', packageText(req, 'packages_errorService'))
    }
  }
  if (!drawn) {
    const sessions = Number(owned.sessions ?? 0)
    const taken = await creditsTaken(req, options, packageId, before?.id as number | string | undefined)
    if (taken >= sessions) {
      throw conflictError(packageText(req, 'packages_errorNoCredits', { sessions }), {
        field: 'customerPackage',
        reason: 'no-credits',
        remaining: sessions - taken,
      })
    }
  }
}

/** The customer package with its package (for the services), read inside the transaction. */
const loadCustomerPackage = (req: PayloadRequest, options: SanitizedBookingOptions, id: number | string) =>
  req.payload
    .findByID({
      id,
      collection: options.slugs.customerPackages,
      depth: 1,
      disableErrors: true,
      overrideAccess: true,
      populate: { [options.slugs.packages]: { services: true } },
      req,
      select: { customer: true, expiresAt: true, package: true, sessions: true, status: true },
    } as never)
    .catch(() => null) as Promise<Doc | null>

/**
 * Nothing to do after the write: the credit's fate is recorded by `checkPackageCredit` in the same
 * write (and transaction) as the booking's change, and credits left are counted, not stored, so
 * there is no second document to keep in step.
 */
export const packageAfterChange =
  (_options: SanitizedBookingOptions): CollectionAfterChangeHook =>
  ({ doc }) =>
    doc
