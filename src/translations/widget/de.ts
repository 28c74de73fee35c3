import type { WidgetTranslations } from './en.ts'

export const de: WidgetTranslations = {
  widget_title: 'Termin buchen',
}
