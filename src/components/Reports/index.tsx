import type { AdminViewServerProps } from 'payload'

import { REPORTS_PATH } from '../adminConfig.ts'
import { AdminViewFrame } from '../AdminViewFrame/index.tsx'
import { ReportsDashboard } from './ReportsDashboard.client.tsx'

/**
 * `/admin/booking-reports`: the reports dashboard inside the admin's own frame. Whose numbers a
 * user gets (everyone's, or their own) is decided by the reports endpoint.
 */
export const ReportsView = ({ timezone, ...view }: AdminViewServerProps & { slugs: Record<string, string>; timezone: string }) => (
  <AdminViewFrame {...view} path={REPORTS_PATH}>
    <ReportsDashboard timezone={timezone} />
  </AdminViewFrame>
)
