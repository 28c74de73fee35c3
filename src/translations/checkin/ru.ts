import type { CheckInTranslations } from './en.ts'

export const ru: CheckInTranslations = {
  checkin_title: 'Регистрация',
}
