/** English strings of this feature. The source of the key set the other languages must match. */
export const en = {
  reports_title: 'Reports',
}

export type ReportsTranslations = Record<keyof typeof en, string>
