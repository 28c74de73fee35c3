import type { ReportsTranslations } from './en.ts'

export const ru: ReportsTranslations = {
  reports_title: 'Отчёты',
}
