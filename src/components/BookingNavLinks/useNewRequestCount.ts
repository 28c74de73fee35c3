'use client'

import { useEffect, useState } from 'react'

import { REQUESTS_CHANGED_EVENT, useApi } from '../RequestQueue/api.ts'

const POLL_MS = 30_000

/**
 * How many requests wait for a first answer, for the nav badge. A user who may not see the queue
 * (a 401/403) simply gets no badge.
 */
export const useNewRequestCount = (requestsPath: string, enabled: boolean): number => {
  const api = useApi()
  const [count, setCount] = useState(0)
  useEffect(() => {
    if (!enabled) {
      return
    }
    let cancelled = false
    const refresh = () => {
      if (document.visibilityState === 'hidden') {
        return
      }
      api<{ new: number }>(`${requestsPath}/queue/count`).then(
        (body) => !cancelled && setCount(body.new),
        () => !cancelled && setCount(0),
      )
    }
    refresh()
    const timer = setInterval(refresh, POLL_MS)
    window.addEventListener(REQUESTS_CHANGED_EVENT, refresh)
    document.addEventListener('visibilitychange', refresh)
    return () => {
      cancelled = true
      clearInterval(timer)
      window.removeEventListener(REQUESTS_CHANGED_EVENT, refresh)
      document.removeEventListener('visibilitychange', refresh)
    }
  }, [api, enabled, requestsPath])
  return count
}
