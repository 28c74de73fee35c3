import type { CalendarTranslations } from './en.ts'

export const ru: CalendarTranslations = {
  calendar_title: 'Календарь',
}
