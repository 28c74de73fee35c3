import type { GenericTranslationsObject } from '@payloadcms/translations'

import { calendarTranslations } from './calendar/index.ts'
import { checkinTranslations } from './checkin/index.ts'
import { customersTranslations } from './customers/index.ts'
import { de } from './de.ts'
import { en } from './en.ts'
import { fr } from './fr.ts'
import { loyaltyTranslations } from './loyalty/index.ts'
import { packagesTranslations } from './packages/index.ts'
import { paymentsTranslations } from './payments/index.ts'
import { queueTranslations } from './queue/index.ts'
import { reportsTranslations } from './reports/index.ts'
import { ru } from './ru.ts'
import { widgetTranslations } from './widget/index.ts'
import { zh } from './zh.ts'

/**
 * One file per language and feature (core collections and e-mails here; a folder per feature
 * beside), merged into the plugin's one namespace. English is the key set.
 */
const features = [
  calendarTranslations,
  queueTranslations,
  widgetTranslations,
  paymentsTranslations,
  customersTranslations,
  loyaltyTranslations,
  packagesTranslations,
  checkinTranslations,
  reportsTranslations,
] as const

const mergedEnglish = {
  ...en,
  ...calendarTranslations.en,
  ...queueTranslations.en,
  ...widgetTranslations.en,
  ...paymentsTranslations.en,
  ...customersTranslations.en,
  ...loyaltyTranslations.en,
  ...packagesTranslations.en,
  ...checkinTranslations.en,
  ...reportsTranslations.en,
}

export type BookingTranslationKey = keyof typeof mergedEnglish

export type BookingTranslations = Record<BookingTranslationKey, string>

export type BookingLanguage = 'de' | 'en' | 'fr' | 'ru' | 'zh'

const merge = (lang: BookingLanguage, core: Record<string, string>): BookingTranslations =>
  Object.assign({}, core, ...features.map((feature) => feature[lang])) as BookingTranslations

/** The plugin's strings in every language it ships, under its one namespace. */
export const bookingTranslations: Record<BookingLanguage, BookingTranslations> = {
  de: merge('de', de),
  en: merge('en', en),
  fr: merge('fr', fr),
  ru: merge('ru', ru),
  zh: merge('zh', zh),
}

export const translationsFor = (namespace: string): Record<string, GenericTranslationsObject> =>
  Object.fromEntries(Object.entries(bookingTranslations).map(([lang, strings]) => [lang, { [namespace]: strings }]))
