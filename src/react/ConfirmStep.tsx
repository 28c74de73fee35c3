import React from 'react'

import type { StepContext, WidgetService } from './widgetTypes.ts'

import { fill, formatCountdown } from './format.ts'
import { ServiceSummary } from './ServiceSummary.tsx'

/** Step 3: the visitor's details and one button (book, or request). */
export function ConfirmStep(props: {
  ctx: StepContext
  formError: null | string
  headingRef: React.RefObject<HTMLHeadingElement | null>
  /** The held time (a booking); null for a request. */
  heldStart: null | string
  isRequest: boolean
  onBack: () => void
  onSubmit: (event: React.FormEvent<HTMLFormElement>) => void
  /** Paid online: the button reads "Pay and book". */
  payNow: boolean
  phoneMode: 'hidden' | 'optional' | 'required'
  preferredStart: null | string
  /** Milliseconds left on the hold. */
  remaining: number
  sending: boolean
  service: WidgetService
  staffId: null | number | string
}) {
  const { ctx, isRequest, phoneMode } = props
  const { t, uid } = ctx
  return (
    <div>
      <h3 ref={props.headingRef} tabIndex={-1}>{isRequest ? t.w_yourRequest : t.w_yourDetails}</h3>
      {isRequest && <p className="pbw-notice">{t.w_requestExpectation}</p>}
      <ServiceSummary ctx={ctx} heldStart={props.heldStart} preferredStart={props.preferredStart} service={props.service} staffId={props.staffId} />
      {props.heldStart && (
        <p className="pbw-hint" role="timer">
          {fill(t.w_heldFor, { time: formatCountdown(props.remaining) })}
        </p>
      )}
      <form onSubmit={props.onSubmit}>
        <div className="pbw-field">
          <label htmlFor={`${uid}-name`}>{t.w_name}</label>
          <input autoComplete="name" id={`${uid}-name`} maxLength={200} name="name" required />
        </div>
        <div className="pbw-field">
          <label htmlFor={`${uid}-email`}>{isRequest && phoneMode !== 'hidden' ? `${t.w_email} ${t.w_optionalIfPhone}` : t.w_email}</label>
          <input autoComplete="email" id={`${uid}-email`} maxLength={254} name="email" required={!isRequest || phoneMode === 'hidden'} type="email" />
        </div>
        {phoneMode !== 'hidden' && (
          <div className="pbw-field">
            <label htmlFor={`${uid}-phone`}>{phoneMode === 'required' ? t.w_phone : `${t.w_phone} ${t.w_optional}`}</label>
            <input autoComplete="tel" id={`${uid}-phone`} maxLength={40} name="phone" required={phoneMode === 'required'} type="tel" />
          </div>
        )}
        {isRequest && (
          <div className="pbw-field">
            <label htmlFor={`${uid}-message`}>{t.w_message}</label>
            <textarea id={`${uid}-message`} maxLength={5000} name="message" rows={3} />
          </div>
        )}
        {props.formError && <div className="pbw-error" role="alert">{props.formError}</div>}
        <div className="pbw-actions">
          <button className="pbw-primary" disabled={props.sending} type="submit">
            {props.sending ? t.w_sending : isRequest ? t.w_requestNow : props.payNow ? t.w_payAndBook : t.w_bookNow}
          </button>
          <button className="pbw-link" onClick={props.onBack} type="button">
            {t.w_chooseAnother}
          </button>
        </div>
      </form>
    </div>
  )
}
