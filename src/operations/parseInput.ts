import { badRequest } from './bookingError.ts'

export type Body = Record<string, unknown>

export interface CustomerInput {
  email?: string
  locale?: string
  name: string
  phone?: string
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/
const PHONE = /^\+?[\d\s().-]{5,40}$/
const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?([zZ]|[+-]\d{2}:?\d{2})$/

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
  if (typeof value === 'number' && Number.isInteger(value) && value > 0) {
    return value
  }
  if (typeof value === 'string' && /^[\w-]{1,64}$/.test(value)) {
    return /^\d+$/.test(value) ? Number(value) : value
  }
  throw badRequest(field, `${field} must be an id`)
}

/** An instant with an explicit zone (`Z` or `+02:00`): a bare local time would be ambiguous. */
export const parseInstant = (value: unknown, field: string): number => {
  if (typeof value !== 'string' || !INSTANT.test(value) || Number.isNaN(Date.parse(value))) {
    throw badRequest(field, `${field} must be an ISO 8601 date-time with a zone, e.g. 2026-12-01T09:00:00Z`)
  }
  return Date.parse(value)
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
