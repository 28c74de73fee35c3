import type { PayloadRequest, TaskConfig } from 'payload'

import QRCode from 'qrcode'

import type { MessageContext, RenderedMessage } from '../email/types.ts'
import type { MessageJobInput } from '../notifications/queueMessage.ts'
import type { SanitizedBookingOptions } from '../types.ts'

import { PLUGIN_NAMESPACE } from '../defaults.ts'
import { renderMessage } from '../email/renderMessage.ts'
import { makeTranslate } from '../email/translate.ts'
import { loadMessage } from '../notifications/loadMessage.ts'
import { queueMessage, SEND_MESSAGE_TASK } from '../notifications/queueMessage.ts'
import { bookingTranslations } from '../translations/index.ts'

/** The plugin's strings for a language, with the host's own translations winning. */
const translatorFor = (req: PayloadRequest, locale: MessageContext['locale']) => {
  const configured = (req.payload.config.i18n?.translations ?? {}) as Record<string, Record<string, Record<string, string>>>
  const strings = { ...bookingTranslations[locale], ...configured[locale]?.[PLUGIN_NAMESPACE] }
  return makeTranslate(strings, bookingTranslations.en)
}

/** Renders one message with the site's template override applied. */
export const composeMessage = (
  req: PayloadRequest,
  options: SanitizedBookingOptions,
  context: MessageContext,
): RenderedMessage => {
  const defaults = renderMessage(context, translatorFor(req, context.locale))
  const override = options.notifications.templates[context.kind]?.(context, defaults)
  return { ...defaults, ...override }
}

/**
 * Sends one queued message. A failure (the SMTP server is down) fails the task, and the queue
 * retries it with exponential backoff; the booking that caused the message is never touched.
 */
export const sendMessageTask = (options: SanitizedBookingOptions): TaskConfig => ({
  slug: SEND_MESSAGE_TASK,
  handler: async ({ input, req }) => {
    const job = input as unknown as MessageJobInput
    const loaded = await loadMessage(req, options, job)
    if ('skip' in loaded) {
      return { output: { sent: false, skipped: loaded.skip } }
    }
    if ('deferUntil' in loaded) {
      await queueMessage(req, options, job, loaded.deferUntil)
      return { output: { deferredUntil: loaded.deferUntil.toISOString(), sent: false } }
    }
    const message = composeMessage(req, options, loaded.context)
    const attachments = [
      ...(message.ics
        ? [
            {
              content: message.ics.content,
              contentType: `text/calendar; charset=utf-8; method=${message.ics.method}`,
              filename: message.ics.filename,
            },
          ]
        : []),
      // The check-in code, shown inside the HTML (cid:) rather than as a file to open; not when a
      // site's template replaced the HTML without it.
      ...(message.qr && message.html.includes(`cid:${message.qr.cid}`)
        ? [
            {
              cid: message.qr.cid,
              content: await QRCode.toBuffer(message.qr.text, { errorCorrectionLevel: 'M', margin: 2, type: 'png', width: 400 }),
              contentDisposition: 'inline' as const,
              contentType: 'image/png',
              filename: `${message.qr.text}.png`,
            },
          ]
        : []),
    ]
    await req.payload.sendEmail({
      attachments: attachments.length > 0 ? attachments : undefined,
      html: message.html,
      subject: message.subject,
      text: message.text,
      to: loaded.to,
    })
    return { output: { sent: true, to: loaded.to } }
  },
  label: 'Send a booking message',
  retries: {
    attempts: options.notifications.retry.attempts,
    backoff: { delay: options.notifications.retry.delayMs, type: 'exponential' },
  },
})
