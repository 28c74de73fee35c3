import type { AdminViewConfig, Config, CustomComponent } from 'payload'

import type { SanitizedBookingOptions } from '../types.ts'

/**
 * The admin views and nav entries the plugin adds (only while it is enabled): one entry per
 * view, each a server component addressed by its export path.
 */
export const bookingAdminViews = (_options: SanitizedBookingOptions): Record<string, AdminViewConfig> => ({})

/** Nav entries after the collections' links. */
export const bookingNavLinks = (_options: SanitizedBookingOptions): CustomComponent[] => []

/** The host's admin config with ours added; the host's own views and links stay. */
export const withBookingAdmin = (admin: Config['admin'], options: SanitizedBookingOptions): Config['admin'] => ({
  ...admin,
  components: {
    ...admin?.components,
    afterNavLinks: [...(admin?.components?.afterNavLinks ?? []), ...bookingNavLinks(options)],
    views: { ...admin?.components?.views, ...bookingAdminViews(options) },
  },
})
