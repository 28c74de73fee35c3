/** English strings of the public booking widget and blocks. The source of the key set the other languages must match. */
export const en = {
  widget_title: 'Book an appointment',
}

export type WidgetTranslations = Record<keyof typeof en, string>
