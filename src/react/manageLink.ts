/** The manage/cancel link, absolute (it also goes into the calendar file). */
export const manageLink = (template: null | string | undefined, reference: string, token: string): null | string => {
  if (!template) return null
  const link = template.replace('{reference}', encodeURIComponent(reference)).replace('{token}', encodeURIComponent(token))
  return typeof window === 'undefined' ? link : new URL(link, window.location.href).href
}
