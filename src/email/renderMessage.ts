import type { MessageParts, MessageRow } from './layout.ts'
import type { MessageContext, MessageKind, RenderedMessage, Translate } from './types.ts'

import { durationMinutes, formatDate, formatInstant, formatPrice, formatWhen } from './format.ts'
import { buildIcs } from './ics.ts'
import { isSafeUrl, renderHtml, renderText } from './layout.ts'

/**
 * The wording a message uses (the suffix of its `email_subject_*` / `email_intro_*` keys). The
 * staff see staff-facing wording for every kind: a confirmation is a "new booking" for them.
 */
export type MessageVariant =
  | 'staffBookingCancelled'
  | 'staffBookingReminder'
  | 'staffBookingRescheduled'
  | 'staffRequestDeclined'
  | MessageKind

const STAFF_VARIANT: Record<MessageKind, MessageVariant> = {
  bookingCancelled: 'staffBookingCancelled',
  bookingConfirmed: 'staffNewBooking',
  bookingReminder: 'staffBookingReminder',
  bookingRescheduled: 'staffBookingRescheduled',
  // Payment messages go to customers only.
  paymentLate: 'paymentLate',
  paymentReceipt: 'paymentReceipt',
  paymentRefunded: 'paymentRefunded',
  requestBooked: 'staffNewBooking',
  requestContact: 'requestContact',
  requestDeclined: 'staffRequestDeclined',
  requestReceived: 'staffNewRequest',
  staffNewBooking: 'staffNewBooking',
  staffNewRequest: 'staffNewRequest',
}

const REQUEST_KINDS: ReadonlySet<MessageKind> = new Set(['requestContact', 'requestDeclined', 'requestReceived', 'staffNewRequest'])

const PAYMENT_KINDS: ReadonlySet<MessageKind> = new Set(['paymentLate', 'paymentReceipt', 'paymentRefunded'])

/** The customer's messages about an appointment to come: they carry the check-in QR code. */
const QR_KINDS: ReadonlySet<MessageKind> = new Set(['bookingConfirmed', 'bookingReminder', 'bookingRescheduled', 'requestBooked'])

/** The Content-ID of a booking's QR image (the reference holds only A–Z, 2–9 and a dash). */
export const qrContentId = (reference: string): string => `qr-${reference.replace(/[^\w-]/g, '')}@payload-booking`

/** The money lines of a payment message: total, paid (or deposit) and what is left, tax, refunds. */
const paymentRows = (
  payment: NonNullable<MessageContext['payment']>,
  kind: MessageKind,
  locale: string,
  t: Translate,
  rows: MessageRow[],
) => {
  const money = (amount: number) => formatPrice(amount, payment.currency, locale) ?? ''
  const add = (label: string, value: string) => rows.push({ label, value })
  if (kind === 'paymentReceipt') {
    add(t('email_label_total'), money(payment.total))
    add(t(payment.kind === 'deposit' ? 'email_label_depositPaid' : 'email_label_amountPaid'), money(payment.paid))
    if (payment.tax) {
      add(t('email_label_tax', { label: payment.tax.label, rate: payment.tax.rate }), money(payment.tax.amount))
    }
    if (payment.total > payment.paid) add(t('email_label_remaining'), money(payment.total - payment.paid))
    add(t('email_label_paidWith'), payment.provider)
  } else {
    add(t('email_label_amountPaid'), money(payment.paid))
    add(t('email_label_refunded'), money(payment.amount))
  }
}

/** True when the message goes to the staff (by recipient, or by a staff-only kind). */
export const isStaffFacing = (context: MessageContext): boolean =>
  context.recipient === 'staff' || context.kind === 'staffNewBooking' || context.kind === 'staffNewRequest'

export const messageVariant = (context: MessageContext): MessageVariant =>
  isStaffFacing(context) ? STAFF_VARIANT[context.kind] : context.kind

/** One line, no control characters: safe as a mail header. */
const oneLine = (value: string): string =>
  value
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u001f\u007f\u2028\u2029]+/g, ' ')
    .replace(/\s{2,}/g, ' ')
    .trim()

const present = (value: null | string | undefined): value is string => typeof value === 'string' && value.trim() !== ''

/**
 * Renders one message: subject, HTML and plain-text bodies, and for booking messages an iCalendar
 * attachment. Pure: everything comes from `context` and `t`; all user content is escaped in HTML.
 */
