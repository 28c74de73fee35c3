import { APIError, ValidationError } from 'payload'

/** A 400 that names the field, in Payload's validation-error shape. */
export const fieldError = (collection: string, path: string, message: string): ValidationError =>
  new ValidationError({ collection, errors: [{ message, path }] })

/** The slot is taken or full. */
export const conflictError = (message: string, data: Record<string, unknown> = {}): APIError =>
  new APIError(message, 409, data, true)
