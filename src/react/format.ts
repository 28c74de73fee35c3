/** Dates, times and calendar files for the widget: pure, for the visitor's language and the business's zone. */

export type WidgetLanguage = 'de' | 'en' | 'fr' | 'ru' | 'zh'

export const WIDGET_LANGUAGES: readonly WidgetLanguage[] = ['en', 'de', 'fr', 'ru', 'zh']

/** The first supported language of an Accept-Language header (or a code such as 'de-AT'); else English. */
export const pickLanguage = (accept: null | string | undefined): WidgetLanguage => {
  for (const part of (accept ?? '').split(',')) {
    const code = part.trim().split(';')[0]!.slice(0, 2).toLowerCase()
    if ((WIDGET_LANGUAGES as readonly string[]).includes(code)) return code as WidgetLanguage
  }
  return 'en'
}

/** `{{name}}` placeholders filled in. */
export const fill = (text: string, values: Record<string, number | string>): string =>
  text.replace(/\{\{(\w+)\}\}/g, (match, key: string) => (key in values ? String(values[key]) : match))

export const formatDay = (instant: number | string, lang: string, timeZone: string): string =>
  new Intl.DateTimeFormat(lang, { day: 'numeric', month: 'long', timeZone, weekday: 'long' }).format(new Date(instant))

export const formatTime = (instant: number | string, lang: string, timeZone: string): string =>
  new Intl.DateTimeFormat(lang, { hour: lang === 'en' ? 'numeric' : '2-digit', minute: '2-digit', timeZone }).format(
    new Date(instant),
  )

export const formatPrice = (price: null | number | undefined, currency: null | string | undefined, lang: string): null | string => {
  if (price === null || price === undefined) return null
  try {
    return new Intl.NumberFormat(lang, { currency: currency || 'EUR', style: 'currency' }).format(price)
  } catch {
    return `${price} ${currency ?? ''}`.trim()
  }
}

/** Milliseconds as m:ss for a countdown (whole seconds left, so it never shows more than the hold). */
export const formatCountdown = (ms: number): string => {
  const total = Math.max(0, Math.floor(ms / 1000))
  return `${Math.floor(total / 60)}:${String(total % 60).padStart(2, '0')}`
}

const icsDate = (iso: string) => new Date(iso).toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '')
const icsText = (text: string) => text.replace(/\\/g, '\\\\').replace(/\n/g, '\\n').replace(/([,;])/g, '\\$1')

/**
 * An iCalendar file for the confirmed appointment. Its UID is the one the plugin's e-mails use
 * (`<reference>@payload-booking`), so a calendar that also imports the e-mail keeps one event.
 */
export const buildIcsFile = (args: {
  description: string
  end: string
  now?: number
  reference: string
  start: string
  summary: string
  url?: null | string
}): string =>
  [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//payload-booking//widget//EN',
    'METHOD:PUBLISH',
    'BEGIN:VEVENT',
    `UID:${args.reference}@payload-booking`,
    `DTSTAMP:${icsDate(new Date(args.now ?? Date.now()).toISOString())}`,
    `DTSTART:${icsDate(args.start)}`,
    `DTEND:${icsDate(args.end)}`,
    `SUMMARY:${icsText(args.summary)}`,
    `DESCRIPTION:${icsText(args.description)}`,
    ...(args.url ? [`URL:${args.url}`] : []),
    'STATUS:CONFIRMED',
    'END:VEVENT',
    'END:VCALENDAR',
    '',
  ].join('\r\n')
