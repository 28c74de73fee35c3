'use client'
import { useCallback, useEffect, useRef, useState } from 'react'

import type { CalendarData } from '../../operations/calendar/types.ts'
import type { CalendarApi } from './api.ts'

export interface CalendarDataState {
  data: CalendarData | null
  error: null | string
  loading: boolean
  /** Loads the same range again (after a write). */
  reload: () => void
  /** Replaces the shown data at once (optimistic moves); the next load corrects it. */
  setData: (update: (data: CalendarData) => CalendarData) => void
}

/**
 * The visible range in one request to the calendar endpoint. A newer query cancels an older
 * one still in flight; failures are shown, never turned into an empty calendar. Marks
 * `booking-calendar:data` in the performance timeline when an answer arrives (the bench reads it).
 */
export const useCalendarData = (api: CalendarApi, query: string): CalendarDataState => {
  const [data, setDataState] = useState<CalendarData | null>(null)
  const [error, setError] = useState<null | string>(null)
  const [loading, setLoading] = useState(true)
  const [generation, setGeneration] = useState(0)
  const controller = useRef<AbortController | null>(null)

  useEffect(() => {
    controller.current?.abort()
    const abort = new AbortController()
    controller.current = abort
    setLoading(true)
    performance.mark('booking-calendar:request')
    api
      .load(query, abort.signal)
      .then((result) => {
        if (abort.signal.aborted) return
        performance.mark('booking-calendar:data')
        if (result.ok) {
          setDataState(result.body)
          setError(null)
        } else {
          setError(result.message)
        }
        setLoading(false)
      })
      .catch((err: unknown) => {
        if (abort.signal.aborted) return
        setError(err instanceof Error ? err.message : String(err))
        setLoading(false)
      })
    return () => abort.abort()
  }, [api, query, generation])

  const reload = useCallback(() => setGeneration((g) => g + 1), [])
  const setData = useCallback((update: (d: CalendarData) => CalendarData) => {
    setDataState((current) => (current ? update(current) : current))
  }, [])
  return { data, error, loading, reload, setData }
}
