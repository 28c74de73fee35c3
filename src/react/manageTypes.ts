import type { en } from '../translations/checkin/en.ts'

/** The manage page's strings (the `manage_*` keys of the check-in translations). */
export type ManageStrings = { [K in keyof typeof en as K extends `manage_${string}` ? K : never]: string }

/** The booking as `GET /api/booking/lookup` answers it. */
export interface ManagedBooking {
  currency: null | string
  end: string
  id: number | string
  paymentStatus?: null | string
  price: null | number
  reference: string
  seats: number
  service: null | number | string
  staff: null | number | string
  start: string
  status: 'cancelled' | 'completed' | 'confirmed' | 'held' | 'no-show'
}

/** What the page shows of the service: its name and, for services paid online, the refund rules. */
export interface ManagedService {
  name: string
  payment?: 'deposit' | 'none' | 'required' | null
  refundRules?: { hoursBefore: number; percent: number }[] | null
}

export interface BookingManageProps {
  /** Where the Payload REST API is mounted. @default '/api' */
  apiBase?: string
  /** The visitor's language ('de'), for dates and the service name. */
  lang: string
  /** From the manage link; read from the page's `?reference=&token=` when not given. */
  reference?: null | string
  strings: ManageStrings
  /** The business's zone: every time is shown in it (and named). */
  timezone: string
  token?: null | string
}
