import type { StaticLabel } from 'payload'

import type { BookingTranslationKey } from '../translations/index.ts'

import { PLUGIN_NAMESPACE } from '../defaults.ts'

type Translate = (key: string) => string

/** A label read from the plugin's translations in the admin's language. */
export const label =
  (key: BookingTranslationKey): StaticLabel =>
  ({ t }) =>
    (t as unknown as Translate)(`${PLUGIN_NAMESPACE}:${key}`)
