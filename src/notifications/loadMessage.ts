import type { PayloadRequest } from 'payload'

import type { MessageContext, MessageLocale } from '../email/types.ts'
import type { SanitizedBookingOptions } from '../types.ts'
import type { MessageJobInput } from './queueMessage.ts'

import { fromMinor, includedTax } from '../payments/money.ts'
import { relationId, toInstant } from '../utilities/relationId.ts'
import { unsealToken } from '../utilities/tokens.ts'

type Doc = Record<string, any> & { id: number | string }

export type LoadedMessage = { context: MessageContext; to: string } | { deferUntil: Date } | { skip: string }

const LOCALES: MessageLocale[] = ['en', 'de', 'fr', 'ru', 'zh']

/** 'de-AT' -> 'de'; anything we do not write falls back to the plugin's default language. */
export const messageLocale = (value: unknown, fallback: string): MessageLocale => {
  const short = typeof value === 'string' ? value.slice(0, 2).toLowerCase() : ''
  if (LOCALES.includes(short as MessageLocale)) {
    return short as MessageLocale
  }
  return LOCALES.includes(fallback as MessageLocale) ? (fallback as MessageLocale) : 'en'
}

/**
 * Everything one message needs, read fresh when the job runs (not when it was queued), so a
 * message always tells the booking as it is. A reminder for a booking that was cancelled or moved
 * since is skipped, as is a message with nobody to send it to.
 */
export const loadMessage = async (
  req: PayloadRequest,
  options: SanitizedBookingOptions,
  input: MessageJobInput,
): Promise<LoadedMessage> => {
  const find = async (collection: string, id: unknown, locale?: string): Promise<Doc | null> => {
    const key = relationId(id)
    if (key === null) {
      return null
    }
    return (await req.payload
      .findByID({ id: key, collection, depth: 0, disableErrors: true, locale, overrideAccess: true, req, showHiddenFields: true })
      .catch(() => null)) as Doc | null
  }
  const request = input.requestId !== undefined ? await find(options.slugs.requests, input.requestId) : null
  if (input.requestId !== undefined && !request) {
    return { skip: 'the request no longer exists' }
  }
  const bookingId = input.bookingId ?? (input.kind === 'requestBooked' ? relationId(request?.booking) : undefined)
  const booking = bookingId !== undefined && bookingId !== null ? await find(options.slugs.bookings, bookingId) : null
  if (bookingId !== undefined && !booking) {
    return { skip: 'the booking no longer exists' }
  }
  const subject = (booking ?? request)!
  if (input.kind === 'bookingReminder') {
    const now = options.clock().getTime()
    const current = booking?.status === 'confirmed' && toInstant(booking.start) === toInstant(input.expectStart)
    if (!current || toInstant(booking!.start) <= now) {
      return { skip: 'the booking was cancelled or moved since the reminder was planned' }
    }
    // A worker whose clock runs ahead of the plugin's (or a queue run by hand) is early: wait.
    const sendAt = toInstant(booking!.start) - options.notifications.reminderMinutesBefore * 60_000
    if (now < sendAt) {
      return { deferUntil: new Date(sendAt) }
    }
  }
  const customer = (subject.customer ?? {}) as MessageContext['customer']
  const locale =
    input.recipient === 'customer'
      ? messageLocale((subject.customer as { locale?: string } | undefined)?.locale, options.defaultLocale)
      : messageLocale(options.defaultLocale, 'en')
  // All locales at once, then ours: a job's `req` carries its own locale, which a `locale`
  // argument does not reliably override.
  const service = await find(options.slugs.services, subject.service, 'all')
  const staff = await find(options.slugs.staff, subject.staff)
  const to =
    input.recipient === 'customer'
      ? customer.email
      : (staff?.email ?? (await serviceStaffEmails(req, options, subject.service)) ?? options.notifications.inbox)
  if (!to) {
    return { skip: `no e-mail address for the ${input.recipient}` }
  }
  const previousStaff =
    input.previous && String(input.previous.staffId) !== String(staff?.id)
      ? await find(options.slugs.staff, input.previous.staffId)
      : staff
  const payment = input.paymentId !== undefined ? await find(options.slugs.payments, input.paymentId) : null
  if (input.paymentId !== undefined && !payment) {
    return { skip: 'the payment no longer exists' }
  }
  const context: MessageContext = {
    booking: booking
      ? {
          cancelReason: booking.cancellation?.reason ?? null,
          currency: booking.currency ?? null,
          end: toInstant(booking.end),
          notes: booking.notes ?? null,
          price: booking.price ?? null,
          reference: String(booking.reference),
          seats: Number(booking.seats ?? 1),
          start: toInstant(booking.start),
        }
      : undefined,
    business: {
      address: options.notifications.businessAddress,
      name: options.notifications.businessName,
      timezone: options.timezone,
    },
    customer: { email: customer.email ?? null, name: String(customer.name ?? ''), phone: customer.phone ?? null },
    kind: input.kind,
    locale,
    manageUrl: booking ? manageUrl(options, booking, req.payload.secret) : null,
    payment: payment ? paymentContext(options, payment, input.amount) : undefined,
    previous: input.previous
      ? { end: toInstant(input.previous.end), staffName: previousStaff?.name ?? null, start: toInstant(input.previous.start) }
      : undefined,
    recipient: input.recipient,
    request: request
      ? {
          contactMessage: input.note ?? null,
          declineReason: request.declineReason ?? null,
          message: request.message ?? null,
          preferredStart: request.preferredStart ? toInstant(request.preferredStart) : null,
          reference: String(request.reference),
        }
      : undefined,
    serviceName: localized(service?.name, locale, req.payload.config.localization),
    staffName: staff?.name ?? null,
  }
  return { context, to }
}

