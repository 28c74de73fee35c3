/** Date and time in the business's zone, in the admin's language: "Tue, 24 Mar 2026, 10:00". */
export const formatDateTime = (iso: string, language: string, timeZone: string): string =>
  new Intl.DateTimeFormat(language, {
    day: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    month: 'short',
    timeZone,
    weekday: 'short',
    year: 'numeric',
  }).format(new Date(iso))

export const formatTime = (iso: string, language: string, timeZone: string): string =>
  new Intl.DateTimeFormat(language, { hour: '2-digit', minute: '2-digit', timeZone }).format(new Date(iso))
