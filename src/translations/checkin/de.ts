import type { CheckInTranslations } from './en.ts'

export const de: CheckInTranslations = {
  checkin_title: 'Check-in',
}
