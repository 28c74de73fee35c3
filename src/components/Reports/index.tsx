import type { AdminViewServerProps } from 'payload'

import { REPORTS_PATH } from '../adminConfig.ts'
import { AdminViewFrame } from '../AdminViewFrame/index.tsx'

/** Placeholder (issue #6). */
export const ReportsView = (view: AdminViewServerProps) => (
  <AdminViewFrame {...view} path={REPORTS_PATH}>
    <h1>{view.initPageResult.req.i18n.t('plugin-booking:reports_title' as never)}</h1>
  </AdminViewFrame>
)
