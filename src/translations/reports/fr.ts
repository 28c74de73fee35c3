import type { ReportsTranslations } from './en.ts'

export const fr: ReportsTranslations = {
  reports_title: 'Rapports',
}
