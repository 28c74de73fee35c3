/** The calendar's calls: its own endpoints for reading, the bookings collection's REST API for writes. */
import type { CalendarData, CustomerSuggestion, SlotCheck } from '../../operations/calendar/types.ts'
import type { CheckInResult } from '../../operations/checkIn/types.ts'
import type { BookingLoyalty, CustomerLoyalty } from '../../operations/loyalty/types.ts'
import type { CustomerPackageSummary } from '../../operations/packages/customerPackagesOf.ts'

export interface ApiResult<T> {
  body: T
  /** The first error message, when not ok. */
  message: string
  ok: boolean
  status: number
}

interface ServerError {
  data?: { errors?: { message?: string; path?: string }[] }
  message?: string
}

/** A customer's package with its credits left, as `/api/booking/packages/customers/:id` lists it. */
export type CustomerPackage = CustomerPackageSummary

/** A booking's package: the customer package it draws on (populated) and what became of the credit. */
export interface BookingPackage {
  customerPackage: { id: number | string; package?: { id: number | string; name?: null | string } | number | string; title?: null | string } | null | number | string
  packageCredit: null | 'forfeited' | 'returned' | 'used'
}

const call = async <T>(url: string, init?: RequestInit): Promise<ApiResult<T>> => {
  const response = await fetch(url, {
    credentials: 'include',
    ...init,
    headers: { 'Content-Type': 'application/json', ...init?.headers },
  })
  const text = await response.text()
  let body: unknown = null
  try {
    body = text ? JSON.parse(text) : null
  } catch {
    body = null
  }
  const errors = (body as { errors?: ServerError[] } | null)?.errors
  // A validation error names its fields: their messages ("No credits left…") say more than its own.
  const fields = errors?.[0]?.data?.errors?.map((e) => e.message).filter(Boolean) ?? []
  const message = response.ok ? '' : fields.join('; ') || errors?.[0]?.message || `HTTP ${response.status}`
  return { body: body as T, message, ok: response.ok, status: response.status }
}

export interface CalendarFilters {
  includeExpired: boolean
  service: string[]
  staff: string[]
  status: string[]
}

export const calendarQuery = (from: string, to: string, filters: CalendarFilters): string => {
  const params = new URLSearchParams({ from, to })
  if (filters.staff.length) params.set('staff', filters.staff.join(','))
  if (filters.service.length) params.set('service', filters.service.join(','))
  if (filters.status.length) params.set('status', filters.status.join(','))
  if (filters.includeExpired) params.set('includeExpired', '1')
  return params.toString()
}

export const calendarApi = (api: string, bookingsSlug: string) => ({
  /** Marks the arrival with the server's clock (or with `undo` takes it back), under the check-in endpoint's rules. */
  checkIn: (booking: number | string, undo = false) =>
    call<CheckInResult>(`${api}/booking/check-in`, {
      body: JSON.stringify(undo ? { booking, undo: true } : { booking }),
      method: 'POST',
    }),
  check: (query: Record<string, string>, signal?: AbortSignal) =>
    call<SlotCheck>(`${api}/booking/calendar/check?${new URLSearchParams(query).toString()}`, { signal }),
  create: (data: Record<string, unknown>) =>
    call<{ doc: { id: number | string; reference: string } }>(`${api}/${bookingsSlug}?depth=0`, {
      body: JSON.stringify(data),
      method: 'POST',
    }),
  customers: (q: string, signal?: AbortSignal) =>
    call<{ customers: CustomerSuggestion[] }>(`${api}/booking/calendar/customers?q=${encodeURIComponent(q)}`, { signal }),
  /** A booking's points: its reward, what it redeemed, earned or got back. */
  bookingLoyalty: (id: number | string, signal?: AbortSignal) =>
    call<BookingLoyalty>(`${api}/booking/loyalty/bookings/${encodeURIComponent(String(id))}`, { signal }),
  /** A customer's balance and the rewards they can take at `start` with `staff`. */
  loyalty: (customer: number | string, query: { staff?: string; start?: string }, signal?: AbortSignal) => {
    const params = new URLSearchParams()
    if (query.start) params.set('start', query.start)
    if (query.staff) params.set('staff', query.staff)
    return call<CustomerLoyalty>(`${api}/booking/loyalty/customers/${encodeURIComponent(String(customer))}?${params.toString()}`, { signal })
  },
  /** The customer package a booking draws on, with its package's name (depth 2, nothing else of the booking). */
  bookingPackage: (id: number | string, signal?: AbortSignal) =>
    call<BookingPackage>(
      `${api}/${bookingsSlug}/${encodeURIComponent(String(id))}?depth=2&select[customerPackage]=true&select[packageCredit]=true`,
      { signal },
    ),
  /** A customer record's packages with their credits left (newest first). */
  customerPackages: (customer: number | string, signal?: AbortSignal) =>
    call<{ customer: number | string; packages: CustomerPackage[] }>(
      `${api}/booking/packages/customers/${encodeURIComponent(String(customer))}`,
      { signal },
    ),
  load: (query: string, signal?: AbortSignal) => call<CalendarData>(`${api}/booking/calendar?${query}`, { signal }),
  update: (id: number | string, data: Record<string, unknown>) =>
    call<{ doc: { id: number | string; reference: string } }>(`${api}/${bookingsSlug}/${id}?depth=0`, {
      body: JSON.stringify(data),
      method: 'PATCH',
    }),
})

export type CalendarApi = ReturnType<typeof calendarApi>
