/** English strings of this feature. The source of the key set the other languages must match. */
export const en = {
  customerPackage: 'Package',
}

export type PackagesTranslations = Record<keyof typeof en, string>
