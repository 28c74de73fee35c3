/** Numbers as the dashboard shows them, in the admin's language. */
export const formatters = (locale: string) => {
  const percent = new Intl.NumberFormat(locale, { maximumFractionDigits: 1, style: 'percent' })
  const integer = new Intl.NumberFormat(locale, { maximumFractionDigits: 0 })
  const hours = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 })
  const money = (amount: number, currency: string) => {
    try {
      return new Intl.NumberFormat(locale, { currency, style: 'currency' }).format(amount)
    } catch {
      return `${hours.format(amount)} ${currency}`
    }
  }
  return {
    hours: (minutes: number) => hours.format(minutes / 60),
    integer: (n: number) => integer.format(n),
    money,
    /** All currencies of an amount map, joined; '–' when empty. */
    moneyMap: (amounts: Record<string, number>) => {
      const entries = Object.entries(amounts).filter(([, v]) => v !== 0)
      return entries.length ? entries.map(([c, v]) => money(v, c)).join(' · ') : '–'
    },
    percent: (ratio: null | number) => (ratio === null ? '–' : percent.format(ratio)),
    /** A short day label: "Mon 23". */
    day: (date: string) =>
      new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', timeZone: 'UTC', weekday: 'short' }).format(new Date(`${date}T12:00:00Z`)),
  }
}

export type Formatters = ReturnType<typeof formatters>
