'use client'

import { useConfig } from '@payloadcms/ui'
import { useCallback } from 'react'

/** A JSON call against the site's API that throws the server's own error message. */
export class ApiError extends Error {
  readonly status: number

  constructor(status: number, message: string) {
    super(message)
    this.status = status
  }
}

export const REQUESTS_CHANGED_EVENT = 'payload-booking:requests-changed'

/** Tells every listener (the nav badge) that requests changed, so it re-counts now. */
export const announceRequestsChanged = () => window.dispatchEvent(new Event(REQUESTS_CHANGED_EVENT))

/** `fetch` bound to `<serverURL><routes.api>`, sending the admin's cookie; JSON in and out. */
export const useApi = () => {
  const { config } = useConfig()
  const base = `${config.serverURL ?? ''}${config.routes.api}`
  return useCallback(
    async <T>(path: string, init: { body?: unknown; method?: 'GET' | 'POST'; signal?: AbortSignal } = {}): Promise<T> => {
      const response = await fetch(base + path, {
        body: init.body === undefined ? undefined : JSON.stringify(init.body),
        credentials: 'include',
        headers: init.body === undefined ? undefined : { 'Content-Type': 'application/json' },
        method: init.method ?? 'GET',
        signal: init.signal,
      })
      const body = (await response.json().catch(() => null)) as
        | (T & { errors?: { message?: string }[] })
        | null
      if (!response.ok) {
        throw new ApiError(response.status, body?.errors?.[0]?.message ?? `${response.status} ${response.statusText}`)
      }
      return body as T
    },
    [base],
  )
}
