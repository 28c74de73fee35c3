/** The check-in view's two calls: find what was scanned or typed, and check in (or undo). */
import type { CheckInLookup, CheckInResult } from '../../operations/checkIn/types.ts'

export interface ApiResult<T> {
  body: T
  /** The first error's field and data, when not ok. */
  error?: { data?: Record<string, unknown>; field?: string; message: string }
  ok: boolean
  status: number
}

const call = async <T>(url: string, init?: RequestInit): Promise<ApiResult<T>> => {
  let response: Response
  try {
    response = await fetch(url, { credentials: 'include', ...init, headers: { 'Content-Type': 'application/json', ...init?.headers } })
  } catch (error) {
    return { body: null as T, error: { message: error instanceof Error ? error.message : String(error) }, ok: false, status: 0 }
  }
  const text = await response.text()
  let body: unknown = null
  try {
    body = text ? JSON.parse(text) : null
  } catch {
    body = null
  }
  const first = (body as { errors?: ApiResult<T>['error'][] } | null)?.errors?.[0]
  return {
    body: body as T,
    error: response.ok ? undefined : { ...first, message: first?.message || `HTTP ${response.status}` },
    ok: response.ok,
    status: response.status,
  }
}

/** `locale`: the admin's content locale, which the service names are read in. */
export const checkInApi = (apiBase: string, locale: string | undefined) => {
  const inLocale = locale ? `locale=${encodeURIComponent(locale)}` : ''
  return {
    checkIn: (booking: number | string, undo = false) =>
      call<CheckInResult>(`${apiBase}/booking/check-in?${inLocale}`, { body: JSON.stringify({ booking, undo }), method: 'POST' }),
    lookup: (q: string) => call<CheckInLookup>(`${apiBase}/booking/check-in/lookup?q=${encodeURIComponent(q)}&${inLocale}`),
  }
}

export type CheckInApi = ReturnType<typeof checkInApi>
