import type { WidgetTranslations } from './en.ts'

export const de: WidgetTranslations = {
  widget_title: 'Termin buchen',
  disclosure: 'Öffentliche Verfügbarkeit',
  disclosureDescription:
    'Wie viel Ihrer freien Zeit Besucher sehen. Vorschläge: einige gut gewählte Zeiten statt Ihrer echten Auslastung. Anfragen: keine Zeiten, Besucher schlagen eine vor.',
  disclosureAll: 'Alle freien Zeiten',
  disclosureSuggest: 'Einige vorgeschlagene Zeiten',
  disclosureRequest: 'Keine Zeiten: Besucher schlagen eine vor',
  suggestCount: 'Vorgeschlagene Zeiten',
  suggestCountDescription: 'Höchstens so viele Zeiten pro Antwort (pro Tag, wenn ein Besucher nach einem Tag fragt).',
}
