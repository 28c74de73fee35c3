import type { LabelFunction } from 'payload'

import type { BookingTranslationKey } from '../translations/index.ts'

import { PLUGIN_NAMESPACE } from '../defaults.ts'
import { bookingTranslations } from '../translations/index.ts'

type Translate = (key: string) => string

/** A label read from the plugin's translations in the admin's language. */
export const label =
  (key: BookingTranslationKey): LabelFunction =>
  ({ t }) =>
    (t as unknown as Translate)(`${PLUGIN_NAMESPACE}:${key}`)

/** The same string as a `{ en, de, ... }` record, for places that take no label function (nav groups). */
export const labelByLanguage = (key: BookingTranslationKey): Record<string, string> =>
  Object.fromEntries(Object.entries(bookingTranslations).map(([lang, strings]) => [lang, strings[key]]))
