'use client'

import type { SlotCheck } from './types.ts'

import { useApiQuery } from './useApiQuery.ts'

export interface SlotQuery {
  date: null | string
  seats: number
  staff: string
  start: null | string
}

/**
 * The free starts of one day for a request and whether the picked one is free, re-asked on every
 * change, by the same rules `book` applies.
 */
export const useRequestSlots = (requestsPath: string, requestId: number | string, query: SlotQuery) => {
  const params = new URLSearchParams({ seats: String(query.seats) })
  if (query.start) {
    params.set('start', query.start)
  } else if (query.date) {
    params.set('date', query.date)
  }
  if (query.staff) {
    params.set('staff', query.staff)
  }
  const { reload, ...rest } = useApiQuery<SlotCheck>(`${requestsPath}/${requestId}/slots?${params}`)
  return { ...rest, refresh: reload }
}
