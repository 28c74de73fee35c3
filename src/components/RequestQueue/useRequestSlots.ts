'use client'

import { useEffect, useState } from 'react'

import type { SlotCheck } from './types.ts'

import { useApi } from './api.ts'

export interface SlotQuery {
  date: null | string
  seats: number
  staff: string
  start: null | string
}

/**
 * The free starts of one day for a request and whether the picked one is free, re-asked on every
 * change (the previous question is aborted), by the same rules `book` applies.
 */
export const useRequestSlots = (requestsPath: string, requestId: number | string, query: SlotQuery) => {
  const api = useApi()
  const [data, setData] = useState<null | SlotCheck>(null)
  const [error, setError] = useState<null | string>(null)
  const [loading, setLoading] = useState(true)
  const [version, setVersion] = useState(0)
  const { date, seats, staff, start } = query
  useEffect(() => {
    const controller = new AbortController()
    const params = new URLSearchParams({ seats: String(seats) })
    if (start) {
      params.set('start', start)
    } else if (date) {
      params.set('date', date)
    }
    if (staff) {
      params.set('staff', staff)
    }
    setLoading(true)
    api<SlotCheck>(`${requestsPath}/${requestId}/slots?${params}`, { signal: controller.signal })
      .then((result) => {
        setData(result)
        setError(null)
      })
      .catch((err: unknown) => {
        if (!controller.signal.aborted) {
          setError(err instanceof Error ? err.message : String(err))
        }
      })
      .finally(() => {
        if (!controller.signal.aborted) {
          setLoading(false)
        }
      })
    return () => controller.abort()
  }, [api, date, requestId, requestsPath, seats, staff, start, version])
  return { data, error, loading, refresh: () => setVersion((v) => v + 1) }
}
