import type { AdminViewServerProps } from 'payload'

import { CALENDAR_PATH } from '../adminConfig.ts'
import { AdminViewFrame } from '../AdminViewFrame/index.tsx'
import { CalendarView } from './CalendarView.client.tsx'

/**
 * `/admin/booking-calendar`: the bookings calendar inside the admin's own frame. What a user sees
 * (all columns or their own) is decided by the calendar endpoint.
 */
export const BookingCalendarView = ({
  slugs,
  timezone,
  ...view
}: AdminViewServerProps & { slugs: { bookings: string; requests: string }; timezone: string }) => (
  <AdminViewFrame {...view} path={CALENDAR_PATH}>
    <CalendarView slugs={slugs} timezone={timezone} />
  </AdminViewFrame>
)
