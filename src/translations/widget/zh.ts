import type { WidgetTranslations } from './en.ts'

export const zh: WidgetTranslations = {
  widget_title: '预约',
}
