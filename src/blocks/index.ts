import type { Block } from 'payload'

import { label } from '../utilities/label.ts'

/** Where the blocks' relationship fields point (the plugin's `slugs` option). */
export interface BookingBlockOptions {
  slugs?: { services?: string; staff?: string }
}

export const BOOKING_WIDGET_BLOCK = 'bookingWidget'
export const BOOKING_SERVICES_BLOCK = 'bookingServices'

/** What an editor stores in a Booking widget block (`blockType: 'bookingWidget'`). */
export interface BookingWidgetBlockData {
  blockType: typeof BOOKING_WIDGET_BLOCK
  /** `service`: each service's own disclosure mode; `suggest`/`request` narrow it (never widen). */
  disclosure?: 'request' | 'service' | 'suggest' | null
  heading?: null | string
  id?: null | string
  intro?: null | string
  /** `optional` (default), `required` or `hidden`. */
  phone?: 'hidden' | 'optional' | 'required' | null
  /** Services offered (ids or documents); empty: every active service. */
  services?: (number | string | { id: number | string })[] | null
  /** Specialists offered (ids or documents); empty: everyone who performs the service. */
  staff?: (number | string | { id: number | string })[] | null
}

/** What an editor stores in a Services list block (`blockType: 'bookingServices'`). */
export interface BookingServicesBlockData {
  blockType: typeof BOOKING_SERVICES_BLOCK
  /** Where the "Book" links go, e.g. '/book' (the service id is appended as ?service=). */
  bookingUrl?: null | string
  heading?: null | string
  id?: null | string
  services?: (number | string | { id: number | string })[] | null
  showPrices?: boolean | null
}

export type BookingBlockData = BookingServicesBlockData | BookingWidgetBlockData

/** The Booking widget block: service → recommended time → confirm. */
export const bookingWidgetBlock = (options: BookingBlockOptions = {}): Block => ({
  slug: BOOKING_WIDGET_BLOCK,
  fields: [
    { name: 'heading', type: 'text', label: label('block_heading'), localized: true },
    { name: 'intro', type: 'textarea', label: label('block_intro'), localized: true },
    {
      name: 'services',
      type: 'relationship',
      admin: { description: label('block_servicesDescription') },
      hasMany: true,
      label: label('services'),
      relationTo: options.slugs?.services ?? 'services',
    },
    {
      name: 'staff',
      type: 'relationship',
      admin: { description: label('block_staffDescription') },
      hasMany: true,
      label: label('block_staff'),
      relationTo: options.slugs?.staff ?? 'staff',
    },
    {
      name: 'disclosure',
      type: 'select',
      admin: { description: label('block_disclosureDescription') },
      defaultValue: 'service',
      label: label('disclosure'),
      options: [
        { label: label('block_disclosureService'), value: 'service' },
        { label: label('disclosureSuggest'), value: 'suggest' },
        { label: label('disclosureRequest'), value: 'request' },
      ],
    },
    {
      name: 'phone',
      type: 'select',
      defaultValue: 'optional',
      label: label('block_phone'),
      options: [
        { label: label('block_phoneOptional'), value: 'optional' },
        { label: label('block_phoneRequired'), value: 'required' },
        { label: label('block_phoneHidden'), value: 'hidden' },
      ],
    },
  ],
  interfaceName: 'BookingWidgetBlock',
  labels: { plural: label('block_widgetPlural'), singular: label('block_widget') },
})

/** The Services list block: names, durations and prices, each with a "Book" link. */
export const bookingServicesBlock = (options: BookingBlockOptions = {}): Block => ({
  slug: BOOKING_SERVICES_BLOCK,
  fields: [
    { name: 'heading', type: 'text', label: label('block_heading'), localized: true },
    {
      name: 'services',
      type: 'relationship',
      admin: { description: label('block_servicesDescription') },
      hasMany: true,
      label: label('services'),
      relationTo: options.slugs?.services ?? 'services',
    },
    { name: 'showPrices', type: 'checkbox', defaultValue: true, label: label('block_showPrices') },
    {
      name: 'bookingUrl',
      type: 'text',
      admin: { description: label('block_bookingUrlDescription') },
      label: label('block_bookingUrl'),
    },
  ],
  interfaceName: 'BookingServicesBlock',
  labels: { plural: label('block_servicesListPlural'), singular: label('block_servicesList') },
})

/** Both blocks, for a `blocks` field: `{ type: 'blocks', blocks: createBookingBlocks({ slugs }) }`. */
export const createBookingBlocks = (options: BookingBlockOptions = {}): Block[] => [
  bookingWidgetBlock(options),
  bookingServicesBlock(options),
]

/** Both blocks with the plugin's default slugs (`services`, `staff`). */
export const bookingBlocks: Block[] = createBookingBlocks()
