import { useEffect, useRef, useState } from 'react'

import type { PaymentStarted, PaymentState } from './api.ts'
import type { Hold } from './widgetTypes.ts'

import { postPaymentStatus } from './api.ts'

export const PAYMENT_POLL_MS = 2000

/** The query parameters a hosted checkout adds when it sends the visitor back (see `stripeCheckout.ts`). */
const RETURN_PARAM = 'pbw_checkout'
const PAYMENT_PARAM = 'pbw_payment'
const STORAGE_KEY = 'payload-booking:checkout'

export type StartedPayment = {
  holdToken: string
  /** Set when the visitor came back from a hosted checkout: paid (wait for it) or cancelled (pay again). */
  returned?: 'cancelled' | 'paid'
} & PaymentStarted

/** What the widget needs to pick up where it was when the visitor comes back from a hosted checkout. */
export interface CheckoutVisit {
  hold: Hold
  payment: StartedPayment
  serviceId: number | string
  staffId: null | number | string
}

/** This page's address without what a previous checkout return added: where the checkout sends the visitor back. */
export const checkoutReturnUrl = (): string => {
  const url = new URL(window.location.href)
  url.searchParams.delete(RETURN_PARAM)
  url.searchParams.delete(PAYMENT_PARAM)
  return url.toString()
}

/**
 * Before the widget sends the visitor to a hosted checkout: the hold, its token and the payment go
 * to this tab's sessionStorage (never into the URL), for `takeCheckoutReturn` to find on the way back.
 */
export const rememberCheckout = (visit: CheckoutVisit) => {
  try {
    window.sessionStorage.setItem(STORAGE_KEY, JSON.stringify(visit))
  } catch {
    // Storage off (private mode, quota): the visitor comes back to a fresh widget; the payment still settles.
  }
}

/**
 * On a page the checkout sent the visitor back to (`?pbw_checkout=paid|cancelled&pbw_payment=<id>`):
 * the remembered visit of that payment (the parameters leave the address bar, so a reload starts
 * afresh), or null.
 */
export const takeCheckoutReturn = (): CheckoutVisit | null => {
  if (typeof window === 'undefined') return null
  const url = new URL(window.location.href)
  const outcome = url.searchParams.get(RETURN_PARAM)
  const paymentId = url.searchParams.get(PAYMENT_PARAM)
  if ((outcome !== 'paid' && outcome !== 'cancelled') || !paymentId) return null
  let visit: CheckoutVisit | null = null
  try {
    visit = JSON.parse(window.sessionStorage.getItem(STORAGE_KEY) ?? 'null') as CheckoutVisit | null
    // Cancelled: the visitor may go to the same checkout again and come back from it paid.
    if (outcome === 'paid') window.sessionStorage.removeItem(STORAGE_KEY)
  } catch {
    visit = null // nothing usable remembered: a fresh widget
  }
  url.searchParams.delete(RETURN_PARAM)
  url.searchParams.delete(PAYMENT_PARAM)
  window.history.replaceState(window.history.state, '', url.toString())
  if (!visit || String(visit.payment.payment.id) !== paymentId) return null
  return { ...visit, payment: { ...visit.payment, returned: outcome } }
}

/**
 * The payment of a hold while the visitor waits: while `polling`, asks
 * `POST /payments/status` every 2 s (one request at a time) and calls `onSettled` once the hold is
 * no longer `held` (confirmed, or cancelled). Network errors just wait for the next round.
 */
export const usePayment = (args: { apiBase: string; onSettled: (state: PaymentState) => void; polling: boolean }) => {
  const { apiBase, polling } = args
  const [payment, setPayment] = useState<null | StartedPayment>(null)
  const onSettled = useRef(args.onSettled)
  onSettled.current = args.onSettled

  useEffect(() => {
    if (!polling || !payment) return
    let stopped = false
    let timer: ReturnType<typeof setTimeout>
    const poll = async () => {
      const res = await postPaymentStatus(apiBase, payment.holdToken)
      if (stopped) return
      if (res.ok && res.data.booking.status !== 'held') {
        onSettled.current(res.data)
        return
      }
      timer = setTimeout(() => void poll(), PAYMENT_POLL_MS)
    }
    // Back from a checkout that says it was paid: ask at once.
    timer = setTimeout(() => void poll(), payment.returned === 'paid' ? 0 : PAYMENT_POLL_MS)
    return () => {
      stopped = true
      clearTimeout(timer)
    }
  }, [apiBase, payment, polling])

  return { payment, setPayment }
}
