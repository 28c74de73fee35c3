'use client'

import { useCallback, useEffect, useState } from 'react'

import { useApi } from './api.ts'

/**
 * GET `path` (null: ask nothing) and keep its answer; a new path aborts the previous question.
 * `reload` asks again. An error keeps the last answer and says what went wrong.
 */
export const useApiQuery = <T>(path: null | string) => {
  const api = useApi()
  const [data, setData] = useState<null | T>(null)
  const [error, setError] = useState<null | string>(null)
  const [loading, setLoading] = useState(path !== null)
  const [version, setVersion] = useState(0)
  useEffect(() => {
    if (path === null) {
      return
    }
    const controller = new AbortController()
    setLoading(true)
    api<T>(path, { signal: controller.signal })
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
  }, [api, path, version])
  const reload = useCallback(() => setVersion((v) => v + 1), [])
  return { data, error, loading, reload }
}
