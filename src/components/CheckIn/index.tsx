import type { AdminViewServerProps } from 'payload'

import { CHECK_IN_PATH } from '../adminConfig.ts'
import { AdminViewFrame } from '../AdminViewFrame/index.tsx'

/** Placeholder (issue #6). */
export const CheckInView = (view: AdminViewServerProps) => (
  <AdminViewFrame {...view} path={CHECK_IN_PATH}>
    <h1>{view.initPageResult.req.i18n.t('plugin-booking:checkin_title' as never)}</h1>
  </AdminViewFrame>
)
