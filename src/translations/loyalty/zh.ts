import type { LoyaltyTranslations } from './en.ts'

export const zh: LoyaltyTranslations = {
  reward: '奖励',
}
