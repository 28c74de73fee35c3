import type { PayloadRequest } from 'payload'

import type { SanitizedBookingOptions } from '../types.ts'

import { relationId } from '../utilities/relationId.ts'
import { notFound } from './bookingError.ts'
import { loadActiveService } from './loadSchedulingData.ts'
import { asBody, parseCustomer, parseId, parseInstant, parseNotes } from './parseInput.ts'

/** A visitor asks for an appointment ("on request only" services, or "propose a time"). */
export const createRequest = async (req: PayloadRequest, options: SanitizedBookingOptions, input: unknown) => {
  const body = asBody(input)
  const serviceId = parseId(body.service, 'service', true)
  const staffId = parseId(body.staff, 'staff')
  const customer = parseCustomer(body.customer, 'emailOrPhone')
  const preferredStart =
    body.preferredStart === undefined || body.preferredStart === null || body.preferredStart === ''
      ? undefined
      : parseInstant(body.preferredStart, 'preferredStart')
  const message = parseNotes(body.message, 'message')

  const service = await loadActiveService(req, options, serviceId)
  if (staffId !== null) {
    const staff = await req.payload
      .findByID({ id: staffId, collection: options.slugs.staff, depth: 0, disableErrors: true, overrideAccess: true, req })
      .catch(() => null)
    const performs = ((staff?.services as unknown[]) ?? []).map((s) => String(relationId(s)))
    if (!staff || !staff.active || !performs.includes(String(service.id))) {
      throw notFound('staff', `No active staff member ${String(staffId)} performs this service`)
    }
  }
  const doc = await req.payload.create({
    collection: options.slugs.requests,
    data: {
      customer,
      message,
      preferredStart: preferredStart === undefined ? undefined : new Date(preferredStart).toISOString(),
      service: service.id,
      staff: staffId ?? undefined,
      status: 'new',
    },
    depth: 0,
    overrideAccess: true,
    req,
  })
  return { id: doc.id, reference: (doc as { reference?: string }).reference, status: 'new' as const }
}
