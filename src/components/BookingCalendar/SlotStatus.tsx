'use client'
import React, { useEffect, useState } from 'react'

import type { SlotCheck } from '../../operations/calendar/types.ts'
import type { CalendarApi } from './api.ts'

import { timeLabel } from './calendarTime.ts'

/**
 * Asks the slot check (the same engine as the public site and the capacity hook) whether a
 * proposed booking fits, again whenever it changes, and reports the verdict.
 */
export const useSlotCheck = (
  api: CalendarApi,
  query: null | { end: string; exclude?: string; seats: number; service: string; staff: string; start: string },
) => {
  const [state, setState] = useState<{ error?: string; loading: boolean; result?: SlotCheck }>({ loading: false })
  const key = query ? JSON.stringify(query) : ''
  useEffect(() => {
    if (!query) {
      setState({ loading: false })
      return
    }
    const abort = new AbortController()
    setState((s) => ({ ...s, loading: true }))
    const timer = setTimeout(() => {
      const params: Record<string, string> = { end: query.end, seats: String(query.seats), service: query.service, staff: query.staff, start: query.start }
      if (query.exclude) params.exclude = query.exclude
      api
        .check(params, abort.signal)
        .then((r) => {
          if (!abort.signal.aborted) setState(r.ok ? { loading: false, result: r.body } : { error: r.message, loading: false })
        })
        .catch((err: unknown) => {
          if (!abort.signal.aborted) setState({ error: err instanceof Error ? err.message : String(err), loading: false })
        })
    }, 150)
    return () => {
      clearTimeout(timer)
      abort.abort()
    }
    // `key` stands for the query's content.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [api, key])
  return state
}

export const SlotStatus = (props: {
  serviceName: (id: number | string) => string
  state: ReturnType<typeof useSlotCheck>
  t: (key: string, vars?: Record<string, unknown>) => string
  timezone: string
}) => {
  const { serviceName, state, t, timezone } = props
  let text = ''
  let tone: 'error' | 'muted' | 'ok' | 'warn' = 'muted'
  const r = state.result
  if (state.loading) {
    text = t('plugin-booking:calendar_checking')
  } else if (state.error) {
    text = state.error
    tone = 'error'
  } else if (r?.ok) {
    text = t('plugin-booking:calendar_slotFree')
    tone = 'ok'
  } else if (r?.reason === 'full') {
    text = t('plugin-booking:calendar_slotFull', { count: r.seatsLeft })
    tone = 'error'
  } else if (r?.reason === 'conflict') {
    text = t('plugin-booking:calendar_slotConflict', {
      customer: r.conflict.customer ?? serviceName(r.conflict.service),
      reference: r.conflict.reference,
      time: `${timeLabel(r.conflict.start, timezone)}–${timeLabel(r.conflict.end, timezone)}`,
    })
    tone = 'error'
  }
  return (
    <div aria-live="polite" className="pb-cal__slot-status" data-state={state.loading ? 'checking' : r ? (r.ok ? 'free' : 'conflict') : tone} role="status">
      <span className={`pb-cal__tone--${tone}`}>{text}</span>
      {r && !r.insideWorkingHours && !state.loading && (
        <span className="pb-cal__tone--warn"> · {t('plugin-booking:calendar_outsideHours')}</span>
      )}
    </div>
  )
}
