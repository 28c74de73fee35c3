/** The plugin's pure e-mail renderers: no Payload, only the message context and a translator. */
export type { BuildIcsOptions, IcsAttachment } from './ics.ts'
export type { MessageParts, MessageRow } from './layout.ts'
export type { MessageVariant } from './renderMessage.ts'
export type { MessageContext, MessageKind, MessageLocale, MessageTemplate, Recipient, RenderedMessage, Translate } from './types.ts'

export { durationMinutes, escapeHtml, formatDate, formatInstant, formatPrice, formatTime, formatWhen, intlLocale } from './format.ts'
export { buildIcs, icsUid } from './ics.ts'
export { renderHtml, renderText } from './layout.ts'
export { isStaffFacing, messageVariant, renderMessage } from './renderMessage.ts'
export { makeTranslate } from './translate.ts'
