import type { CheckInTranslations } from './en.ts'

export const zh: CheckInTranslations = {
  checkin_title: '签到',
}
