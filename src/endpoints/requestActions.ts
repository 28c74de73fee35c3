import type { Endpoint } from 'payload'

import type { SanitizedBookingOptions } from '../types.ts'

import {
  bookRequest,
  contactRequest,
  declineRequest,
  markRequestContacted,
} from '../operations/requests/requestActions.ts'
import { checkRequestSlot } from '../operations/requests/checkRequestSlot.ts'
import { countNewRequests, listRequestQueue } from '../operations/requests/requestQueue.ts'
import { endpointHandler, ok, readJson } from './respond.ts'

/** Reads a body if there is one: these actions may be called without. */
const optionalJson = async (req: Parameters<typeof readJson>[0]) =>
  req.headers.get('content-length') === '0' || !req.headers.get('content-type') ? {} : ((await readJson(req)) ?? {})

/**
 * The staff's answers to a request, as collection endpoints under `/api/<requests>/:id/...`:
 * contact, mark-contacted, book and decline. For logged-in admins and the staff concerned.
 */
export const requestActionEndpoints = (options: SanitizedBookingOptions): Endpoint[] => [
  {
    // The queue view: one tab's page plus every tab's count. Before `/:id` routes by being static.
    handler: endpointHandler(async (req) =>
      ok(
        await listRequestQueue(req, options, {
          page: req.searchParams.get('page'),
          tab: req.searchParams.get('tab'),
        }),
      ),
    ),
    method: 'get',
    path: '/queue',
  },
  {
    // The nav badge: requests waiting for a first answer.
    handler: endpointHandler(async (req) => ok({ new: await countNewRequests(req, options) })),
    method: 'get',
    path: '/queue/count',
  },
  {
    // The "Book" form's live check: free starts of a day and whether the picked one is free.
    handler: endpointHandler(async (req) =>
      ok(
        await checkRequestSlot(req, options, req.routeParams?.id, {
          date: req.searchParams.get('date'),
          seats: req.searchParams.get('seats'),
          staff: req.searchParams.get('staff'),
          start: req.searchParams.get('start'),
        }),
      ),
    ),
    method: 'get',
    path: '/:id/slots',
  },
  {
    handler: endpointHandler(async (req) =>
      ok({ request: await contactRequest(req, options, req.routeParams?.id, await readJson(req)) }),
    ),
    method: 'post',
    path: '/:id/contact',
  },
  {
    handler: endpointHandler(async (req) => ok({ request: await markRequestContacted(req, options, req.routeParams?.id) })),
    method: 'post',
    path: '/:id/mark-contacted',
  },
  {
    handler: endpointHandler(async (req) =>
      ok(await bookRequest(req, options, req.routeParams?.id, await optionalJson(req)), 201),
    ),
    method: 'post',
    path: '/:id/book',
  },
  {
    handler: endpointHandler(async (req) =>
      ok({ request: await declineRequest(req, options, req.routeParams?.id, await readJson(req)) }),
    ),
    method: 'post',
    path: '/:id/decline',
  },
]
