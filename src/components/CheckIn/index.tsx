import type { AdminViewServerProps } from 'payload'

import { CHECK_IN_PATH } from '../adminConfig.ts'
import { AdminViewFrame } from '../AdminViewFrame/index.tsx'
import { CheckInDesk } from './CheckInDesk.client.tsx'

/**
 * `/admin/booking-check-in`: the front desk inside the admin's own frame. What a user may find
 * and check in (everything, or their own bookings) is decided by the check-in endpoints.
 */
export const CheckInView = ({
  slugs,
  timezone,
  ...view
}: AdminViewServerProps & { slugs: { bookings: string }; timezone: string }) => (
  <AdminViewFrame {...view} path={CHECK_IN_PATH}>
    <CheckInDesk
      adminRoute={view.initPageResult.req.payload.config.routes.admin}
      bookingsSlug={slugs.bookings}
      timezone={timezone}
    />
  </AdminViewFrame>
)
