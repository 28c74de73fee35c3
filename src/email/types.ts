/**
 * What the e-mail renderers see. Pure data: the jobs that send messages load the booking or
 * request, fill this in and pass it to `renderMessage`; nothing here touches Payload.
 */

export type MessageKind =
  /** To the customer: the booking is confirmed (also after staff booked a request: see requestBooked). */
  | 'bookingCancelled'
  | 'bookingConfirmed'
  | 'bookingReminder'
  | 'bookingRescheduled'
  /** To the customer: paid after the hold expired and the time was taken; refunded in full. */
  | 'paymentLate'
  /** To the customer: the receipt of a payment that confirmed their booking. */
  | 'paymentReceipt'
  /** To the customer: a refund (cancellation by policy, or a second payment for one booking). */
  | 'paymentRefunded'
  | 'requestBooked'
  /** To the customer: staff's own message about their request. */
  | 'requestContact'
  | 'requestDeclined'
  | 'requestReceived'
  | 'staffNewBooking'
  | 'staffNewRequest'

export type Recipient = 'customer' | 'staff'

export type MessageLocale = 'de' | 'en' | 'fr' | 'ru' | 'zh'

export interface MessageContext {
  /** The appointment, for every booking message (and requestBooked). Instants in epoch ms. */
  booking?: {
    cancelReason?: null | string
    currency?: null | string
    end: number
    notes?: null | string
    price?: null | number
    reference: string
    seats: number
    start: number
  }
  business: {
    address?: null | string
    name: string
    /** IANA zone every time in the message is shown in (and named). */
    timezone: string
  }
  customer: { email?: null | string; name: string; phone?: null | string }
  kind: MessageKind
  locale: MessageLocale
  /** The customer's "manage / cancel my booking" link, when the site has one. */
  manageUrl?: null | string
  /** For payment messages: amounts in the currency's main unit (45.5 = 45,50 €). */
  payment?: {
    /** What this message is about: the amount paid (receipt) or refunded (refunds). */
    amount: number
    currency: string
    /** Lines about the seller from the options (legal name, tax number). */
    details: string[]
    kind: 'deposit' | 'full'
    paid: number
    provider: string
    tax?: { amount: number; label: string; rate: number } | null
    total: number
  }
  /** For bookingRescheduled: where the appointment was before. */
  previous?: { end: number; staffName?: null | string; start: number }
  recipient: Recipient
  /** The request, for request messages. */
  request?: {
    /** requestContact: what the staff member wrote. */
    contactMessage?: null | string
    declineReason?: null | string
    message?: null | string
    preferredStart?: null | number
    reference: string
  }
  serviceName: string
  staffName?: null | string
}

export interface RenderedMessage {
  /** An iCalendar file to attach (booking confirmed / booked / rescheduled / cancelled). */
  ics?: { content: string; filename: string; method: 'CANCEL' | 'REQUEST' }
  html: string
  /**
   * The check-in QR code the HTML shows as `<img src="cid:…">`: the sender attaches it as an
   * inline PNG encoding `text` (the booking reference) under `cid`.
   */
  qr?: { cid: string; text: string }
  subject: string
  text: string
}

/** A translation lookup: the plugin's strings merged with the host's, for one language. */
export type Translate = (key: string, vars?: Record<string, number | string>) => string

/**
 * A site's own subject and body for one kind of message, without forking the plugin: return the
 * parts to replace (or nothing to keep the default). `defaults` is what the plugin would send.
 */
export type MessageTemplate = (
  context: MessageContext,
  defaults: RenderedMessage,
) => Partial<RenderedMessage> | undefined
