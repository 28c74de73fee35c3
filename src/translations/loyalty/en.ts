/** English strings of this feature. The source of the key set the other languages must match. */
export const en = {
  reward: 'Reward',
}

export type LoyaltyTranslations = Record<keyof typeof en, string>
