/** English strings of the customers feature. The source of the key set the other languages must match. */
export const en = {
  customerRecord: 'Customer record',
  customerRecordDescription: 'Found by e-mail or phone when left empty.',
  customers_anonymise: 'Anonymise',
  customers_anonymiseConfirm:
    'Remove {{name}}’s name, e-mail and phone from this record and from all their bookings and requests? Numbers for reports stay. This cannot be undone.',
  customers_anonymised: 'Anonymised',
  customers_anonymisedAt: 'Anonymised at',
  customers_anonymisedName: 'Anonymised',
  customers_anonymiseDone: 'Anonymised: {{bookings}} bookings and {{requests}} requests.',
  customers_consent: 'Consent',
  customers_consentGivenAt: 'Given at',
  customers_consentMarketing: 'May receive news and offers',
  customers_dataActions: 'Personal data',
  customers_emailTaken: 'Another customer record has this e-mail address',
  customers_export: 'Export data (JSON)',
  customers_failed: 'That did not work: {{message}}',
  customers_plural: 'Customers',
  customers_singular: 'Customer',
}

export type CustomersTranslations = Record<keyof typeof en, string>
