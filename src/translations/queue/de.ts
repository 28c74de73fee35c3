import type { QueueTranslations } from './en.ts'

export const de: QueueTranslations = {
  queue_title: 'Anfragen',
}
