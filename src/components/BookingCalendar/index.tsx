import type { AdminViewServerProps } from 'payload'

import { DefaultTemplate } from '@payloadcms/next/templates'
import { Gutter } from '@payloadcms/ui'
import { redirect } from 'next/navigation.js'

import { CALENDAR_PATH } from '../adminConfig.ts'
import { CalendarView } from './CalendarView.client.tsx'

/**
 * `/admin/booking-calendar`: the bookings calendar inside the admin's own frame (nav, header).
 * Visitors are sent to the login; what a user sees (all columns or their own) is decided by the
 * calendar endpoint.
 */
export const BookingCalendarView = ({
  initPageResult,
  params,
  searchParams,
  slugs,
  timezone,
}: AdminViewServerProps & { slugs: { bookings: string; requests: string }; timezone: string }) => {
  const { locale, permissions, req, visibleEntities } = initPageResult
  const adminRoute = req.payload.config.routes.admin
  if (!req.user) {
    redirect(`${adminRoute}/login?redirect=${encodeURIComponent(`${adminRoute}${CALENDAR_PATH}`)}`)
  }
  return (
    <DefaultTemplate
      i18n={req.i18n}
      locale={locale}
      params={params}
      payload={req.payload}
      permissions={permissions}
      req={req}
      searchParams={searchParams}
      user={req.user ?? undefined}
      visibleEntities={{ collections: visibleEntities?.collections, globals: visibleEntities?.globals }}
    >
      <Gutter>
        <CalendarView slugs={slugs} timezone={timezone} />
      </Gutter>
    </DefaultTemplate>
  )
}
