import type { ReportsTranslations } from './en.ts'

export const de: ReportsTranslations = {
  reports_title: 'Berichte',
}
