import type { CollectionConfig, PayloadRequest } from 'payload'

/** The collections the plugin adds, by role. */
export type BookingCollectionKey = 'availability' | 'bookings' | 'requests' | 'services' | 'staff'

export type BookingStatus = 'cancelled' | 'completed' | 'confirmed' | 'held' | 'no-show'
export type BookingSource = 'admin' | 'online' | 'phone' | 'request' | 'walk-in'
export type BookingMode = 'instant' | 'request'
export type RequestStatus = 'booked' | 'contacted' | 'declined' | 'expired' | 'new'

/** Whether the user of a request is an administrator of the booking system. */
export type AccessPredicate = (args: { req: PayloadRequest }) => boolean | Promise<boolean>

export type CollectionOverride = (args: { defaultCollection: CollectionConfig }) => CollectionConfig

export interface BookingPluginOptions {
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
  /** The longest availability range a client may ask for, in days. @default 62 */
  maxRangeDays?: number
  /** Collection slugs. @default services, staff, availability, bookings, booking-requests */
  slugs?: Partial<Record<BookingCollectionKey, string>>
  /** IANA timezone of the business; new schedules default to it. @default 'UTC' */
  timezone?: string
  /** The auth collection whose users staff records link to. @default config.admin.user */
  userCollection?: string
}

export interface SanitizedBookingOptions {
  clock: () => Date
  collectionOverrides: Partial<Record<BookingCollectionKey, CollectionOverride>>
  defaultLocale: string
  enabled: boolean
  holdMinutes: number
  isAdmin: AccessPredicate
  maxRangeDays: number
  slugs: Record<BookingCollectionKey, string>
  timezone: string
  userCollection: string
}