export function renderMessage(context: MessageContext, t: Translate): RenderedMessage {
  const { booking, business, customer, locale, request } = context
  const staff = isStaffFacing(context)
  const variant = messageVariant(context)
  const aboutRequest = REQUEST_KINDS.has(context.kind)
  const zone = business.timezone
  const reference = (aboutRequest ? (request?.reference ?? booking?.reference) : (booking?.reference ?? request?.reference)) ?? ''
  const contact = [customer.email, customer.phone].filter(present).join(', ') || t('email_contactNone')
  const dateOf = booking?.start ?? request?.preferredStart ?? null

  const vars = {
    business: business.name,
    contact,
    customer: customer.name,
    date: dateOf === null ? '' : formatDate(dateOf, zone, locale),
    name: customer.name,
    amount: context.payment ? (formatPrice(context.payment.amount, context.payment.currency, locale) ?? '') : '',
    reference,
    service: context.serviceName,
  }
  const subject = oneLine(t(`email_subject_${variant}`, vars))

  const rows: MessageRow[] = []
  const row = (labelKey: string, value: null | string | undefined, href?: string) => {
    if (present(value)) rows.push({ href, label: t(labelKey), value: value.trim() })
  }

  if (staff) {
    row('email_label_customer', customer.name)
    row('email_label_email', customer.email, customer.email ? `mailto:${customer.email.trim()}` : undefined)
    row('email_label_phone', customer.phone, customer.phone ? `tel:${customer.phone.replace(/[^\d+]/g, '')}` : undefined)
  }
  row('email_label_service', context.serviceName)

  if (aboutRequest) {
    if (request?.preferredStart !== null && request?.preferredStart !== undefined) {
      row('email_label_preferredTime', formatInstant(request.preferredStart, zone, locale))
    }
    if (context.kind !== 'requestDeclined' || staff) {
      row(staff ? 'email_label_message' : 'email_label_yourMessage', request?.message)
    }
    if (context.kind === 'requestDeclined') row('email_label_reason', request?.declineReason)
    row('email_label_reference', reference)
  } else if (booking) {
    row('email_label_staff', context.staffName)
    row('email_label_when', formatWhen(booking.start, booking.end, zone, locale))
    if (context.kind === 'bookingRescheduled' && context.previous) {
      const when = formatWhen(context.previous.start, context.previous.end, zone, locale)
      const movedFrom = context.previous.staffName
      row(
        'email_label_previous',
        present(movedFrom) && movedFrom !== context.staffName ? t('email_previousWith', { staff: movedFrom, when }) : when,
      )
    }
    row('email_label_duration', t('email_minutes', { minutes: durationMinutes(booking.start, booking.end) }))
    row('email_label_place', business.address)
    if (context.payment && PAYMENT_KINDS.has(context.kind)) {
      paymentRows(context.payment, context.kind, locale, t, rows)
    } else {
      row('email_label_price', formatPrice(booking.price, booking.currency, locale))
    }
    if (booking.seats > 1) row('email_label_seats', String(booking.seats))
    row('email_label_reference', booking.reference)
    if (context.kind === 'paymentReceipt') {
      row('email_label_seller', [business.name, business.address, ...(context.payment?.details ?? [])].filter(present).join(', '))
    }
    if (context.kind === 'bookingCancelled') row('email_label_reason', booking.cancelReason)
    if (staff || context.kind === 'bookingConfirmed' || context.kind === 'requestBooked') {
      row(staff ? 'email_label_message' : 'email_label_yourMessage', booking.notes)
    }
  } else {
    row('email_label_staff', context.staffName)
    row('email_label_reference', reference)
  }

  // The manage link carries the customer's token: only ever in the customer's own messages.
  const manageUrl = context.manageUrl?.trim()
  const action =
    !staff && !aboutRequest && booking && context.kind !== 'bookingCancelled' && context.kind !== 'paymentLate' && manageUrl && isSafeUrl(manageUrl)
      ? { intro: t('email_manageIntro'), label: t('email_manageLink'), url: manageUrl }
      : undefined

  const outro = staff
    ? undefined
    : context.kind === 'bookingCancelled'
      ? t('email_outro_bookingCancelled')
      : context.kind === 'requestDeclined'
        ? t('email_outro_requestDeclined')
        : undefined

  const qr = !staff && booking && QR_KINDS.has(context.kind) && present(booking.reference)
    ? { cid: qrContentId(booking.reference), text: booking.reference }
    : undefined

  const parts: MessageParts = {
    action,
    closing: staff ? [] : [t('email_signoff'), t('email_signoffName', vars)],
    footer: staff ? t('email_staffFooter', vars) : undefined,
    greeting: staff || !present(customer.name) ? t('email_greetingStaff') : t('email_greeting', vars),
    image: qr && { alt: t('checkin_email_qrAlt', vars), caption: t('checkin_email_qr', vars), src: `cid:${qr.cid}` },
    // Staff's own words to the customer stand where the standard introduction would.
    intro: context.kind === 'requestContact' && present(request?.contactMessage) ? request.contactMessage : t(`email_intro_${variant}`, vars),
    lang: locale,
    outro,
    rows,
    subject,
  }

  const ics = buildIcs(context, { t })
  return {
    html: renderHtml(parts),
    ...(qr ? { qr } : {}),
    subject,
    text: renderText(parts),
    ...(ics ? { ics } : {}),
  }
}
