'use client'

import React, { useEffect, useId, useRef, useState } from 'react'

import type { ApiSlot, Customer, PaymentState } from './api.ts'
import type { BookingWidgetProps, Done, Notice, StepContext, Step } from './widgetTypes.ts'

import { wallClockToInstant } from '../scheduling/time.ts'
import { newIdempotencyKey, postBooking, postHold, postPayment, postRequest } from './api.ts'
import { ConfirmStep } from './ConfirmStep.tsx'
import { DoneStep } from './DoneStep.tsx'
import { onlineDue } from './paymentText.ts'
import { PaymentStep } from './PaymentStep.tsx'
import { ServiceStep } from './ServiceStep.tsx'
import { WIDGET_CSS } from './styles.ts'
import { TimeStep, useTimeInputs } from './TimeStep.tsx'
import { useHold } from './useHold.ts'
import { checkoutReturnUrl, rememberCheckout, takeCheckoutReturn, usePayment } from './usePayment.ts'
import { useProposals } from './useProposals.ts'

export type { BookingWidgetProps, WidgetService } from './widgetTypes.ts'

/**
 * The public booking widget: service → time (a hold with its countdown) → details → confirmation,
 * or a request for "on request only" services. This file holds the flow; each step renders itself.
 */
export function BookingWidget(props: BookingWidgetProps) {
  const { lang, services, strings: t } = props
  const apiBase = props.apiBase ?? '/api'
  const phoneMode = props.phone ?? 'optional'
  const [step, setStep] = useState<Step>(props.initialServiceId != null && services.some((s) => String(s.id) === String(props.initialServiceId)) ? 'time' : 'service')
  const [serviceId, setServiceId] = useState<null | number | string>(
    services.find((s) => String(s.id) === String(props.initialServiceId))?.id ?? (services.length === 1 ? services[0]!.id : null),
  )
  const [staffId, setStaffId] = useState<null | number | string>(null)
  const [notice, setNotice] = useState<Notice | null>(null)
  const [holding, setHolding] = useState<null | string>(null)
  const [preferred, setPreferred] = useState<{ start: null | string } | null>(null)
  const [sending, setSending] = useState(false)
  const [formError, setFormError] = useState<null | string>(null)
  const [done, setDone] = useState<Done | null>(null)
  const timeInputs = useTimeInputs()
  // Set once the widget runs in the browser (before that, buttons do nothing): tests and styles can wait for it.
  const [hydrated, setHydrated] = useState(false)
  useEffect(() => setHydrated(true), [])
  // Ids unique per widget, so two widgets on one page never share a label target.
  const uid = `pbw${useId().replace(/[^\w-]/g, '')}`
  const idempotency = useRef<null | string>(null)
  const headingRef = useRef<HTMLHeadingElement>(null)
  const noticeRef = useRef<HTMLDivElement>(null)

  const service = services.find((s) => String(s.id) === String(serviceId)) ?? null
  const { loadTimes, markError, times, timezone } = useProposals({
    active: step === 'time',
    apiBase,
    disclosure: props.disclosure ?? null,
    initialTimezone: props.timezone ?? 'UTC',
    service,
    staffId,
  })
  const isRequest = Boolean(service?.onRequest || props.disclosure === 'request' || times.disclosure === 'request')
  // Paid online ("Pay and book"): the payment, not POST /bookings, confirms the hold.
  const payNow = Boolean(service && !isRequest && onlineDue(service))

  // The hold's countdown runs on the confirm and payment steps; at zero the visitor is told and picks again.
  const { payment, setPayment } = usePayment({ apiBase, onSettled: (state) => paymentSettled(state), polling: step === 'pay' })
  // Paid at a hosted checkout: the payment settles it (confirmed, or refunded if too late), not the countdown.
  const { hold, remaining, setHold } = useHold({ counting: step === 'confirm' || (step === 'pay' && payment?.returned !== 'paid'), onExpire: () => expire() })
  // Back from a hosted checkout (Stripe): pick up the held time and its payment where the visitor left.
  useEffect(() => {
    const back = takeCheckoutReturn()
    if (!back || !services.some((s) => String(s.id) === String(back.serviceId))) return
    setServiceId(back.serviceId)
    setStaffId(back.staffId)
    setHold(back.hold)
    setPayment(back.payment)
    setStep('pay')
    // eslint-disable-next-line react-hooks/exhaustive-deps -- once, on arrival
  }, [])

  // Each new step announces itself: its heading takes the focus (keyboard and screen-reader users
  // land there). Not on the first render: the widget never steals the focus when the page loads.
  const shownStep = useRef(step)
  useEffect(() => {
    if (shownStep.current !== step) headingRef.current?.focus()
    shownStep.current = step
  }, [step])
  useEffect(() => {
    if (notice) noticeRef.current?.focus()
  }, [notice])

  const expire = () => {
    setHold(null)
    setPayment(null)
    setNotice('holdExpired')
    setStep('time')
    void loadTimes(null)
  }

  const chooseService = (id: number | string) => {
    setServiceId(id)
    setStaffId(null)
    setNotice(null)
    setStep('time')
  }

  const chooseTime = async (slot: ApiSlot) => {
    if (!service) return
    setNotice(null)
    setFormError(null)
    if (isRequest) {
      setPreferred({ start: slot.start })
      setStep('confirm')
      return
    }
    setHolding(slot.start)
    // Without a chosen specialist the plugin picks a free one (least busy that day first).
    const res = await postHold(apiBase, { service: service.id, staff: staffId, start: slot.start })
    setHolding(null)
    if (!res.ok) {
      if (res.status === 409) {
        // Someone was faster (or the time is no longer offered): say so and show fresh times.
        setNotice('raceLost')
        void loadTimes(times.day)
      } else {
        markError()
      }
      return
    }
    idempotency.current = newIdempotencyKey()
    setHold({
      end: slot.end,
      expiresAt: Date.parse(res.data.expiresAt),
      skew: res.serverNow - Date.now(),
      start: slot.start,
      token: res.data.token,
    })
    setStep('confirm')
  }

  const proposeOwnTime = (date: string, time: string) => {
    setFormError(null)
    if (!date || !time) {
      setPreferred({ start: null })
    } else {
      const instant = wallClockToInstant(date, time, timezone)
      if (!(instant > Date.now())) {
        setFormError(t.w_errPast)
        return
      }
      setPreferred({ start: new Date(instant).toISOString() })
    }
    setStep('confirm')
  }

  const errorText = (field: string | undefined, status: number) =>
    field === 'customer.email'
      ? t.w_errEmail
      : field === 'customer.phone'
        ? t.w_errPhone
        : field === 'customer.name'
          ? t.w_errName
          : status === 0
            ? t.w_errNetwork
            : t.w_errGeneric

  const submit = async (event: React.FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    if (!service) return
    const form = new FormData(event.currentTarget)
    const text = (name: string) => String(form.get(name) ?? '').trim() || undefined
    const customer: Customer = { email: text('email'), locale: lang, name: text('name') ?? '', phone: text('phone') }
    setFormError(null)
    if (isRequest && !customer.email && !customer.phone) {
      setFormError(t.w_errContact)
      return
    }
    setSending(true)
    if (isRequest) {
      const res = await postRequest(apiBase, {
        customer,
        message: text('message'),
        preferredStart: preferred?.start ?? undefined,
        service: service.id,
        staff: staffId,
      })
      setSending(false)
      if (!res.ok) {
        setFormError(errorText(res.field, res.status))
        return
      }
      setDone({ kind: 'request', preferredStart: preferred?.start ?? null, reference: res.data.request.reference })
      setStep('done')
      return
    }
    if (!hold) return
    if (payNow) {
      const paid = await postPayment(apiBase, { customer, holdToken: hold.token, returnUrl: checkoutReturnUrl() })
      if (paid.ok) {
        setSending(false)
        setPayment({ ...paid.data, holdToken: hold.token })
        setStep('pay')
        if (paid.data.checkoutUrl) {
          rememberCheckout({ hold, payment: { ...paid.data, holdToken: hold.token }, serviceId: service.id, staffId })
          window.location.assign(paid.data.checkoutUrl)
        }
        return
      }
      // No provider on this site, or the service stopped taking payments: book as usual.
      const bookInstead =
        (paid.status === 404 && paid.reason === 'payments-off') || (paid.status === 409 && paid.reason === 'payment-not-required')
      if (!bookInstead) {
        setSending(false)
        if (paid.status === 409) {
          lostHold(paid.reason)
        } else {
          setFormError(paid.status === 502 ? t.w_payError : errorText(paid.field, paid.status))
        }
        return
      }
    }
    const res = await postBooking(
      apiBase,
      { customer, holdToken: hold.token, service: service.id, staff: staffId, start: hold.start },
      idempotency.current ?? newIdempotencyKey(),
    )
    setSending(false)
    if (!res.ok) {
      if (res.status === 409) {
        lostHold(res.reason)
      } else {
        setFormError(errorText(res.field, res.status))
      }
      return
    }
    setHold(null)
    setDone({ cancelToken: res.data.cancelToken, end: res.data.booking.end, kind: 'booking', reference: res.data.booking.reference, start: res.data.booking.start })
    setStep('done')
  }

  /** A 409 on submit: the hold ran out, or the time went to someone else. */
  const lostHold = (reason: string | undefined) => {
    if (reason === 'hold-expired') {
      expire()
      return
    }
    setHold(null)
    setNotice('raceLost')
    setStep('time')
    void loadTimes(null)
  }

  /** The paid hold is no longer held: confirmed (the normal confirmation), or cancelled. */
  const paymentSettled = (state: PaymentState) => {
    if (state.booking.status === 'confirmed' && hold && payment) {
      setHold(null)
      setPayment(null)
      setDone({ cancelToken: payment.cancelToken, end: hold.end, kind: 'booking', reference: state.booking.reference, start: hold.start })
      setStep('done')
    } else if (state.booking.paymentStatus === 'refunded') {
      // Paid after the time was taken: refunded in full; the visitor picks another time.
      setHold(null)
      setPayment(null)
      setNotice('payLate')
      setStep('time')
      void loadTimes(null)
    } else {
      expire()
    }
  }

  const restart = () => {
    setDone(null)
    setHold(null)
    setPayment(null)
    setPreferred(null)
    setNotice(null)
    setStaffId(null)
    setServiceId(services.length === 1 ? services[0]!.id : null)
    setStep(services.length === 1 ? 'time' : 'service')
  }

  const ctx: StepContext = { lang, t, timezone, uid }
  const stepIndex = { confirm: 2, done: 3, pay: 2, service: 0, time: 1 }[step]
  const stepNames = [t.w_stepService, t.w_stepTime, t.w_stepConfirm]

  return (
    <section aria-label={props.heading || t.widget_title} className="pbw pbw-widget" data-ready={hydrated ? 'true' : undefined} lang={lang}>
      <style href="payload-booking-widget" precedence="default">{WIDGET_CSS}</style>
      {props.heading !== '' && <h2>{props.heading || t.widget_title}</h2>}
      {props.intro && <p>{props.intro}</p>}
      {step !== 'done' && (
        <ol aria-label={t.w_progress} className="pbw-steps">
          {stepNames.map((name, i) => (
            <li aria-current={i === stepIndex ? 'step' : undefined} key={name}>
              {name}
            </li>
          ))}
        </ol>
      )}

      {step === 'service' && <ServiceStep ctx={ctx} headingRef={headingRef} onChoose={chooseService} selectedId={serviceId} services={services} />}

      {step === 'time' && service && (
        <TimeStep
          ctx={ctx}
          formError={formError}
          headingRef={headingRef}
          holding={holding}
          inputs={timeInputs}
          isRequest={isRequest}
          loadTimes={loadTimes}
          notice={notice}
          noticeRef={noticeRef}
          onChangeService={() => setStep('service')}
          onPick={chooseTime}
          onPropose={proposeOwnTime}
          onStaff={setStaffId}
          service={service}
          staffId={staffId}
          times={times}
        />
      )}

      {step === 'confirm' && service && (
        <ConfirmStep
          ctx={ctx}
          formError={formError}
          headingRef={headingRef}
          heldStart={hold?.start ?? null}
          isRequest={isRequest}
          onBack={() => {
            setHold(null)
            setPreferred(null)
            setStep('time')
          }}
          onSubmit={submit}
          payNow={payNow}
          phoneMode={phoneMode}
          preferredStart={preferred?.start ?? null}
          remaining={remaining}
          sending={sending}
          service={service}
          staffId={staffId}
        />
      )}

      {step === 'pay' && payment && service && (
        <PaymentStep ctx={ctx} headingRef={headingRef} heldStart={hold?.start ?? null} payment={payment} remaining={remaining} service={service} staffId={staffId} />
      )}

      {step === 'done' && done && service && (
        <DoneStep ctx={ctx} done={done} headingRef={headingRef} manageUrl={props.manageUrl} onRestart={restart} service={service} />
      )}
    </section>
  )
}
