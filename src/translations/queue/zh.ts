import type { QueueTranslations } from './en.ts'

export const zh: QueueTranslations = {
  queue_title: '预约申请',
}
