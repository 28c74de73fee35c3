/** English strings of the requests queue. The source of the key set the other languages must match. */
export const en = {
  queue_title: 'Request queue',
}

export type QueueTranslations = Record<keyof typeof en, string>
