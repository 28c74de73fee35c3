import type { PayloadRequest } from 'payload'

import type { MessageKind, Recipient } from '../email/types.ts'
import type { SanitizedBookingOptions } from '../types.ts'

export const SEND_MESSAGE_TASK = 'bookingSendMessage'

export interface MessageJobInput {
  /** Payment messages: the amount the message is about (a refund), in the smallest unit. */
  amount?: number
  bookingId?: number | string
  /** Reminders: the start they were planned for; a moved or cancelled booking drops them. */
  expectStart?: string
  kind: MessageKind
  /** requestContact: the staff member's message. */
  note?: string
  /** Payment messages: the payment record. */
  paymentId?: number | string
  /** Reschedules: where the booking was before. */
  previous?: { end: string; staffId: number | string; start: string }
  recipient: Recipient
  requestId?: number | string
}

/**
 * Puts one message on the jobs queue, in the transaction of the change that causes it (the
 * `req`): if the booking rolls back, so does its message; if it commits, the message is sent
 * later by a worker, with retries, and no mail outage can undo the booking.
 */
export const queueMessage = async (
  req: PayloadRequest,
  options: SanitizedBookingOptions,
  input: MessageJobInput,
  waitUntil?: Date,
): Promise<void> => {
  await req.payload.jobs.queue({
    input: input as never,
    queue: options.notifications.queue,
    req,
    task: SEND_MESSAGE_TASK as never,
    ...(waitUntil ? { waitUntil } : {}),
  })
}
