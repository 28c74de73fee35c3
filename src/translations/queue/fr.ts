import type { QueueTranslations } from './en.ts'

export const fr: QueueTranslations = {
  queue_title: 'Demandes',
}
