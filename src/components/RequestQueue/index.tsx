import type { AdminViewServerProps } from 'payload'

import { DefaultTemplate } from '@payloadcms/next/templates'
import { Gutter } from '@payloadcms/ui'
import { redirect } from 'next/navigation.js'

import { RequestQueue } from './RequestQueue.client.tsx'

/**
 * `/admin/booking-requests-queue`: the approval queue inside the admin's own frame (nav, header).
 * Visitors are sent to the login; what a user sees is decided by the queue endpoint.
 */
export const RequestQueueView = ({
  bookingsSlug,
  initPageResult,
  params,
  requestsSlug,
  searchParams,
}: AdminViewServerProps & { bookingsSlug: string; requestsSlug: string }) => {
  const { locale, permissions, req, visibleEntities } = initPageResult
  const adminRoute = req.payload.config.routes.admin
  if (!req.user) {
    redirect(`${adminRoute}/login?redirect=${encodeURIComponent(`${adminRoute}/booking-requests-queue`)}`)
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
        <RequestQueue adminRoute={adminRoute} bookingsSlug={bookingsSlug} requestsSlug={requestsSlug} />
      </Gutter>
    </DefaultTemplate>
  )
}
