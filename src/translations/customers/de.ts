import type { CustomersTranslations } from './en.ts'

export const de: CustomersTranslations = {
  customerRecord: 'Kundendatensatz',
  customerRecordDescription: 'Wird leer gelassen über E-Mail oder Telefon gefunden.',
  customers_anonymise: 'Anonymisieren',
  customers_anonymiseConfirm:
    'Name, E-Mail und Telefon von {{name}} aus diesem Datensatz und allen Buchungen und Anfragen entfernen? Die Zahlen für Berichte bleiben. Das lässt sich nicht rückgängig machen.',
  customers_anonymised: 'Anonymisiert',
  customers_anonymisedAt: 'Anonymisiert am',
  customers_anonymisedName: 'Anonymisiert',
  customers_anonymiseDone: 'Anonymisiert: {{bookings}} Buchungen und {{requests}} Anfragen.',
  customers_consent: 'Einwilligung',
  customers_consentGivenAt: 'Erteilt am',
  customers_consentMarketing: 'Darf Neuigkeiten und Angebote erhalten',
  customers_dataActions: 'Personenbezogene Daten',
  customers_emailTaken: 'Ein anderer Kundendatensatz hat diese E-Mail-Adresse',
  customers_export: 'Daten exportieren (JSON)',
  customers_failed: 'Das hat nicht geklappt: {{message}}',
  customers_plural: 'Kunden',
  customers_singular: 'Kunde',
}
