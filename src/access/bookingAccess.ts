import type { Access, FieldAccess } from 'payload'

import type { SanitizedBookingOptions } from '../types.ts'

import { staffIdsOfUser } from './staffOfUser.ts'

/** Admins only. */
export const adminOnly =
  (options: SanitizedBookingOptions): Access =>
  async ({ req }) =>
    Boolean(req.user) && (await options.isAdmin({ req }))

/** Field-level: admins only. */
export const adminOnlyField =
  (options: SanitizedBookingOptions): FieldAccess =>
  async ({ req }) =>
    Boolean(req.user) && (await options.isAdmin({ req }))

/**
 * Admins see and change everything; a staff user only documents whose `staffField` is one of
 * their own staff records; visitors nothing (their path is the public `/api/booking/*` endpoints).
 */
export const adminOrOwnStaff =
  (options: SanitizedBookingOptions, staffField: string): Access =>
  async ({ req }) => {
    if (!req.user) {
      return false
    }
    if (await options.isAdmin({ req })) {
      return true
    }
    const ids = await staffIdsOfUser(req, options)
    return ids.length > 0 ? { [staffField]: { in: ids } } : false
  }

/**
 * Update: like `adminOrOwnStaff`, and a staff user may not hand a document to someone else: a
 * write that sets `staffField` to another staff member's record is refused (403), so nobody moves
 * a booking or a schedule out of their own calendar into a colleague's.
 */
export const adminOrOwnStaffUpdate =
  (options: SanitizedBookingOptions, staffField: string): Access =>
  async (args) => {
    const own = await adminOrOwnStaff(options, staffField)(args)
    if (own === true || own === false) {
      return own
    }
    const value = (args.data as Record<string, unknown> | undefined)?.[staffField]
    if (value === undefined) {
      return own
    }
    const ids = (await staffIdsOfUser(args.req, options)).map(String)
    const id = typeof value === 'object' && value !== null ? (value as { id?: unknown }).id : value
    return id !== null && ids.includes(String(id)) ? own : false
  }

/** Create: admins, or staff creating a document for one of their own staff records. */
export const adminOrOwnStaffCreate =
  (options: SanitizedBookingOptions, staffField: string): Access =>
  async ({ data, req }) => {
    if (!req.user) {
      return false
    }
    if (await options.isAdmin({ req })) {
      return true
    }
    const ids = (await staffIdsOfUser(req, options)).map(String)
    const value = (data as Record<string, unknown> | undefined)?.[staffField]
    const id = typeof value === 'object' && value !== null ? (value as { id?: unknown }).id : value
    return ids.length > 0 && id !== undefined && id !== null && ids.includes(String(id))
  }

/** Anyone reads active documents; admins also inactive ones. */
export const activeOrAdmin =
  (options: SanitizedBookingOptions): Access =>
  async ({ req }) => {
    if (req.user && (await options.isAdmin({ req }))) {
      return true
    }
    return { active: { equals: true } }
  }
