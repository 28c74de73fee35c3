/** English strings of the admin calendar. The source of the key set the other languages must match. */
export const en = {
  calendar_title: 'Calendar',
}

export type CalendarTranslations = Record<keyof typeof en, string>
