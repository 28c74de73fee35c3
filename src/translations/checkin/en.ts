/** English strings of this feature. The source of the key set the other languages must match. */
export const en = {
  checkin_title: 'Check-in',
}

export type CheckInTranslations = Record<keyof typeof en, string>
