import type { GenericTranslationsObject } from '@payloadcms/translations'

import { de } from './de.ts'
import { en } from './en.ts'
import { fr } from './fr.ts'
import { ru } from './ru.ts'
import { zh } from './zh.ts'

export type { BookingTranslationKey } from './en.ts'

export type BookingTranslations = Record<keyof typeof en, string>

/** The plugin's strings in every language it ships, under its one namespace. */
export const bookingTranslations: Record<'de' | 'en' | 'fr' | 'ru' | 'zh', BookingTranslations> = { de, en, fr, ru, zh }

export const translationsFor = (namespace: string): Record<string, GenericTranslationsObject> =>
  Object.fromEntries(Object.entries(bookingTranslations).map(([lang, strings]) => [lang, { [namespace]: strings }]))
