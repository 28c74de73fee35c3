import ical, { ICalCalendarMethod, ICalEventStatus } from 'ical-generator'

import type { MessageContext, MessageKind, RenderedMessage, Translate } from './types.ts'

import { bookingTranslations } from '../translations/index.ts'
import { makeTranslate } from './translate.ts'

export type IcsAttachment = NonNullable<RenderedMessage['ics']>

export interface BuildIcsOptions {
  /** DTSTAMP (epoch ms); defaults to the current time. Pass one for reproducible output. */
  now?: number
  /** Labels for the description; defaults to the plugin's strings in `context.locale`. */
  t?: Translate
}

/** Which kinds carry a calendar file, and with which iTIP method. */
const METHODS: Partial<Record<MessageKind, IcsAttachment['method']>> = {
  bookingCancelled: 'CANCEL',
  bookingConfirmed: 'REQUEST',
  bookingReminder: 'REQUEST',
  bookingRescheduled: 'REQUEST',
  requestBooked: 'REQUEST',
}

/** The UID every message about one booking shares, so calendars update instead of duplicating. */
export const icsUid = (reference: string): string => `${reference}@payload-booking`

/**
 * The iCalendar attachment for a booking message: METHOD:REQUEST for a confirmed, booked,
 * rescheduled or reminded appointment and METHOD:CANCEL (STATUS:CANCELLED) for a cancelled one,
 * all with the UID `<reference>@payload-booking` and times in UTC. SEQUENCE is 0, and 1 for a
 * reschedule or cancellation (a revision, so calendars apply it over the original). Undefined for
 * every other kind and when the context carries no booking.
 */
export function buildIcs(context: MessageContext, options: BuildIcsOptions = {}): RenderedMessage['ics'] {
  const method = METHODS[context.kind]
  const booking = context.booking
  if (!method || !booking) return undefined
  const t =
    options.t ?? makeTranslate(bookingTranslations[context.locale] ?? bookingTranslations.en, bookingTranslations.en)
  const cancelled = method === 'CANCEL'
  const forCustomer = context.recipient === 'customer'
  const manageUrl = forCustomer && !cancelled && context.manageUrl ? context.manageUrl : null

  const description = [`${t('email_label_reference')}: ${booking.reference}`]
  if (!forCustomer) {
    const contact = [context.customer.email, context.customer.phone].filter(Boolean).join(', ')
    description.push(`${t('email_label_customer')}: ${context.customer.name}${contact ? ` (${contact})` : ''}`)
  }
  if (context.staffName) description.push(`${t('email_label_staff')}: ${context.staffName}`)
  if (manageUrl) description.push(`${t('email_manageLink')}: ${manageUrl}`)

  const calendar = ical({
    method: cancelled ? ICalCalendarMethod.CANCEL : ICalCalendarMethod.REQUEST,
    prodId: { company: 'payload-booking', language: context.locale.toUpperCase(), product: 'payload-booking' },
  })
  calendar.createEvent({
    description: description.join('\n'),
    end: new Date(booking.end),
    id: icsUid(booking.reference),
    location: context.business.address || null,
    sequence: context.kind === 'bookingRescheduled' || cancelled ? 1 : 0,
    stamp: new Date(options.now ?? Date.now()),
    start: new Date(booking.start),
    status: cancelled ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
    summary: context.serviceName ? `${context.serviceName} – ${context.business.name}` : context.business.name,
    url: manageUrl,
  })
  return {
    content: calendar.toString(),
    filename: `booking-${booking.reference.replace(/[^\w.-]+/g, '_')}.ics`,
    method,
  }
}
