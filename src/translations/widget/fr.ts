import type { WidgetTranslations } from './en.ts'

export const fr: WidgetTranslations = {
  widget_title: 'Prendre rendez-vous',
}
