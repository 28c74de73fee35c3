/** The manage page's calls to the public API: the booking (by reference and token), its service and staff member's names, and cancelling. */
import type { ManagedBooking, ManagedService } from './manageTypes.ts'

export type ManageResult<T> = { data: T; ok: true } | { message: string; ok: false; reason?: string; status: number }

const call = async <T>(url: string, init?: RequestInit): Promise<ManageResult<T>> => {
  try {
    const res = await fetch(url, { ...init, credentials: 'omit', headers: { 'content-type': 'application/json', ...init?.headers } })
    const body = (await res.json().catch(() => null)) as null | (T & { errors?: { data?: { reason?: string }; message: string }[] })
    if (res.ok && body) return { data: body, ok: true }
    const error = body?.errors?.[0]
    return { message: error?.message ?? res.statusText, ok: false, reason: error?.data?.reason, status: res.status }
  } catch (err) {
    return { message: err instanceof Error ? err.message : String(err), ok: false, status: 0 }
  }
}

const query = (values: Record<string, string>) => new URLSearchParams(values).toString()

export const lookupBooking = (apiBase: string, reference: string, token: string) =>
  call<{ booking: ManagedBooking }>(`${apiBase}/booking/lookup?${query({ reference, token })}`)

export const fetchService = (apiBase: string, id: number | string, locale: string) =>
  call<ManagedService>(`${apiBase}/services/${encodeURIComponent(String(id))}?${query({ depth: '0', locale })}`)

export const fetchStaffName = (apiBase: string, id: number | string) =>
  call<{ name: string }>(`${apiBase}/staff/${encodeURIComponent(String(id))}?depth=0`)

export const cancelBooking = (apiBase: string, reference: string, token: string) =>
  call<{ booking: ManagedBooking & { refund?: { amount: number; currency: string; percent: number } } }>(`${apiBase}/booking/cancel`, {
    body: JSON.stringify({ reference, token }),
    method: 'POST',
  })
