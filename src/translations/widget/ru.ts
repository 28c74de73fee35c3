import type { WidgetTranslations } from './en.ts'

export const ru: WidgetTranslations = {
  widget_title: 'Записаться',
}
