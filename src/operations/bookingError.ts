/** An expected failure of a public booking operation: becomes `{ errors: [{ message, field? }] }`. */
export class BookingError extends Error {
  readonly data?: Record<string, unknown>
  readonly field?: string
  readonly status: number

  constructor(status: number, message: string, field?: string, data?: Record<string, unknown>) {
    super(message)
    this.status = status
    this.field = field
    this.data = data
  }
}

export const badRequest = (field: string, message: string) => new BookingError(400, message, field)
export const notFound = (field: string, message: string) => new BookingError(404, message, field)
export const conflict = (message: string, data?: Record<string, unknown>, field?: string) =>
  new BookingError(409, message, field, data)
