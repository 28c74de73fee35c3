import type { CalendarTranslations } from './en.ts'

export const zh: CalendarTranslations = {
  calendar_title: '日历',
}
