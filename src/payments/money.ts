/**
 * Pure money arithmetic for payments: amounts are integers in the currency's smallest unit, so
 * percentages and refunds never meet floating-point cents. No Payload import.
 */
import type { PaymentMode, RefundRule } from './types.ts'

const HOUR = 3_600_000

/** How many decimals a currency has (EUR 2, JPY 0, KWD 3); unknown codes count 2. */
export const currencyDigits = (currency: string): number => {
  try {
    return new Intl.NumberFormat('en', { currency: currency.toUpperCase(), style: 'currency' }).resolvedOptions()
      .maximumFractionDigits ?? 2
  } catch {
    return 2
  }
}

/** 40.5 EUR -> 4050. */
export const toMinor = (amount: number, currency: string): number => Math.round(amount * 10 ** currencyDigits(currency))

/** 4050 -> 40.5 EUR. */
export const fromMinor = (minor: number, currency: string): number => minor / 10 ** currencyDigits(currency)

export interface ServicePaymentRules {
  depositAmount?: null | number
  depositPercent?: null | number
  payment?: null | PaymentMode | string
  price?: null | number
}

export interface AmountDue {
  /** What is charged online now, smallest unit. */
  amount: number
  kind: 'deposit' | 'full'
  /** The whole price of the booking, smallest unit. */
  total: number
}

/**
 * What a booking costs up front. `required`: the price times the seats. `deposit`: a fixed
 * `depositAmount` per seat, else `depositPercent` of the total, never more than the total.
 * Null when the service takes no online payment or there is nothing to pay.
 */
export const amountDue = (service: ServicePaymentRules, seats: number, currency: string): AmountDue | null => {
  const mode = service.payment ?? 'none'
  if (mode === 'none' || typeof service.price !== 'number' || !(service.price > 0)) {
    return null
  }
  const total = toMinor(service.price, currency) * Math.max(1, seats)
  if (mode === 'required') {
    return { amount: total, kind: 'full', total }
  }
  if (mode !== 'deposit') {
    return null
  }
  let deposit: number
  if (typeof service.depositAmount === 'number' && service.depositAmount > 0) {
    deposit = toMinor(service.depositAmount, currency) * Math.max(1, seats)
  } else if (typeof service.depositPercent === 'number' && service.depositPercent > 0) {
    deposit = Math.round((total * Math.min(100, service.depositPercent)) / 100)
  } else {
    return null
  }
  deposit = Math.min(deposit, total)
  return deposit > 0 ? { amount: deposit, kind: deposit === total ? 'full' : 'deposit', total } : null
}

export interface RefundDecision {
  /** Smallest unit; never more than what is left to refund. */
  amount: number
  percent: number
  /** The rule that applied, or why none did. */
  rule: 'after-start' | 'default' | 'no-show' | RefundRule
}

/**
 * The refund for a cancellation under a service's rules. A rule `{ hoursBefore, percent }`
 * applies when the cancellation comes at least `hoursBefore` hours before the start; of the rules
 * that apply, the one with the largest `hoursBefore` wins. No rule applying (too late) is 0 %;
 * no rules at all is a full refund before the start. After the start, and for a no-show, 0 %.
 */
export const refundFor = (args: {
  cancelledAt: number
  noShow?: boolean
  paid: number
  refunded?: number
  rules: null | RefundRule[] | undefined
  start: number
}): RefundDecision => {
  const left = Math.max(0, args.paid - (args.refunded ?? 0))
  if (args.noShow) {
    return { amount: 0, percent: 0, rule: 'no-show' }
  }
  if (args.cancelledAt >= args.start) {
    return { amount: 0, percent: 0, rule: 'after-start' }
  }
  const rules = (args.rules ?? []).filter((r) => Number.isFinite(r.hoursBefore) && Number.isFinite(r.percent))
  if (rules.length === 0) {
    return { amount: left, percent: 100, rule: 'default' }
  }
  const hoursLeft = (args.start - args.cancelledAt) / HOUR
  const rule = rules
    .filter((r) => hoursLeft >= r.hoursBefore)
    .sort((a, b) => b.hoursBefore - a.hoursBefore)[0]
  if (!rule) {
    return { amount: 0, percent: 0, rule: { hoursBefore: Math.min(...rules.map((r) => r.hoursBefore)), percent: 0 } }
  }
  const percent = Math.max(0, Math.min(100, rule.percent))
  return { amount: Math.min(left, Math.floor((args.paid * percent) / 100)), percent, rule }
}

/** The tax contained in a gross amount at `rate` percent (prices include tax): 1900 at 19 % -> 303. */
export const includedTax = (gross: number, rate: number): number => Math.round(gross - gross / (1 + rate / 100))
