import type { LoyaltyTranslations } from './en.ts'

export const ru: LoyaltyTranslations = {
  reward: 'Награда',
}
