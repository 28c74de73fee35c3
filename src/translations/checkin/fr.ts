import type { CheckInTranslations } from './en.ts'

export const fr: CheckInTranslations = {
  checkin_title: 'Accueil',
}
