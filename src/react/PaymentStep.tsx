import React from 'react'

import type { StepContext, WidgetService } from './widgetTypes.ts'
import type { StartedPayment } from './usePayment.ts'

import { fromMinor } from '../payments/money.ts'
import { fill, formatCountdown, formatPrice } from './format.ts'
import { ServiceSummary } from './ServiceSummary.tsx'

/**
 * While the visitor pays: the held time with its countdown (the hold covers the payment), the
 * amount, the reference, and what happens next. A hosted checkout (`checkoutUrl`) is followed by
 * the widget; Stripe's Payment Element is not part of the widget (see README "Payments"), so a
 * Stripe payment without a checkout page says so plainly.
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
  const message = payment.checkoutUrl
    ? t.w_payRedirect
    : payment.clientSecret && payment.publishableKey
      ? t.w_payStripeNeeded
      : t.w_payPending
  return (
    <div>
      <h3 ref={props.headingRef} tabIndex={-1}>{t.w_payTitle}</h3>
      <ServiceSummary ctx={ctx} heldStart={props.heldStart} service={props.service} staffId={props.staffId} />
      {props.heldStart && (
        <p className="pbw-hint" role="timer">
          {fill(t.w_heldFor, { time: formatCountdown(props.remaining) })}
        </p>
      )}
      <div className="pbw-notice" role="status">{message}</div>
      <p>{fill(t.w_payAmount, { amount })}</p>
      <p>
        {t.w_reference}: <span className="pbw-reference">{payment.booking.reference}</span>
      </p>
    </div>
  )
}
