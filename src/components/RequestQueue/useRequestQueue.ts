'use client'

import type { QueueResult, QueueTab } from './types.ts'

import { useApiQuery } from './useApiQuery.ts'

/** One page of a queue tab with every tab's count (nothing is fetched while not `enabled`); `reload` after an action. */
export const useRequestQueue = (requestsPath: string, tab: QueueTab, page: number, enabled = true) =>
  useApiQuery<QueueResult>(enabled ? `${requestsPath}/queue?tab=${tab}&page=${page}` : null)
