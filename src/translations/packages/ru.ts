import type { PackagesTranslations } from './en.ts'

export const ru: PackagesTranslations = {
  customerPackage: 'Абонемент',
}
