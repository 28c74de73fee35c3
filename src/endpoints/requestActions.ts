import type { Endpoint } from 'payload'

import type { SanitizedBookingOptions } from '../types.ts'

import {
  bookRequest,
  contactRequest,
  declineRequest,
  markRequestContacted,
} from '../operations/requests/requestActions.ts'
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
