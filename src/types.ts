import type { CollectionConfig, PayloadRequest } from 'payload'

import type { MessageKind, MessageTemplate } from './email/types.ts'
import type { PaymentOptions, SanitizedPaymentOptions } from './payments/types.ts'

/** The collections the plugin adds, by role. */
export type BookingCollectionKey =
  | 'availability'
  | 'bookings'
  | 'customerPackages'
  | 'customers'
  | 'packages'
  | 'payments'
  | 'points'
  | 'requests'
  | 'rewards'
  | 'services'
  | 'staff'

export type BookingStatus = 'cancelled' | 'completed' | 'confirmed' | 'held' | 'no-show'
export type BookingSource = 'admin' | 'online' | 'phone' | 'request' | 'walk-in'
export type BookingMode = 'instant' | 'request'
export type RequestStatus = 'booked' | 'contacted' | 'declined' | 'expired' | 'new'

/** Whether the user of a request is an administrator of the booking system. */
export type AccessPredicate = (args: { req: PayloadRequest }) => boolean | Promise<boolean>

export type CollectionOverride = (args: { defaultCollection: CollectionConfig }) => CollectionConfig

export interface NotificationOptions {
  /** Where the appointment takes place, shown in messages and calendar files. */
  businessAddress?: string
  /** The business's name in messages. @default 'Booking' */
  businessName?: string
  /** `false`: no messages are queued. @default true */
  enabled?: boolean
  /** Inbox for staff messages naming no staff member with an e-mail (e.g. requests for anyone). */
  inbox?: string
  /**
   * The customer's "manage / cancel" page; `{reference}` and `{token}` are filled in, e.g.
   * 'https://example.com/booking/manage?reference={reference}&token={token}'.
   * @default no link
   */
  manageUrl?: string
  /** The jobs queue messages go on (run it with autoRun or a worker). @default 'booking' */
  queue?: string
  /** Minutes before the start the reminder goes out; 0 turns reminders off. @default 1440 */
  reminderMinutesBefore?: number
  /** Sending attempts and the first retry delay (doubling each time). @default { attempts: 8, delayMs: 30000 } */
  retry?: { attempts?: number; delayMs?: number }
  /** Tell staff members (their `email`) of new bookings, requests, cancellations and moves. @default true */
  staffMessages?: boolean
  /** Replace the subject or body of any message: `{ bookingConfirmed: (context, defaults) => ({ subject }) }`. */
  templates?: Partial<Record<MessageKind, MessageTemplate>>
}

export interface CustomerOptions {
  /**
   * Anonymise customers whose last booking ended more than this many days ago, together with their
   * past bookings and requests (the bookings keep their numbers for reports). `null`: never.
   * @default null
   */
  retentionDays?: null | number
}

/** Points a completed booking earns: a number per booking, per currency unit of its price, or a function. */
export type LoyaltyEarnRule =
  | ((args: { booking: Record<string, unknown>; service: Record<string, unknown> }) => number)
  | { perCurrencyUnit: number }
  | number

export interface LoyaltyOptions {
  /** Points per completed booking (never for cancelled or no-show ones). */
  earn: LoyaltyEarnRule
}

export interface PackageOptions {
  /** A credit comes back when its booking is cancelled at least this many minutes before the start. @default 1440 */
  returnCreditUntilMinutes?: number
  /** A no-show uses up its credit. @default true */
  noShowForfeits?: boolean
}

export interface CheckInOptions {
  /** Minutes after the start a booking not checked in is marked no-show by the job. `null`: off. @default null */
  noShowAfterMinutes?: null | number
}

export interface BookingPluginOptions {
  /** Check-in and no-shows. */
  checkIn?: CheckInOptions
  /** The customers collection: retention of personal data. */
  customers?: CustomerOptions
  /** Loyalty points earned by completed bookings, redeemed for rewards. @default off (no points earned) */
  loyalty?: LoyaltyOptions
  /** Session packages: credits drawn by bookings. */
  packages?: PackageOptions
  /**
   * Who administers bookings (sees and edits everything, may overbook deliberately).
   * A logged-in user who is not an admin but is linked from a staff record (`staff.user`) is staff.
   * @default any logged-in user of the admin user collection
   */
  isAdmin?: AccessPredicate
  /** Replace parts of a collection the plugin adds; the user's hooks run after ours. */
  collectionOverrides?: Partial<Record<BookingCollectionKey, CollectionOverride>>
  /**
   * The current time. Only tests need this (to expire holds without waiting).
   * @default () => new Date()
   */
  clock?: () => Date
  /** Default customer locale for messages. @default 'en' */
  defaultLocale?: string
  /**
   * `false` keeps the collections (the schema does not change) but turns off endpoints, hooks'
   * behaviour and jobs.
   * @default true
   */
  enabled?: boolean
  /** How long a hold keeps a slot, in minutes (fractions allowed). @default 15 */
  holdMinutes?: number
  /** E-mails to customers and staff, sent through Payload's jobs queue and e-mail adapter. */
  notifications?: NotificationOptions
  /** The longest availability range a client may ask for, in days. @default 62 */
  maxRangeDays?: number
  /**
   * Online payment inside the hold: `{ provider: stripeProvider({ ... }) | manualProvider(), currency?, receipt? }`.
   * Services choose `payment: 'required' | 'deposit'`; without this option nothing is charged online.
   * @default off
   */
  payments?: PaymentOptions
  /** A request naming no preferred time expires this many days after it arrived. @default 14 */
  requestExpiryDays?: number
  /**
   * Collection slugs. @default services, staff, availability, bookings, booking-requests, booking-payments,
   * booking-customers, booking-points, booking-rewards, booking-packages, booking-customer-packages
   */
  slugs?: Partial<Record<BookingCollectionKey, string>>
  /** IANA timezone of the business; new schedules default to it. @default 'UTC' */
  timezone?: string
  /** The auth collection whose users staff records link to. @default config.admin.user */
  userCollection?: string
}

export interface SanitizedBookingOptions {
  checkIn: { noShowAfterMinutes: null | number }
  clock: () => Date
  customers: { retentionDays: null | number }
  loyalty: { earn: LoyaltyEarnRule | null }
  packages: Required<PackageOptions>
  collectionOverrides: Partial<Record<BookingCollectionKey, CollectionOverride>>
  defaultLocale: string
  enabled: boolean
  holdMinutes: number
  isAdmin: AccessPredicate
  maxRangeDays: number
  notifications: Required<Omit<NotificationOptions, 'businessAddress' | 'inbox' | 'manageUrl' | 'retry'>> & {
    businessAddress: null | string
    inbox: null | string
    manageUrl: null | string
    retry: { attempts: number; delayMs: number }
  }
  payments: SanitizedPaymentOptions
  requestExpiryDays: number
  slugs: Record<BookingCollectionKey, string>
  timezone: string
  userCollection: string
}
