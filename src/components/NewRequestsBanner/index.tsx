import type { I18nClient } from '@payloadcms/translations'
import type { Payload } from 'payload'

import { PLUGIN_NAMESPACE } from '../../defaults.ts'
import { REQUEST_QUEUE_PATH } from '../adminConfig.ts'
import { warningNoteStyle } from '../noteStyle.ts'

type Translate = (key: string, vars?: Record<string, unknown>) => string

/**
 * Above the requests list: how many requests nobody has answered yet (status "new").
 * A server component: one count query, no client JavaScript.
 */
export const NewRequestsBanner = async ({
  i18n,
  payload,
  requestsSlug,
}: {
  i18n: I18nClient
  payload: Payload
  requestsSlug: string
}) => {
  const { totalDocs } = await payload.count({
    collection: requestsSlug,
    overrideAccess: true,
    where: { status: { equals: 'new' } },
  })
  if (totalDocs === 0) {
    return null
  }
  const t = i18n.t as unknown as Translate
  return (
    <div
      role="status"
      style={warningNoteStyle}
    >
      <span aria-hidden="true">✋ </span>
      {t(`${PLUGIN_NAMESPACE}:newRequests`, { count: totalDocs })}{' '}
      <a href={`${payload.config.routes.admin}${REQUEST_QUEUE_PATH}`} style={{ color: 'inherit', fontWeight: 600 }}>
        {t(`${PLUGIN_NAMESPACE}:queue_title`)} →
      </a>
    </div>
  )
}
