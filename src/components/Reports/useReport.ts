'use client'
import { useEffect, useState } from 'react'

import type { Report } from '../../operations/reports/types.ts'

/** `refreshing`: the shown report is the previous query's while the new one loads. */
export type ReportLoad =
  | { error: string; status: 'error' }
  | { refreshing: boolean; report: Report; status: 'ready' }
  | { status: 'loading' }

/** The report for a query string, reloaded when it changes; a failed call says why. */
export const useReport = (apiBase: string, query: string, locale: string | undefined): ReportLoad => {
  const [load, setLoad] = useState<ReportLoad>({ status: 'loading' })
  useEffect(() => {
    const controller = new AbortController()
    setLoad((previous) => (previous.status === 'ready' ? { ...previous, refreshing: true } : { status: 'loading' }))
    const url = `${apiBase}/booking/reports?${query}${locale ? `&locale=${encodeURIComponent(locale)}` : ''}`
    fetch(url, { credentials: 'include', signal: controller.signal })
      .then(async (response) => {
        const body = (await response.json().catch(() => null)) as ({ errors?: { message: string }[] } & Partial<Report>) | null
        if (!response.ok) {
          setLoad({ error: body?.errors?.[0]?.message ?? `HTTP ${response.status}`, status: 'error' })
        } else {
          setLoad({ refreshing: false, report: body as Report, status: 'ready' })
        }
      })
      .catch((error: unknown) => {
        if (!controller.signal.aborted) {
          setLoad({ error: error instanceof Error ? error.message : String(error), status: 'error' })
        }
      })
    return () => controller.abort()
  }, [apiBase, query, locale])
  return load
}
