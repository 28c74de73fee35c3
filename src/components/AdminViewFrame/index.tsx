import type { AdminViewServerProps } from 'payload'
import type React from 'react'

import { DefaultTemplate } from '@payloadcms/next/templates'
import { Gutter } from '@payloadcms/ui'
import { redirect } from 'next/navigation.js'

/**
 * A plugin view inside the admin's own frame (nav, header, gutter). Visitors are sent to the
 * login and come back to `path` afterwards; what a logged-in user may see is the endpoints' call.
 */
export const AdminViewFrame = ({
  children,
  initPageResult,
  params,
  path,
  searchParams,
}: Pick<AdminViewServerProps, 'initPageResult' | 'params' | 'searchParams'> & { children: React.ReactNode; path: string }) => {
  const { locale, permissions, req, visibleEntities } = initPageResult
  const adminRoute = req.payload.config.routes.admin
  if (!req.user) {
    redirect(`${adminRoute}/login?redirect=${encodeURIComponent(`${adminRoute}${path}`)}`)
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
      <Gutter>{children}</Gutter>
    </DefaultTemplate>
  )
}
