import type { CustomersTranslations } from './en.ts'

export const fr: CustomersTranslations = {
  customerRecord: 'Fiche client',
  customerRecordDescription: 'Retrouvée par e-mail ou téléphone si laissée vide.',
  customers_anonymise: 'Anonymiser',
  customers_anonymiseConfirm:
    'Retirer le nom, l’e-mail et le téléphone de {{name}} de cette fiche et de toutes ses réservations et demandes ? Les chiffres des rapports restent. Action irréversible.',
  customers_anonymised: 'Anonymisé',
  customers_anonymisedAt: 'Anonymisé le',
  customers_anonymisedName: 'Anonymisé',
  customers_anonymiseDone: 'Anonymisé : {{bookings}} réservations et {{requests}} demandes.',
  customers_consent: 'Consentement',
  customers_consentGivenAt: 'Donné le',
  customers_consentMarketing: 'Accepte de recevoir des nouvelles et des offres',
  customers_dataActions: 'Données personnelles',
  customers_emailTaken: 'Une autre fiche client a cette adresse e-mail',
  customers_export: 'Exporter les données (JSON)',
  customers_failed: 'Cela n’a pas fonctionné : {{message}}',
  customers_plural: 'Clients',
  customers_singular: 'Client',
}
