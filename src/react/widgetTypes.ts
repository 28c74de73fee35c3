import type { WidgetTranslations } from '../translations/widget/en.ts'
import type { ApiSlot } from './api.ts'

/** A service as the widget shows it (loaded on the server). */
export interface WidgetService {
  currency: null | string
  description?: null | string
  durationMinutes: number
  id: number | string
  name: string
  /** bookingMode 'request': visitors ask, staff confirm. */
  onRequest: boolean
  price: null | number
  /** Online payment (on a site with a payment provider): `none` is paid on site. @default 'none' */
  payment?: 'deposit' | 'none' | 'required'
  depositAmount?: null | number
  depositPercent?: null | number
  refundRules?: { hoursBefore: number; percent: number }[]
  staff: { id: number | string; name: string }[]
}

export interface BookingWidgetProps {
  /** Where the Payload REST API is mounted. @default '/api' */
  apiBase?: string
  /** The block's narrowing of each service's disclosure mode. */
  disclosure?: 'request' | 'suggest' | null
  heading?: null | string
  /** The service to start with (e.g. from a services list's "Book" link). */
  initialServiceId?: null | number | string
  intro?: null | string
  lang: string
  /** The customer's manage/cancel page: `{reference}` and `{token}` are filled in. */
  manageUrl?: null | string
  phone?: 'hidden' | 'optional' | 'required' | null
  services: WidgetService[]
  strings: WidgetTranslations
  /** The business's zone until the first answer names it. */
  timezone?: string
}

/** `pay`: the hold is being paid for (the visitor waits for the payment to confirm it). */
export type Step = 'confirm' | 'done' | 'pay' | 'service' | 'time'

/** What the time step tells the visitor on arrival. */
export type Notice = 'holdExpired' | 'payLate' | 'raceLost'

export interface Times {
  /** null: the best times of the coming days; a date: all that may be shown of that day. */
  day: null | string
  disclosure: 'all' | 'request' | 'suggest'
  slots: ApiSlot[]
  status: 'error' | 'loading' | 'ready'
}

export interface Hold {
  end: string
  expiresAt: number
  skew: number
  start: string
  token: string
}

export type Done =
  | { cancelToken: string; end: string; kind: 'booking'; reference: string; start: string }
  | { kind: 'request'; preferredStart: null | string; reference: string }

/** What every step gets: the visitor's language and strings, the business's zone, the widget's id prefix. */
export interface StepContext {
  lang: string
  t: WidgetTranslations
  timezone: string
  /** Ids unique per widget (two widgets on one page never share a label target). */
  uid: string
}
