import type { CalendarTranslations } from './en.ts'

export const de: CalendarTranslations = {
  calendar_title: 'Kalender',
}
