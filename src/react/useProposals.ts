import { useCallback, useEffect, useState } from 'react'

import type { Times, WidgetService } from './widgetTypes.ts'

import { addDays, localDateOf } from '../scheduling/time.ts'
import { fetchAvailability } from './api.ts'
import { BEST_DAYS, bestOf, uniqueStarts } from './bestTimes.ts'

/**
 * The times the widget offers for a service (and specialist): the best of the coming days, or all
 * that may be shown of one day. Loads when `active` turns on and when the service or staff choice
 * changes while active; also learns the business's zone from the answer.
 */
export const useProposals = (args: {
  active: boolean
  apiBase: string
  disclosure: 'request' | 'suggest' | null
  initialTimezone: string
  service: null | WidgetService
  staffId: null | number | string
}) => {
  const { active, apiBase, disclosure, service, staffId } = args
  const [timezone, setTimezone] = useState(args.initialTimezone)
  const [times, setTimes] = useState<Times>({ day: null, disclosure: 'all', slots: [], status: 'loading' })

  const loadTimes = useCallback(
    async (day: null | string) => {
      if (!service) return
      setTimes((prev) => ({ ...prev, day, status: 'loading' }))
      const from = day ?? localDateOf(Date.now(), timezone)
      const res = await fetchAvailability(apiBase, {
        disclosure,
        from,
        service: service.id,
        staff: staffId,
        to: day ?? addDays(from, BEST_DAYS - 1),
      })
      if (!res.ok) {
        setTimes((prev) => ({ ...prev, day, slots: [], status: 'error' }))
        return
      }
      setTimezone(res.data.timezone)
      const slots =
        res.data.disclosure === 'all' && day === null ? bestOf(res.data.slots, res.data.timezone) : uniqueStarts(res.data.slots)
      setTimes({ day, disclosure: res.data.disclosure, slots, status: 'ready' })
    },
    [apiBase, disclosure, service, staffId, timezone],
  )

  const serviceKey = service ? String(service.id) : null
  useEffect(() => {
    if (active) void loadTimes(null)
    // Only when entering the time step or changing the service or staff choice there.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [active, serviceKey, staffId])

  /** The times as failed to load (e.g. a hold that failed for another reason than a lost race). */
  const markError = useCallback(() => setTimes((prev) => ({ ...prev, status: 'error' })), [])

  return { loadTimes, markError, times, timezone }
}
