'use client'

import { Link, NavGroup, useConfig, useTranslation } from '@payloadcms/ui'
import { usePathname } from 'next/navigation.js'

import { PLUGIN_NAMESPACE } from '../../defaults.ts'
import { useNewRequestCount } from './useNewRequestCount.ts'

type Translate = (key: string, vars?: Record<string, unknown>) => string

export interface BookingNavLink {
  /** Show the count of new requests next to this link. */
  badge?: boolean
  /** A key of the plugin's translations. */
  label: string
  /** Path under the admin route, e.g. `/booking-calendar`. */
  path: string
}

/**
 * The plugin's own admin views in the nav, styled like Payload's collection links, with a live
 * badge counting the requests nobody has answered yet (re-counted every 30 s, when the tab comes
 * back into view, and at once after an action in the queue).
 */
export const BookingNavLinks = ({ links, requestsSlug }: { links: BookingNavLink[]; requestsSlug: string }) => {
  const { config } = useConfig()
  const { t } = useTranslation()
  const translate = t as unknown as Translate
  const pathname = usePathname()
  const count = useNewRequestCount(`/${requestsSlug}`, links.some((link) => link.badge))
  const label = (key: string) => translate(`${PLUGIN_NAMESPACE}:${key}`)
  return (
    <NavGroup label={label('queue_navGroup')}>
      {links.map((link) => {
        const href = `${config.routes.admin}${link.path}`
        const active = pathname === href || pathname.startsWith(`${href}/`)
        const content = (
          <>
            {active ? <div className="nav__link-indicator" /> : null}
            <span className="nav__link-label">{label(link.label)}</span>
            {link.badge && count > 0 ? (
              <span
                aria-label={translate(`${PLUGIN_NAMESPACE}:queue_navBadge`, { count })}
                className="booking-nav__badge"
                role="status"
                style={{
                  background: 'var(--theme-warning-500)',
                  borderRadius: 999,
                  color: 'var(--theme-bg)',
                  fontSize: 12,
                  fontWeight: 600,
                  lineHeight: '18px',
                  marginLeft: 8,
                  minWidth: 18,
                  padding: '0 6px',
                  textAlign: 'center',
                }}
              >
                {count}
              </span>
            ) : null}
          </>
        )
        return active ? (
          <div className="nav__link" id={`nav-booking${link.path.replaceAll('/', '-')}`} key={link.path}>
            {content}
          </div>
        ) : (
          <Link className="nav__link" href={href} id={`nav-booking${link.path.replaceAll('/', '-')}`} key={link.path} prefetch={false}>
            {content}
          </Link>
        )
      })}
    </NavGroup>
  )
}
