import type { Endpoint } from 'payload'

import type { SanitizedBookingOptions } from '../types.ts'

import { cancelBooking } from '../operations/cancelBooking.ts'
import { createBooking } from '../operations/createBooking.ts'
import { createHold } from '../operations/createHold.ts'
import { createRequest } from '../operations/createRequest.ts'
import { findByReference } from '../operations/findByReference.ts'
import { getAvailability } from '../operations/getAvailability.ts'
import { parseIdempotencyKey } from '../operations/idempotency.ts'
import { parseId } from '../operations/parseInput.ts'
import { toPublicBooking } from '../operations/publicBooking.ts'
import { docId } from '../utilities/relationId.ts'
import { calendarEndpoints } from './calendar.ts'
import { endpointHandler, ok, readJson } from './respond.ts'

const param = (req: { searchParams: URLSearchParams }, name: string) => req.searchParams.get(name) ?? undefined

/** The public booking API, under `/api/booking/*`. */
export const bookingEndpoints = (options: SanitizedBookingOptions): Endpoint[] => [
  {
    handler: endpointHandler(async (req) => {
      const { slots, timezone, data } = await getAvailability(req, options, {
        from: param(req, 'from') ?? '',
        serviceId: parseId(param(req, 'service'), 'service', true),
        staffId: parseId(param(req, 'staff'), 'staff'),
        to: param(req, 'to') ?? '',
        tz: param(req, 'tz'),
      })
      return ok({
        service: data.service.id,
        slots: slots.map((slot) => ({
          end: new Date(slot.end).toISOString(),
          seatsLeft: slot.seatsLeft,
          staff: docId(slot.staffId),
          start: new Date(slot.start).toISOString(),
        })),
        timezone,
      })
    }),
    method: 'get',
    path: '/booking/availability',
  },
  {
    handler: endpointHandler(async (req) => ok(await createHold(req, options, await readJson(req)), 201)),
    method: 'post',
    path: '/booking/holds',
  },
  {
    handler: endpointHandler(async (req) => {
      const key = parseIdempotencyKey(req.headers.get('idempotency-key'))
      const result = await createBooking(req, options, await readJson(req), key)
      return ok({ booking: result.booking, cancelToken: result.cancelToken }, result.replayed ? 200 : 201)
    }),
    method: 'post',
    path: '/booking/bookings',
  },
  {
    handler: endpointHandler(async (req) =>
      ok({ request: await createRequest(req, options, await readJson(req)) }, 201),
    ),
    method: 'post',
    path: '/booking/requests',
  },
  {
    handler: endpointHandler(async (req) => ok({ booking: await cancelBooking(req, options, await readJson(req)) })),
    method: 'post',
    path: '/booking/cancel',
  },
  {
    handler: endpointHandler(async (req) => {
      const doc = await findByReference(req, options, param(req, 'reference'), param(req, 'token'))
      return ok({ booking: toPublicBooking(doc, true) })
    }),
    method: 'get',
    path: '/booking/lookup',
  },
  ...calendarEndpoints(options),
]
