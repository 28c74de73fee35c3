import type { QueueTranslations } from './en.ts'

export const ru: QueueTranslations = {
  queue_title: 'Запросы',
}
