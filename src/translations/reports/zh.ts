import type { ReportsTranslations } from './en.ts'

export const zh: ReportsTranslations = {
  reports_title: '报表',
}
