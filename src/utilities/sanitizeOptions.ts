import type { Config } from 'payload'

import type { BookingPluginOptions, SanitizedBookingOptions } from '../types.ts'

import { DEFAULT_HOLD_MINUTES, DEFAULT_MAX_RANGE_DAYS, defaultSlugs } from '../defaults.ts'
import { isValidTimeZone } from '../scheduling/time.ts'

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
  return {
    clock: options.clock ?? (() => new Date()),
    collectionOverrides: options.collectionOverrides ?? {},
    defaultLocale: options.defaultLocale ?? 'en',
    enabled: options.enabled ?? true,
    holdMinutes,
    isAdmin: options.isAdmin ?? (({ req }) => Boolean(req.user)),
    maxRangeDays: options.maxRangeDays ?? DEFAULT_MAX_RANGE_DAYS,
    slugs: { ...defaultSlugs, ...options.slugs },
    timezone,
    userCollection: options.userCollection ?? config.admin?.user ?? 'users',
  }
}
