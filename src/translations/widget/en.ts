/** English strings of the public booking widget and blocks. The source of the key set the other languages must match. */
export const en = {
  widget_title: 'Book an appointment',
  // services: disclosure fields (admin)
  disclosure: 'Public availability',
  disclosureDescription:
    'How much of your free time visitors see. Suggestions: a few well-chosen times, not your real load. Requests: no times at all, visitors propose one.',
  disclosureAll: 'All free times',
  disclosureSuggest: 'A few suggested times',
  disclosureRequest: 'No times: visitors propose one',
  suggestCount: 'Suggested times',
  suggestCountDescription: 'At most this many times per answer (per day when a visitor asks for one day).',
}

export type WidgetTranslations = Record<keyof typeof en, string>
