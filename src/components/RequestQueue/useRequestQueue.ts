'use client'

import { useCallback, useEffect, useState } from 'react'

import type { QueueResult, QueueTab } from './types.ts'

import { useApi } from './api.ts'

/** One page of a queue tab with every tab's count (nothing is fetched while not `enabled`); `reload` after an action. */
export const useRequestQueue = (requestsPath: string, tab: QueueTab, page: number, enabled = true) => {
  const api = useApi()
  const [data, setData] = useState<null | QueueResult>(null)
  const [error, setError] = useState<null | string>(null)
  const [loading, setLoading] = useState(true)
  const [version, setVersion] = useState(0)
  useEffect(() => {
    if (!enabled) {
      return
    }
    const controller = new AbortController()
    setLoading(true)
    api<QueueResult>(`${requestsPath}/queue?tab=${tab}&page=${page}`, { signal: controller.signal })
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
  }, [api, enabled, page, requestsPath, tab, version])
  const reload = useCallback(() => setVersion((v) => v + 1), [])
  return { data, error, loading, reload }
}
