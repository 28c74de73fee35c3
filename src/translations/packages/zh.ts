import type { PackagesTranslations } from './en.ts'

export const zh: PackagesTranslations = {
  customerPackage: '套餐',
}
