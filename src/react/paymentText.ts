import type { WidgetTranslations } from '../translations/widget/en.ts'
import type { WidgetService } from './widgetTypes.ts'

import { amountDue, fromMinor } from '../payments/money.ts'
import { fill, formatPrice } from './format.ts'

/**
 * What a service costs online up front (one seat), with the same arithmetic the server charges:
 * null when it is paid on site (or has no price).
 */
export const onlineDue = (service: WidgetService) => {
  const currency = service.currency || 'EUR'
  const due = amountDue(service, 1, currency)
  return due && { ...due, currency }
}

/** "Paid online when you book: €40.00", or the deposit and the total; null when paid on site. */
export const paymentLine = (service: WidgetService, lang: string, t: WidgetTranslations): null | string => {
  const due = onlineDue(service)
  if (!due) return null
  const money = (minor: number) => formatPrice(fromMinor(minor, due.currency), due.currency, lang) ?? ''
  return due.kind === 'deposit'
    ? fill(t.w_payDeposit, { amount: money(due.amount), total: money(due.total) })
    : fill(t.w_payFull, { amount: money(due.amount) })
}
