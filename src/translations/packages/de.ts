import type { PackagesTranslations } from './en.ts'

export const de: PackagesTranslations = {
  customerPackage: 'Paket',
}
