import { isValidDate } from '../scheduling/time.ts'
import { badRequest, notFound } from './bookingError.ts'

export type Body = Record<string, unknown>

export interface CustomerInput {
  email?: string
  locale?: string
  name: string
  phone?: string
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/
const PHONE = /^\+?[\d\s().-]{5,40}$/
const INSTANT = /^\d{4}-\d{2}-\d{2}T(\d{2}):(\d{2})(:[0-5]\d(\.\d{1,3})?)?([zZ]|[+-](?:0\d|1[0-4]):?[0-5]\d)$/

const MAX_INTEGER_ID = 2_147_483_647
/** Years the API accepts: wide enough for any booking, narrow enough for every database's date type. */
export const MIN_YEAR = 1970
export const MAX_YEAR = 9000

/** A calendar date 'YYYY-MM-DD' that exists, within the accepted years. */
export const isAcceptedDate = (value: string): boolean => {
  const year = Number(value.slice(0, 4))
  return isValidDate(value) && year >= MIN_YEAR && year <= MAX_YEAR
}

/** A document id as sent by a client: a positive integer or a non-empty string. */
export function parseId(value: unknown, field: string, required: true): number | string
export function parseId(value: unknown, field: string, required?: boolean): null | number | string
export function parseId(value: unknown, field: string, required = false): null | number | string {
  if (value === undefined || value === null || value === '') {
    if (required) {
      throw badRequest(field, `${field} is required`)
    }
    return null
  }
  const numeric = typeof value === 'string' && /^\d+$/.test(value) ? Number(value) : value
  if (typeof numeric === 'number' && Number.isInteger(numeric) && numeric > 0) {
    // Larger than any integer primary key a database here can hold: no such document.
    if (numeric > MAX_INTEGER_ID) {
      throw notFound(field, `No ${field} with id ${String(value)}`)
    }
    return numeric
  }
  if (typeof value === 'string' && /^[\w-]{1,64}$/.test(value)) {
    return value
  }
  throw badRequest(field, `${field} must be an id`)
}

/** An instant with an explicit zone (`Z` or `+02:00`): a bare local time would be ambiguous. */
export const parseInstant = (value: unknown, field: string): number => {
  const match = typeof value === 'string' ? INSTANT.exec(value) : null
  // Date.parse rolls impossible dates over (31 April becomes 1 May): check the calendar first.
  if (!match || !isAcceptedDate(String(value).slice(0, 10)) || Number(match[1]) > 23 || Number(match[2]) > 59) {
    throw badRequest(field, `${field} must be an ISO 8601 date-time with a zone, e.g. 2026-12-01T09:00:00Z`)
  }
  const instant = Date.parse(value as string)
  if (Number.isNaN(instant)) {
    throw badRequest(field, `${field} must be an ISO 8601 date-time with a zone, e.g. 2026-12-01T09:00:00Z`)
  }
  return instant
}

export const parseSeats = (value: unknown): number => {
  if (value === undefined || value === null) {
    return 1
  }
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 1 || value > 1000) {
    throw badRequest('seats', 'seats must be a whole number from 1 to 1000')
  }
  return value
}

const optionalString = (value: unknown, field: string, max: number): string | undefined => {
  if (value === undefined || value === null || value === '') {
    return undefined
  }
  if (typeof value !== 'string' || value.length > max) {
    throw badRequest(field, `${field} must be text of at most ${max} characters`)
  }
  return value.trim()
}

/** The customer of a booking (e-mail required) or of a request (e-mail or phone). */
export const parseCustomer = (value: unknown, need: 'email' | 'emailOrPhone'): CustomerInput => {
  if (!value || typeof value !== 'object' || Array.isArray(value)) {
    throw badRequest('customer', 'customer is required: { name, email, phone?, locale? }')
  }
  const input = value as Body
  const name = optionalString(input.name, 'customer.name', 200)
  if (!name) {
    throw badRequest('customer.name', 'customer.name is required')
  }
  const email = optionalString(input.email, 'customer.email', 254)
  if (email !== undefined && !EMAIL.test(email)) {
    throw badRequest('customer.email', 'customer.email is not an e-mail address')
  }
  const phone = optionalString(input.phone, 'customer.phone', 40)
  if (phone !== undefined && !PHONE.test(phone)) {
    throw badRequest('customer.phone', 'customer.phone is not a phone number')
  }
  const locale = optionalString(input.locale, 'customer.locale', 10)
  if (locale !== undefined && !/^[a-zA-Z]{2,3}([-_][a-zA-Z0-9]{2,8})?$/.test(locale)) {
    throw badRequest('customer.locale', 'customer.locale must be a language code such as de or zh-CN')
  }
  if (need === 'email' && !email) {
    throw badRequest('customer.email', 'customer.email is required')
  }
  if (need === 'emailOrPhone' && !email && !phone) {
    throw badRequest('customer.email', 'customer needs an e-mail address or a phone number')
  }
  return { email, locale, name, phone }
}

export const parseNotes = (value: unknown, field = 'notes'): string | undefined => optionalString(value, field, 5000)

export const asBody = (value: unknown): Body => {
  if (!value || typeof value !== 'object' || Array.isArray(value)) {
    throw badRequest('body', 'The request body must be a JSON object')
  }
  return value as Body
}
