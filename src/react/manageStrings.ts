import type { ManageStrings } from './manageTypes.ts'

import { checkinTranslations } from '../translations/checkin/index.ts'
import { pickLanguage } from './format.ts'

/**
 * The manage page's strings in the visitor's language (a code or an Accept-Language header): only
 * these travel to the browser, as with the widget. Call it on the server and pass the result to
 * `<BookingManage strings={…}>`.
 */
export const manageStrings = (lang: null | string | undefined): ManageStrings => {
  const strings = checkinTranslations[pickLanguage(lang)]
  return Object.fromEntries(
    Object.keys(checkinTranslations.en)
      .filter((key) => key.startsWith('manage_'))
      .map((key) => [key, strings[key as keyof typeof strings]]),
  ) as ManageStrings
}
