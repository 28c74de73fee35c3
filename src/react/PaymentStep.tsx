import React from 'react'

import type { StepContext, WidgetService } from './widgetTypes.ts'
import type { StartedPayment } from './usePayment.ts'

import { fromMinor } from '../payments/money.ts'
import { fill, formatCountdown, formatPrice } from './format.ts'
import { ServiceSummary } from './ServiceSummary.tsx'

/**
 * While the visitor pays: the held time with its countdown (the hold covers the payment), the
 * amount, the reference, and what happens next. A hosted checkout (`checkoutUrl`, Stripe Checkout)
 * is followed by the widget and comes back here (`payment.returned`); Stripe's Payment Element is
 * not part of the widget (see README "Payments"), so a PaymentIntent without a checkout page says
 * so plainly.
 */
export function PaymentStep(props: {
  ctx: StepContext
  headingRef: React.RefObject<HTMLHeadingElement | null>
  heldStart: null | string
  payment: StartedPayment
  remaining: number
  service: WidgetService
  staffId: null | number | string
}) {
  const { ctx, payment } = props
  const { lang, t } = ctx
  const amount = formatPrice(fromMinor(payment.payment.amount, payment.payment.currency), payment.payment.currency, lang) ?? ''
  // Back from a hosted checkout: paid (the widget asks until the payment settles; the countdown no
  // longer matters, a late payment is confirmed or refunded) or cancelled (the session is still open:
  // pay again while the hold lasts).
  const paidAtCheckout = payment.returned === 'paid'
  const message =
    paidAtCheckout || (!payment.checkoutUrl && !(payment.clientSecret && payment.publishableKey))
      ? t.w_payPending
      : payment.returned === 'cancelled'
        ? null
        : payment.checkoutUrl
          ? t.w_payRedirect
          : t.w_payStripeNeeded
  return (
    <div>
      <h3 ref={props.headingRef} tabIndex={-1}>{t.w_payTitle}</h3>
      <ServiceSummary ctx={ctx} heldStart={props.heldStart} service={props.service} staffId={props.staffId} />
      {props.heldStart && !paidAtCheckout && (
        <p className="pbw-hint" role="timer">
          {fill(t.w_heldFor, { time: formatCountdown(props.remaining) })}
        </p>
      )}
      {message && <div className="pbw-notice" role="status">{message}</div>}
      <p>{fill(t.w_payAmount, { amount })}</p>
      {payment.returned === 'cancelled' && payment.checkoutUrl && (
        <p>
          <a className="pbw-button" href={payment.checkoutUrl}>{t.w_payAndBook}</a>
        </p>
      )}
      <p>
        {t.w_reference}: <span className="pbw-reference">{payment.booking.reference}</span>
      </p>
    </div>
  )
}
