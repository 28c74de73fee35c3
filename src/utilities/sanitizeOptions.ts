import type { Config } from 'payload'

import type { BookingPluginOptions, SanitizedBookingOptions } from '../types.ts'

import { DEFAULT_HOLD_MINUTES, DEFAULT_MAX_RANGE_DAYS, defaultSlugs } from '../defaults.ts'
import { isValidTimeZone } from '../scheduling/time.ts'

const sanitizeNotifications = (
  notifications: NonNullable<BookingPluginOptions['notifications']>,
): SanitizedBookingOptions['notifications'] => ({
  businessAddress: notifications.businessAddress ?? null,
  businessName: notifications.businessName ?? 'Booking',
  enabled: notifications.enabled ?? true,
  inbox: notifications.inbox ?? null,
  manageUrl: notifications.manageUrl ?? null,
  queue: notifications.queue ?? 'booking',
  reminderMinutesBefore: notifications.reminderMinutesBefore ?? 24 * 60,
  retry: { attempts: notifications.retry?.attempts ?? 8, delayMs: notifications.retry?.delayMs ?? 30_000 },
  staffMessages: notifications.staffMessages ?? true,
  templates: notifications.templates ?? {},
})

/** Fills every default once, so no code downstream reads `options?.x ?? default`. */
export const sanitizeOptions = (
  options: BookingPluginOptions,
  config: Pick<Config, 'admin'>,
): SanitizedBookingOptions => {
  const timezone = options.timezone ?? 'UTC'
  if (!isValidTimeZone(timezone)) {
    throw new Error(`payload-booking: "timezone" option is not an IANA timezone: ${timezone}`)
  }
  const holdMinutes = options.holdMinutes ?? DEFAULT_HOLD_MINUTES
  if (!(holdMinutes > 0)) {
    throw new Error(`payload-booking: "holdMinutes" must be a positive number, got ${holdMinutes}`)
  }
  const nonNegative = (value: null | number | undefined, name: string): null | number => {
    if (value === undefined || value === null) return null
    if (!(value >= 0)) throw new Error(`payload-booking: "${name}" must be a number of at least 0, got ${value}`)
    return value
  }
  return {
    checkIn: { noShowAfterMinutes: nonNegative(options.checkIn?.noShowAfterMinutes, 'checkIn.noShowAfterMinutes') },
    clock: options.clock ?? (() => new Date()),
    customers: { retentionDays: nonNegative(options.customers?.retentionDays, 'customers.retentionDays') },
    loyalty: { earn: options.loyalty?.earn ?? null },
    packages: {
      noShowForfeits: options.packages?.noShowForfeits ?? true,
      returnCreditUntilMinutes:
        nonNegative(options.packages?.returnCreditUntilMinutes, 'packages.returnCreditUntilMinutes') ?? 24 * 60,
    },
    collectionOverrides: options.collectionOverrides ?? {},
    defaultLocale: options.defaultLocale ?? 'en',
    enabled: options.enabled ?? true,
    holdMinutes,
    isAdmin: options.isAdmin ?? (({ req }) => Boolean(req.user)),
    maxRangeDays: options.maxRangeDays ?? DEFAULT_MAX_RANGE_DAYS,
    notifications: sanitizeNotifications(options.notifications ?? {}),
    payments: {
      currency: (options.payments?.currency ?? 'EUR').toUpperCase(),
      provider: options.payments?.provider ?? null,
      receipt: { details: options.payments?.receipt?.details ?? [], tax: options.payments?.receipt?.tax ?? null },
    },
    requestExpiryDays: options.requestExpiryDays ?? 14,
    slugs: { ...defaultSlugs, ...options.slugs },
    timezone,
    userCollection: options.userCollection ?? config.admin?.user ?? 'users',
  }
}
