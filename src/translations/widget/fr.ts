import type { WidgetTranslations } from './en.ts'

export const fr: WidgetTranslations = {
  widget_title: 'Prendre rendez-vous',
  disclosure: 'Disponibilités publiques',
  disclosureDescription:
    'Ce que les visiteurs voient de votre temps libre. Suggestions : quelques horaires bien choisis, pas votre charge réelle. Demandes : aucun horaire, le visiteur en propose un.',
  disclosureAll: 'Tous les créneaux libres',
  disclosureSuggest: 'Quelques horaires suggérés',
  disclosureRequest: 'Aucun horaire : le visiteur en propose un',
  suggestCount: 'Horaires suggérés',
  suggestCountDescription: 'Au plus ce nombre d’horaires par réponse (par jour quand le visiteur demande un jour).',
}
