import type { PackagesTranslations } from './en.ts'

export const fr: PackagesTranslations = {
  customerPackage: 'Forfait',
}
