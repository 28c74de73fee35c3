/**
 * The widget's calls to the public booking API, in the visitor's browser. Every failure comes back
 * as a value (never a throw), with the plugin's `reason` when it gave one, so the widget can tell
 * a lost race or an expired hold from a broken network.
 */

export interface ApiSlot {
  end: string
  seatsLeft: null | number
  staff: null | number | string
  start: string
}

export interface AvailabilityAnswer {
  disclosure: 'all' | 'request' | 'suggest'
  slots: ApiSlot[]
  timezone: string
}

export type ApiResult<T> =
  | { data: T; ok: true; serverNow: number }
  | { field?: string; message: string; ok: false; reason?: string; status: number }

const call = async <T>(url: string, init?: RequestInit): Promise<ApiResult<T>> => {
  try {
    const res = await fetch(url, { ...init, credentials: 'omit', headers: { 'content-type': 'application/json', ...init?.headers } })
    const body = (await res.json().catch(() => null)) as null | (T & { errors?: { data?: { reason?: string }; field?: string; message: string }[] })
    const dateHeader = Date.parse(res.headers.get('date') ?? '')
    if (res.ok && body) {
      return { data: body, ok: true, serverNow: Number.isNaN(dateHeader) ? Date.now() : dateHeader }
    }
    const error = body?.errors?.[0]
    return { field: error?.field, message: error?.message ?? res.statusText, ok: false, reason: error?.data?.reason, status: res.status }
  } catch (err) {
    return { message: err instanceof Error ? err.message : String(err), ok: false, status: 0 }
  }
}

export const fetchAvailability = (
  apiBase: string,
  q: { disclosure?: null | string; from: string; service: number | string; staff?: null | number | string; to: string },
) => {
  const params = new URLSearchParams({ from: q.from, service: String(q.service), to: q.to })
  if (q.staff !== undefined && q.staff !== null) params.set('staff', String(q.staff))
  if (q.disclosure) params.set('disclosure', q.disclosure)
  return call<AvailabilityAnswer>(`${apiBase}/booking/availability?${params}`)
}

export const postHold = (apiBase: string, body: { service: number | string; staff?: null | number | string; start: string }) =>
  call<{ expiresAt: string; id: number | string; reference: string; token: string }>(`${apiBase}/booking/holds`, {
    body: JSON.stringify(body),
    method: 'POST',
  })

export interface Customer {
  email?: string
  locale: string
  name: string
  phone?: string
}

export const postBooking = (
  apiBase: string,
  body: { customer: Customer; holdToken: string; service: number | string; staff?: null | number | string; start: string },
  idempotencyKey: string,
) =>
  call<{ booking: { end: string; id: number | string; reference: string; start: string }; cancelToken: string }>(
    `${apiBase}/booking/bookings`,
    { body: JSON.stringify(body), headers: { 'idempotency-key': idempotencyKey }, method: 'POST' },
  )

export const postRequest = (
  apiBase: string,
  body: { customer: Customer; message?: string; preferredStart?: string; service: number | string; staff?: null | number | string },
) =>
  call<{ request: { id: number | string; reference: string; status: string } }>(`${apiBase}/booking/requests`, {
    body: JSON.stringify(body),
    method: 'POST',
  })

/** A key for one submission, so a retried click never books twice. */
export const newIdempotencyKey = (): string =>
  typeof crypto !== 'undefined' && 'randomUUID' in crypto
    ? crypto.randomUUID()
    : `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}-${Math.random().toString(36).slice(2)}`

/** The answer of "Pay and book": the started payment and what the browser needs to pay. */
export interface PaymentStarted {
  booking: { holdExpiresAt: string; id: number | string; reference: string; status: 'held' }
  cancelToken: string
  /** A hosted checkout page to send the visitor to (providers that have one). */
  checkoutUrl: null | string
  /** Stripe: what the Payment Element confirms. */
  clientSecret: null | string
  payment: { amount: number; currency: string; id: number | string; kind: 'deposit' | 'full'; provider: string; status: string; total: number }
  publishableKey: null | string
}

export const postPayment = (apiBase: string, body: { customer: Customer; holdToken: string; notes?: string; returnUrl?: string }) =>
  call<PaymentStarted>(`${apiBase}/booking/payments`, { body: JSON.stringify(body), method: 'POST' })

export interface PaymentState {
  booking: { holdExpiresAt: null | string; id: number | string; paymentStatus: null | string; reference: string; status: string }
  payment: null | { amount: number; currency: string; id: number | string; kind: string; provider: string; refundedAmount: number; status: string }
}

export const postPaymentStatus = (apiBase: string, holdToken: string) =>
  call<PaymentState>(`${apiBase}/booking/payments/status`, { body: JSON.stringify({ holdToken }), method: 'POST' })
