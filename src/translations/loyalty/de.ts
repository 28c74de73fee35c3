import type { LoyaltyTranslations } from './en.ts'

export const de: LoyaltyTranslations = {
  reward: 'Prämie',
}
