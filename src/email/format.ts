/**
 * Locale-aware formatting for messages: dates and times in the business's timezone (always named),
 * prices and durations. Pure: only cached `Intl` formatters, no other state.
 */

const MINUTE_MS = 60_000

const dateFormatters = new Map<string, Intl.DateTimeFormat>()
const timeFormatters = new Map<string, Intl.DateTimeFormat>()
const zones = new Map<string, string>()

/**
 * The BCP 47 tag given to Intl for one of our message languages. English uses en-GB (day before
 * month, 24-hour clock); a full tag such as 'en-US' or 'de-AT' is passed through untouched.
 */
export function intlLocale(locale: string): string {
  if (locale === 'en') return 'en-GB'
  if (locale === 'zh') return 'zh-CN'
  return locale
}

/** The zone used for display: the given one when the runtime knows it, UTC otherwise. */
function usableZone(timezone: string): string {
  let zone = zones.get(timezone)
  if (zone === undefined) {
    try {
      new Intl.DateTimeFormat('en', { timeZone: timezone })
      zone = timezone
    } catch {
      zone = 'UTC'
    }
    zones.set(timezone, zone)
  }
  return zone
}

function formatter(
  cache: Map<string, Intl.DateTimeFormat>,
  locale: string,
  timezone: string,
  options: Intl.DateTimeFormatOptions,
): Intl.DateTimeFormat {
  const key = `${locale}|${timezone}`
  let fmt = cache.get(key)
  if (!fmt) {
    try {
      fmt = new Intl.DateTimeFormat(intlLocale(locale), { ...options, timeZone: timezone })
    } catch {
      fmt = new Intl.DateTimeFormat('en-GB', { ...options, timeZone: timezone })
    }
    cache.set(key, fmt)
  }
  return fmt
}

const dateFmt = (locale: string, timezone: string) =>
  formatter(dateFormatters, locale, timezone, { day: 'numeric', month: 'long', weekday: 'long', year: 'numeric' })

const timeFmt = (locale: string, timezone: string) =>
  formatter(timeFormatters, locale, timezone, { hour: '2-digit', hourCycle: 'h23', minute: '2-digit' })

/** The local calendar date of an instant, spelled out: en "Tuesday, 24 March 2026". */
export function formatDate(instant: number, timezone: string, locale: string): string {
  return dateFmt(locale, usableZone(timezone)).format(new Date(instant))
}

/** The local wall-clock time of an instant on a 24-hour clock: "09:00". */
export function formatTime(instant: number, timezone: string, locale: string): string {
  return timeFmt(locale, usableZone(timezone)).format(new Date(instant))
}

/**
 * An appointment's date and time range in `timezone`, naming the zone:
 * en "Tuesday, 24 March 2026, 09:00–10:00 (Europe/Berlin)". When the end falls on another local
 * day both dates are given. An unknown zone falls back to (and names) UTC.
 */
export function formatWhen(start: number, end: number, timezone: string, locale: string): string {
  const zone = usableZone(timezone)
  const zh = locale.startsWith('zh')
  const sep = zh ? ' ' : ', '
  const startDate = formatDate(start, zone, locale)
  const endDate = formatDate(end, zone, locale)
  const from = formatTime(start, zone, locale)
  const to = formatTime(end, zone, locale)
  const range =
    end <= start
      ? `${startDate}${sep}${from}`
      : startDate === endDate
        ? `${startDate}${sep}${from}–${to}`
        : `${startDate}${sep}${from} – ${endDate}${sep}${to}`
  return zh ? `${range}（${zone}）` : `${range} (${zone})`
}

/** A single instant (a preferred time) with its zone: en "Tuesday, 24 March 2026, 09:00 (Europe/Berlin)". */
export function formatInstant(instant: number, timezone: string, locale: string): string {
  return formatWhen(instant, instant, timezone, locale)
}

/**
 * A price in the message's language: de "45,50 €". Null when there is no price. Without a
 * currency only the number is given; an unknown currency code is appended as written.
 */
export function formatPrice(
  price: null | number | undefined,
  currency: null | string | undefined,
  locale: string,
): null | string {
  if (price === null || price === undefined || !Number.isFinite(price)) return null
  const tag = intlLocale(locale)
  const code = typeof currency === 'string' ? currency.trim().toUpperCase() : ''
  if (code) {
    try {
      return new Intl.NumberFormat(tag, { currency: code, style: 'currency' }).format(price)
    } catch {
      // Not an ISO 4217 code the runtime knows: fall through to a plain number.
    }
  }
  const plain = new Intl.NumberFormat(tag, { maximumFractionDigits: 2, minimumFractionDigits: Number.isInteger(price) ? 0 : 2 }).format(
    price,
  )
  return code ? `${plain} ${code}` : plain
}

/** Whole minutes from `start` to `end` (never negative). */
export function durationMinutes(start: number, end: number): number {
  return Math.max(0, Math.round((end - start) / MINUTE_MS))
}

const HTML_ESCAPES: Record<string, string> = {
  '"': '&quot;',
  '&': '&amp;',
  "'": '&#39;',
  '<': '&lt;',
  '>': '&gt;',
}

/** Escapes text for HTML element content and quoted attribute values. */
export function escapeHtml(value: unknown): string {
  return String(value ?? '').replace(/[&<>"']/g, (c) => HTML_ESCAPES[c] ?? c)
}
