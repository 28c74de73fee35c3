/** The calendar's calls: its own endpoints for reading, the bookings collection's REST API for writes. */
import type { CalendarData, CustomerSuggestion, SlotCheck } from '../../operations/calendar/types.ts'
import type { BookingLoyalty, CustomerLoyalty } from '../../operations/loyalty/types.ts'

export interface ApiResult<T> {
  body: T
  /** The first error message, when not ok. */
  message: string
  ok: boolean
  status: number
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
  const errors = (body as { errors?: { message?: string }[] } | null)?.errors
  const message = response.ok ? '' : errors?.[0]?.message || `HTTP ${response.status}`
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
  load: (query: string, signal?: AbortSignal) => call<CalendarData>(`${api}/booking/calendar?${query}`, { signal }),
  update: (id: number | string, data: Record<string, unknown>) =>
    call<{ doc: { id: number | string; reference: string } }>(`${api}/${bookingsSlug}/${id}?depth=0`, {
      body: JSON.stringify(data),
      method: 'PATCH',
    }),
})

export type CalendarApi = ReturnType<typeof calendarApi>
