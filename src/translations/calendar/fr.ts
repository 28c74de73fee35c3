import type { CalendarTranslations } from './en.ts'

export const fr: CalendarTranslations = {
  calendar_title: 'Calendrier',
}
