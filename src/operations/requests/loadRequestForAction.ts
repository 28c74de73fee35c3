import type { PayloadRequest } from 'payload'

import type { SanitizedBookingOptions } from '../../types.ts'

import { staffIdsOfUser } from '../../access/staffOfUser.ts'
import { relationId } from '../../utilities/relationId.ts'
import { BookingError, badRequest, notFound } from '../bookingError.ts'

export type RequestDoc = Record<string, unknown> & { id: number | string }

/**
 * The request an action is about, if the user may act on it and it is still open: admins on any,
 * a staff user on requests naming them or for a service they perform. 401 without a login,
 * 403 for another's request, 400 naming the state of a booked, declined or expired one.
 */
export const loadRequestForAction = async (
  req: PayloadRequest,
  options: SanitizedBookingOptions,
  id: unknown,
): Promise<RequestDoc> => {
  if (!req.user) {
    throw new BookingError(401, 'Log in to act on requests')
  }
  if (typeof id !== 'string' && typeof id !== 'number') {
    throw notFound('id', 'No such request')
  }
  const request = (await req.payload
    .findByID({ id, collection: options.slugs.requests, depth: 0, disableErrors: true, overrideAccess: true, req })
    .catch(() => null)) as null | RequestDoc
  if (!request) {
    throw notFound('id', `No request ${String(id)}`)
  }
  if (!(await options.isAdmin({ req })) && !(await performsFor(req, options, request))) {
    throw new BookingError(403, 'This request is for another staff member')
  }
  if (request.status !== 'new' && request.status !== 'contacted') {
    throw badRequest('status', `This request is ${String(request.status)} and takes no further action`)
  }
  return request
}

const performsFor = async (req: PayloadRequest, options: SanitizedBookingOptions, request: RequestDoc) => {
  const own = await staffIdsOfUser(req, options)
  if (own.length === 0) {
    return false
  }
  if (own.map(String).includes(String(relationId(request.staff)))) {
    return true
  }
  const { totalDocs } = await req.payload.count({
    collection: options.slugs.staff,
    overrideAccess: true,
    req,
    where: { and: [{ id: { in: own } }, { services: { in: [relationId(request.service)] } }] },
  })
  return totalDocs > 0
}

/** A staff member's message or reason: non-blank, at most 2,000 characters. */
export const parseNote = (value: unknown, field: string): string => {
  if (typeof value !== 'string' || value.trim() === '') {
    throw badRequest(field, `${field} is required`)
  }
  if (value.length > 2000) {
    throw badRequest(field, `${field} must be at most 2000 characters`)
  }
  return value.trim()
}
