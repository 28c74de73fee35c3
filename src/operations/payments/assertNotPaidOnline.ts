import type { PayloadRequest } from 'payload'

import type { SanitizedBookingOptions } from '../../types.ts'

import { conflict } from '../bookingError.ts'

/**
 * A service paid online (`payment: required | deposit`, on a site with a payment provider) is
 * confirmed only by its payment: the plain public booking path refuses it with a 409 pointing to
 * `POST /api/booking/payments`. Without a provider the setting is ignored (nothing is charged).
 */
export const assertNotPaidOnline = async (
  req: PayloadRequest,
  options: SanitizedBookingOptions,
  serviceId: number | string,
): Promise<void> => {
  if (!options.payments.provider) {
    return
  }
  const service = await req.payload.findByID({
    id: serviceId,
    collection: options.slugs.services,
    depth: 0,
    disableErrors: true,
    overrideAccess: true,
    req,
    select: { payment: true },
  })
  const mode = (service as { payment?: string } | null)?.payment ?? 'none'
  if (mode === 'required' || mode === 'deposit') {
    throw conflict(
      'This service is paid online: take a hold, then pay with POST /api/booking/payments { holdToken, customer }',
      { reason: 'payment-required' },
      'service',
    )
  }
}
