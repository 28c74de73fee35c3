import type { AdminViewServerProps } from 'payload'

import { REQUEST_QUEUE_PATH } from '../adminConfig.ts'
import { AdminViewFrame } from '../AdminViewFrame/index.tsx'
import { RequestQueue } from './RequestQueue.client.tsx'

/**
 * `/admin/booking-requests-queue`: the approval queue inside the admin's own frame. What a user
 * sees is decided by the queue endpoint.
 */
export const RequestQueueView = ({
  bookingsSlug,
  requestsSlug,
  ...view
}: AdminViewServerProps & { bookingsSlug: string; requestsSlug: string }) => (
  <AdminViewFrame {...view} path={REQUEST_QUEUE_PATH}>
    <RequestQueue
      adminRoute={view.initPageResult.req.payload.config.routes.admin}
      bookingsSlug={bookingsSlug}
      requestsSlug={requestsSlug}
    />
  </AdminViewFrame>
)
