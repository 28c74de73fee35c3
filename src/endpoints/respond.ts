import type { PayloadHandler, PayloadRequest } from 'payload'

import { APIError, ValidationError } from 'payload'

import { BookingError } from '../operations/bookingError.ts'

interface ErrorBody {
  errors: { data?: Record<string, unknown>; field?: string; message: string }[]
}

const json = (body: unknown, status: number) =>
  Response.json(body, { headers: { 'Cache-Control': 'no-store' }, status })

/** Maps what an operation throws to `{ errors: [{ message, field? }] }` with the right status. */
export const errorResponse = (req: PayloadRequest, error: unknown): Response => {
  if (error instanceof BookingError) {
    const body: ErrorBody = { errors: [{ data: error.data, field: error.field, message: error.message }] }
    return json(body, error.status)
  }
  if (error instanceof ValidationError) {
    const fields = error.data.errors
    return json({ errors: fields.map((f) => ({ field: f.path, message: f.message })) } satisfies ErrorBody, 400)
  }
  if (error instanceof APIError && error.status >= 400 && error.status < 500) {
    const data = (error.data ?? undefined) as Record<string, unknown> | undefined
    return json({ errors: [{ data, message: error.message }] } satisfies ErrorBody, error.status)
  }
  req.payload.logger.error({ err: error, msg: 'payload-booking: unexpected error' })
  return json({ errors: [{ message: 'Something went wrong on our side' }] } satisfies ErrorBody, 500)
}

/** Reads the JSON body; a body that is not JSON is a 400, not a 500. */
export const readJson = async (req: PayloadRequest): Promise<unknown> => {
  try {
    return await req.json?.()
  } catch {
    throw new BookingError(400, 'The request body must be JSON', 'body')
  }
}

export const endpointHandler =
  (run: (req: PayloadRequest) => Promise<Response>): PayloadHandler =>
  async (req) => {
    try {
      return await run(req)
    } catch (error) {
      return errorResponse(req, error)
    }
  }

export const ok = (body: unknown, status = 200) => json(body, status)