/**
 * Who hears of a request that names nobody: the active staff who perform its service (those with
 * an e-mail address), as one comma-separated recipient list; null when there are none.
 */
const serviceStaffEmails = async (
  req: PayloadRequest,
  options: SanitizedBookingOptions,
  service: unknown,
): Promise<null | string> => {
  const id = relationId(service)
  if (id === null) {
    return null
  }
  const { docs } = await req.payload.find({
    collection: options.slugs.staff,
    depth: 0,
    limit: 0,
    overrideAccess: true,
    pagination: false,
    req,
    select: { email: true },
    where: { and: [{ active: { equals: true } }, { services: { in: [id] } }, { email: { exists: true } }] },
  })
  const emails = docs.map((doc) => (doc as { email?: null | string }).email).filter(Boolean)
  return emails.length > 0 ? emails.join(', ') : null
}

/** A localized field read with `locale: 'all'`: ours, else the default locale's, else any. */
const localized = (value: unknown, locale: string, localization: unknown): string => {
  if (typeof value === 'string' || value === null || value === undefined) {
    return String(value ?? '')
  }
  const byLocale = value as Record<string, null | string | undefined>
  const fallback = (localization ? (localization as { defaultLocale?: string }).defaultLocale : undefined) ?? 'en'
  return String(byLocale[locale] ?? byLocale[fallback] ?? Object.values(byLocale).find(Boolean) ?? '')
}

const manageUrl = (options: SanitizedBookingOptions, booking: Doc, secret: string): null | string => {
  const template = options.notifications.manageUrl
  const token = booking.sealedManageToken ? unsealToken(String(booking.sealedManageToken), secret) : null
  if (!template || !token || booking.status === 'cancelled') {
    return null
  }
  return template
    .replaceAll('{reference}', encodeURIComponent(String(booking.reference)))
    .replaceAll('{token}', encodeURIComponent(token))
}

/** A payment record as the renderers see it: main currency units, the tax the options name. */
const paymentContext = (options: SanitizedBookingOptions, payment: Doc, amount: number | undefined): MessageContext['payment'] => {
  const currency = String(payment.currency)
  const paid = Number(payment.amount)
  const tax = options.payments.receipt.tax
  const provider = options.payments.provider
  return {
    amount: fromMinor(amount ?? paid, currency),
    currency,
    details: options.payments.receipt.details,
    kind: payment.kind === 'deposit' ? 'deposit' : 'full',
    paid: fromMinor(paid, currency),
    provider: provider && provider.name === payment.provider ? provider.label : String(payment.provider),
    tax: tax ? { amount: fromMinor(includedTax(paid, tax.rate), currency), label: tax.label, rate: tax.rate } : null,
    total: fromMinor(Number(payment.total ?? paid), currency),
  }
}
