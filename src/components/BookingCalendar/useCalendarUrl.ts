'use client'
import { usePathname, useSearchParams } from 'next/navigation.js'
import { useCallback, useMemo } from 'react'

import type { CalendarFilters } from './api.ts'
import type { CalendarMode } from './calendarTime.ts'

export interface CalendarLocation {
  date: string
  filters: CalendarFilters
  mode: CalendarMode
}

const list = (value: null | string) => (value ? value.split(',').filter(Boolean) : [])

/**
 * The view's state lives in the URL (`?view=day&date=2026-03-24&staff=2&service=1&status=...&expired=1`),
 * so a view can be bookmarked and shared; changes replace the history entry (no server round trip).
 */
export const useCalendarUrl = (today: string): [CalendarLocation, (next: Partial<CalendarLocation>) => void] => {
  const params = useSearchParams()
  const pathname = usePathname()
  const location = useMemo<CalendarLocation>(() => {
    const view = params?.get('view')
    const date = params?.get('date') ?? ''
    return {
      date: /^\d{4}-\d{2}-\d{2}$/.test(date) ? date : today,
      filters: {
        includeExpired: params?.get('expired') === '1',
        service: list(params?.get('service') ?? null),
        staff: list(params?.get('staff') ?? null),
        status: list(params?.get('status') ?? null),
      },
      mode: view === 'week' || view === 'month' ? view : 'day',
    }
  }, [params, today])
  const navigate = useCallback(
    (next: Partial<CalendarLocation>) => {
      const merged = { ...location, ...next, filters: { ...location.filters, ...next.filters } }
      const query = new URLSearchParams()
      query.set('view', merged.mode)
      query.set('date', merged.date)
      if (merged.filters.staff.length) query.set('staff', merged.filters.staff.join(','))
      if (merged.filters.service.length) query.set('service', merged.filters.service.join(','))
      if (merged.filters.status.length) query.set('status', merged.filters.status.join(','))
      if (merged.filters.includeExpired) query.set('expired', '1')
      // The native history API: Next's router picks the change up (useSearchParams follows)
      // without asking the server to render the page again, as router.replace would.
      window.history.replaceState(null, '', `${pathname}?${query.toString()}`)
    },
    [location, pathname],
  )
  return [location, navigate]
}
