// The endpoints' answers, as the client reads them: the operations' own types (type-only imports).
export type { QueueResult, QueueRow, QueueTab } from '../../operations/requests/requestQueue.ts'
export type { RequestSlotCheck as SlotCheck } from '../../operations/requests/checkRequestSlot.ts'

export type Translate = (key: string, vars?: Record<string, unknown>) => string
