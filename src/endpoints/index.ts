import type { Endpoint } from 'payload'

import type { SanitizedBookingOptions } from '../types.ts'

import type { DisclosureMode } from '../scheduling/suggest.ts'

import { badRequest } from '../operations/bookingError.ts'
import { cancelBooking } from '../operations/cancelBooking.ts'
import { createBooking } from '../operations/createBooking.ts'
import { createHold } from '../operations/createHold.ts'
import { createRequest } from '../operations/createRequest.ts'
import { findByReference } from '../operations/findByReference.ts'
import { getAvailability } from '../operations/getAvailability.ts'
import { parseIdempotencyKey } from '../operations/idempotency.ts'
import { parseId } from '../operations/parseInput.ts'
import { toPublicBooking } from '../operations/publicBooking.ts'
import { isDisclosureMode } from '../scheduling/suggest.ts'
import { docId } from '../utilities/relationId.ts'
import { calendarEndpoints } from './calendar.ts'
import { checkInEndpoints } from './checkIn.ts'
import { customersEndpoints } from './customers.ts'
import { loyaltyEndpoints } from './loyalty.ts'
import { packagesEndpoints } from './packages.ts'
import { paymentEndpoints } from './payments.ts'
import { reportsEndpoints } from './reports.ts'
import { endpointHandler, ok, readJson } from './respond.ts'

const parseDisclosure = (value: string | undefined): DisclosureMode | null => {
  if (value === undefined || value === '') return null
  if (!isDisclosureMode(value)) throw badRequest('disclosure', 'disclosure must be all, suggest or request')
  return value
}

const param = (req: { searchParams: URLSearchParams }, name: string) => req.searchParams.get(name) ?? undefined

/** The public booking API, under `/api/booking/*`. */
export const bookingEndpoints = (options: SanitizedBookingOptions): Endpoint[] => [
  {
    handler: endpointHandler(async (req) => {
      // Visitors get the service's disclosure mode (narrowed by `disclosure`, never widened);
      // logged-in admins see every free slot.
      const admin = Boolean(req.user) && (await options.isAdmin({ req }))
      const { slots, timezone, data, disclosure } = await getAvailability(req, options, {
        disclosure: parseDisclosure(param(req, 'disclosure')),
        from: param(req, 'from') ?? '',
        public: !admin,
        serviceId: parseId(param(req, 'service'), 'service', true),
        staffId: parseId(param(req, 'staff'), 'staff'),
        to: param(req, 'to') ?? '',
        tz: param(req, 'tz'),
      })
      return ok({
        disclosure,
        service: data.service.id,
        slots: slots.map((slot) => ({
          end: new Date(slot.end).toISOString(),
          // Proposals hide how many seats are left and, for "any staff", who is free.
          seatsLeft: 'seatsLeft' in slot ? slot.seatsLeft : null,
          staff: slot.staffId === null ? null : docId(slot.staffId),
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
  ...paymentEndpoints(options),
  ...calendarEndpoints(options),
  ...customersEndpoints(options),
  ...loyaltyEndpoints(options),
  ...packagesEndpoints(options),
  ...checkInEndpoints(options),
  ...reportsEndpoints(options),
]
