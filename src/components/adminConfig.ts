import type { AdminViewConfig, Config, CustomComponent } from 'payload'

import type { SanitizedBookingOptions } from '../types.ts'
import type { BookingNavLink } from './BookingNavLinks/index.client.tsx'

export const REQUEST_QUEUE_PATH = '/booking-requests-queue'
export const CALENDAR_PATH = '/booking-calendar'
export const CHECK_IN_PATH = '/booking-check-in'
export const REPORTS_PATH = '/booking-reports'

/**
 * The admin views the plugin adds (only while it is enabled): one entry per view, each a server
 * component addressed by its export path.
 */
export const bookingAdminViews = (options: SanitizedBookingOptions): Record<string, AdminViewConfig> => ({
  bookingRequestQueue: {
    Component: {
      path: 'payload-booking/rsc#RequestQueueView',
      serverProps: { bookingsSlug: options.slugs.bookings, requestsSlug: options.slugs.requests },
    },
    exact: true,
    path: REQUEST_QUEUE_PATH,
  },
  bookingCalendar: {
    Component: {
      path: 'payload-booking/rsc#BookingCalendarView',
      serverProps: { slugs: { bookings: options.slugs.bookings, requests: options.slugs.requests }, timezone: options.timezone },
    },
    exact: true,
    path: CALENDAR_PATH,
  },
  bookingCheckIn: {
    Component: { path: 'payload-booking/rsc#CheckInView', serverProps: { slugs: options.slugs, timezone: options.timezone } },
    exact: true,
    path: CHECK_IN_PATH,
  },
  bookingReports: {
    Component: { path: 'payload-booking/rsc#ReportsView', serverProps: { slugs: options.slugs, timezone: options.timezone } },
    exact: true,
    path: REPORTS_PATH,
  },
})

/** The links of the nav group that leads to those views, in order. */
const navLinks = (): BookingNavLink[] => [
  { label: 'calendar_title', path: CALENDAR_PATH },
  { label: 'checkin_title', path: CHECK_IN_PATH },
  { badge: true, label: 'queue_title', path: REQUEST_QUEUE_PATH },
  { label: 'reports_title', path: REPORTS_PATH },
]

/** Nav entries after the collections' links: one group holding the plugin's views. */
export const bookingNavLinks = (options: SanitizedBookingOptions): CustomComponent[] => [
  {
    clientProps: { links: navLinks(), requestsSlug: options.slugs.requests },
    path: 'payload-booking/client#BookingNavLinks',
  },
]

/** The host's admin config with ours added; the host's own views and links stay. */
export const withBookingAdmin = (admin: Config['admin'], options: SanitizedBookingOptions): Config['admin'] => ({
  ...admin,
  components: {
    ...admin?.components,
    afterNavLinks: [...(admin?.components?.afterNavLinks ?? []), ...bookingNavLinks(options)],
    views: { ...admin?.components?.views, ...bookingAdminViews(options) },
  },
})
