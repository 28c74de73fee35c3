import type { LoyaltyTranslations } from './en.ts'

export const fr: LoyaltyTranslations = {
  reward: 'Récompense',
}
