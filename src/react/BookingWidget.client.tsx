'use client'

import React, { useCallback, useEffect, useId, useRef, useState } from 'react'

import type { WidgetTranslations } from '../translations/widget/en.ts'
import type { ApiSlot, Customer } from './api.ts'

import { selectRangeProposals, selectDayProposals } from '../scheduling/suggest.ts'
import { addDays, localDateOf, wallClockToInstant } from '../scheduling/time.ts'
import { fetchAvailability, newIdempotencyKey, postBooking, postHold, postRequest } from './api.ts'
import { buildIcsFile, fill, formatCountdown, formatDay, formatPrice, formatTime } from './format.ts'
import { WIDGET_CSS } from './styles.ts'

/** A service as the widget shows it (loaded on the server). */
export interface WidgetService {
  currency: null | string
  description?: null | string
  durationMinutes: number
  id: number | string
  name: string
  /** bookingMode 'request': visitors ask, staff confirm. */
  onRequest: boolean
  price: null | number
  staff: { id: number | string; name: string }[]
}

export interface BookingWidgetProps {
  /** Where the Payload REST API is mounted. @default '/api' */
  apiBase?: string
  /** The block's narrowing of each service's disclosure mode. */
  disclosure?: 'request' | 'suggest' | null
  heading?: null | string
  /** The service to start with (e.g. from a services list's "Book" link). */
  initialServiceId?: null | number | string
  intro?: null | string
  lang: string
  /** The customer's manage/cancel page: `{reference}` and `{token}` are filled in. */
  manageUrl?: null | string
  phone?: 'hidden' | 'optional' | 'required' | null
  services: WidgetService[]
  strings: WidgetTranslations
  /** The business's zone until the first answer names it. */
  timezone?: string
}

type Step = 'confirm' | 'done' | 'service' | 'time'

interface Times {
  /** null: the best times of the coming days; a date: all that may be shown of that day. */
  day: null | string
  disclosure: 'all' | 'request' | 'suggest'
  slots: ApiSlot[]
  status: 'error' | 'loading' | 'ready'
}

interface Hold {
  end: string
  expiresAt: number
  skew: number
  start: string
  token: string
}

type Done =
  | { cancelToken: string; end: string; kind: 'booking'; reference: string; start: string }
  | { kind: 'request'; preferredStart: null | string; reference: string }

const BEST_COUNT = 6
const BEST_DAYS = 14

/** The best times of an answer that lists every free time: the soonest, then spread over the next days. */
const bestOf = (slots: ApiSlot[], timezone: string): ApiSlot[] => {
  const byDay = new Map<string, ApiSlot[]>()
  for (const slot of slots) {
    const day = localDateOf(Date.parse(slot.start), timezone)
    byDay.set(day, [...(byDay.get(day) ?? []), slot])
  }
  const days = [...byDay.keys()].sort().map((day) =>
    selectDayProposals({
      anyStaff: false,
      count: 3,
      free: byDay.get(day)!.map((s) => ({ end: Date.parse(s.end), seatsLeft: 1, staffId: String(s.staff ?? ''), start: Date.parse(s.start) })),
      grid: [],
      salt: 'widget',
    }),
  )
  const chosen = new Set(selectRangeProposals(days, BEST_COUNT).map((p) => p.start))
  return uniqueStarts(slots).filter((s) => chosen.has(Date.parse(s.start)))
}

const uniqueStarts = (slots: ApiSlot[]) => {
  const seen = new Set<string>()
  return slots.filter((s) => (seen.has(s.start) ? false : (seen.add(s.start), true)))
}

export function BookingWidget(props: BookingWidgetProps) {
  const { lang, services, strings: t } = props
  const apiBase = props.apiBase ?? '/api'
  const phoneMode = props.phone ?? 'optional'
  const [step, setStep] = useState<Step>(props.initialServiceId != null && services.some((s) => String(s.id) === String(props.initialServiceId)) ? 'time' : 'service')
  const [serviceId, setServiceId] = useState<null | number | string>(
    services.find((s) => String(s.id) === String(props.initialServiceId))?.id ?? (services.length === 1 ? services[0]!.id : null),
  )
  const [staffId, setStaffId] = useState<null | number | string>(null)
  const [timezone, setTimezone] = useState(props.timezone ?? 'UTC')
  const [times, setTimes] = useState<Times>({ day: null, disclosure: 'all', slots: [], status: 'loading' })
  const [notice, setNotice] = useState<null | 'holdExpired' | 'raceLost'>(null)
  const [hold, setHold] = useState<Hold | null>(null)
  const [holding, setHolding] = useState<null | string>(null)
  const [preferred, setPreferred] = useState<{ start: null | string } | null>(null)
  const [remaining, setRemaining] = useState(0)
  const [sending, setSending] = useState(false)
  const [formError, setFormError] = useState<null | string>(null)
  const [done, setDone] = useState<Done | null>(null)
  const [pickDay, setPickDay] = useState('')
  const [proposeDate, setProposeDate] = useState('')
  const [proposeTime, setProposeTime] = useState('')
  // Set once the widget runs in the browser (before that, buttons do nothing): tests and styles can wait for it.
  const [hydrated, setHydrated] = useState(false)
  useEffect(() => setHydrated(true), [])
  // Ids unique per widget, so two widgets on one page never share a label target.
  const uid = `pbw${useId().replace(/[^\w-]/g, '')}`
  const idempotency = useRef<null | string>(null)
  const headingRef = useRef<HTMLHeadingElement>(null)
  const noticeRef = useRef<HTMLDivElement>(null)

  const service = services.find((s) => String(s.id) === String(serviceId)) ?? null
  const isRequest = Boolean(service?.onRequest || props.disclosure === 'request' || times.disclosure === 'request')
  const today = localDateOf(Date.now(), timezone)

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

  const loadTimes = useCallback(
    async (day: null | string) => {
      if (!service) return
      setTimes((prev) => ({ ...prev, day, status: 'loading' }))
      const from = day ?? localDateOf(Date.now(), timezone)
      const res = await fetchAvailability(apiBase, {
        disclosure: props.disclosure ?? null,
        from,
        service: service.id,
        staff: staffId,
        to: day ?? addDays(from, BEST_DAYS - 1),
      })
      if (!res.ok) {
        setTimes((prev) => ({ ...prev, day, slots: [], status: 'error' }))
        return
      }
      setTimezone(res.data.timezone)
      const slots =
        res.data.disclosure === 'all' && day === null ? bestOf(res.data.slots, res.data.timezone) : uniqueStarts(res.data.slots)
      setTimes({ day, disclosure: res.data.disclosure, slots, status: 'ready' })
    },
    [apiBase, props.disclosure, service, staffId, timezone],
  )

  useEffect(() => {
    if (step === 'time') void loadTimes(null)
    // Only when entering the time step or changing the staff choice there.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [step, serviceId, staffId])

  // The hold's countdown; at zero the visitor is told and picks again.
  useEffect(() => {
    if (!hold || step !== 'confirm') return
    const tick = () => {
      const left = hold.expiresAt - (Date.now() + hold.skew)
      setRemaining(left)
      if (left <= 0) expire()
    }
    tick()
    const timer = setInterval(tick, 250)
    return () => clearInterval(timer)
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [hold, step])

  const expire = () => {
    setHold(null)
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
        setTimes((prev) => ({ ...prev, status: 'error' }))
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

  const proposeOwnTime = (event: React.FormEvent) => {
    event.preventDefault()
    setFormError(null)
    if (!proposeDate || !proposeTime) {
      setPreferred({ start: null })
    } else {
      const instant = wallClockToInstant(proposeDate, proposeTime, timezone)
      if (!(instant > Date.now())) {
        setFormError(t.w_errPast)
        return
      }
      setPreferred({ start: new Date(instant).toISOString() })
    }
    setStep('confirm')
  }

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
    const res = await postBooking(
      apiBase,
      { customer, holdToken: hold.token, service: service.id, staff: staffId, start: hold.start },
      idempotency.current ?? newIdempotencyKey(),
    )
    setSending(false)
    if (!res.ok) {
      if (res.status === 409 && res.reason === 'hold-expired') {
        expire()
      } else if (res.status === 409) {
        setHold(null)
        setNotice('raceLost')
        setStep('time')
        void loadTimes(null)
      } else {
        setFormError(errorText(res.field, res.status))
      }
      return
    }
    setHold(null)
    setDone({ cancelToken: res.data.cancelToken, end: res.data.booking.end, kind: 'booking', reference: res.data.booking.reference, start: res.data.booking.start })
    setStep('done')
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

  const restart = () => {
    setDone(null)
    setHold(null)
    setPreferred(null)
    setNotice(null)
    setStaffId(null)
    setServiceId(services.length === 1 ? services[0]!.id : null)
    setStep(services.length === 1 ? 'time' : 'service')
  }

  const when = (start: string) => `${formatDay(start, lang, timezone)}, ${formatTime(start, lang, timezone)}`
  const zoneLabel = fill(t.w_timesIn, { zone: timezone })
  const stepIndex = { confirm: 2, done: 3, service: 0, time: 1 }[step]
  const stepNames = [t.w_stepService, t.w_stepTime, t.w_stepConfirm]

  const serviceSummary = service && (
    <div className="pbw-summary">
      <div>
        <span className="pbw-name">{service.name}</span>
        {service.onRequest && <span className="pbw-badge">{t.w_onRequest}</span>}
      </div>
      <div className="pbw-meta">
        {fill(t.w_minutes, { n: service.durationMinutes })}
        {formatPrice(service.price, service.currency, lang) ? ` · ${formatPrice(service.price, service.currency, lang)}` : ''}
        {staffId !== null ? ` · ${service.staff.find((s) => String(s.id) === String(staffId))?.name ?? ''}` : ''}
      </div>
      {step === 'confirm' && hold && <div>{when(hold.start)} <span className="pbw-meta">({zoneLabel})</span></div>}
      {step === 'confirm' && preferred?.start && <div>{fill(t.w_preferred, { time: when(preferred.start) })} <span className="pbw-meta">({zoneLabel})</span></div>}
    </div>
  )

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

      {step === 'service' && (
        <div>
          <h3 ref={headingRef} tabIndex={-1}>{t.w_chooseService}</h3>
          {services.length === 0 && <p>{t.w_noServices}</p>}
          <ul className="pbw-list">
            {services.map((s) => (
              <li key={String(s.id)}>
                <button aria-pressed={String(s.id) === String(serviceId)} className="pbw-service" onClick={() => chooseService(s.id)} type="button">
                  <span>
                    <span className="pbw-name">{s.name}</span>
                    {s.onRequest && <span className="pbw-badge">{t.w_onRequest}</span>}
                    <br />
                    <span className="pbw-meta">{fill(t.w_minutes, { n: s.durationMinutes })}</span>
                  </span>
                  <span className="pbw-price">{formatPrice(s.price, s.currency, lang) ?? ''}</span>
                </button>
              </li>
            ))}
          </ul>
        </div>
      )}

      {step === 'time' && service && (
        <div>
          <h3 ref={headingRef} tabIndex={-1}>{isRequest ? t.w_choosePreferred : t.w_chooseTime}</h3>
          {serviceSummary}
          <div className="pbw-actions" style={{ marginBottom: '.8rem' }}>
            <button className="pbw-link" onClick={() => setStep('service')} type="button">{t.w_changeService}</button>
          </div>
          {service.staff.length > 1 && (
            <div className="pbw-field">
              <label htmlFor={`${uid}-staff`}>{t.w_staff}</label>
              <select id={`${uid}-staff`} onChange={(e) => setStaffId(e.target.value === '' ? null : (service.staff.find((s) => String(s.id) === e.target.value)?.id ?? null))} value={staffId === null ? '' : String(staffId)}>
                <option value="">{t.w_anyStaff}</option>
                {service.staff.map((s) => (
                  <option key={String(s.id)} value={String(s.id)}>{s.name}</option>
                ))}
              </select>
            </div>
          )}
          <div aria-live="polite">
            {notice && (
              <div className="pbw-notice" ref={noticeRef} role="alert" tabIndex={-1}>
                {notice === 'holdExpired' ? t.w_holdExpired : t.w_raceLost}
              </div>
            )}
          </div>
          {isRequest && <p className="pbw-notice">{t.w_requestExpectation}</p>}
          {times.disclosure !== 'request' && (
            <>
              <h4>{times.day === null ? t.w_bestTimes : formatDay(wallClockToInstant(times.day, '12:00', timezone), lang, timezone)}</h4>
              <p className="pbw-hint">{zoneLabel}</p>
              {times.status === 'loading' && <p role="status">{t.w_loading}</p>}
              {times.status === 'error' && (
                <div className="pbw-error" role="alert">
                  {t.w_loadError}{' '}
                  <button className="pbw-link" onClick={() => void loadTimes(times.day)} type="button">{t.w_retry}</button>
                </div>
              )}
              {times.status === 'ready' && times.slots.length === 0 && <p>{times.day === null ? t.w_noTimes : t.w_noTimesDay}</p>}
              {times.status === 'ready' && times.slots.length > 0 && (
                <TimeList holding={holding} idPrefix={uid} lang={lang} onPick={chooseTime} slots={times.slots} t={t} timezone={timezone} />
              )}
              <form
                className="pbw-row"
                onSubmit={(e) => {
                  e.preventDefault()
                  if (pickDay) void loadTimes(pickDay)
                }}
              >
                <div className="pbw-field">
                  <label htmlFor={`${uid}-day`}>{times.disclosure === 'suggest' ? t.w_otherDay : t.w_moreTimes}</label>
                  <input id={`${uid}-day`} min={today} onChange={(e) => setPickDay(e.target.value)} type="date" value={pickDay} />
                </div>
                <div className="pbw-field" style={{ flex: '0 0 auto', alignSelf: 'flex-end' }}>
                  <button type="submit">{t.w_showDay}</button>
                </div>
              </form>
              {times.day !== null && (
                <button className="pbw-link" onClick={() => void loadTimes(null)} type="button">{t.w_backToBest}</button>
              )}
            </>
          )}
          {isRequest && (
            <form onSubmit={proposeOwnTime}>
              <h4>{t.w_proposeTime}</h4>
              <p className="pbw-hint">{zoneLabel}</p>
              <div className="pbw-row">
                <div className="pbw-field">
                  <label htmlFor={`${uid}-pdate`}>{t.w_date}</label>
                  <input id={`${uid}-pdate`} min={today} onChange={(e) => setProposeDate(e.target.value)} type="date" value={proposeDate} />
                </div>
                <div className="pbw-field">
                  <label htmlFor={`${uid}-ptime`}>{t.w_time}</label>
                  <input id={`${uid}-ptime`} onChange={(e) => setProposeTime(e.target.value)} step={900} type="time" value={proposeTime} />
                </div>
              </div>
              {formError && step === 'time' && <div className="pbw-error" role="alert">{formError}</div>}
              <button type="submit">{proposeDate && proposeTime ? t.w_continue : t.w_noPreference}</button>
            </form>
          )}
        </div>
      )}

      {step === 'confirm' && service && (
        <div>
          <h3 ref={headingRef} tabIndex={-1}>{isRequest ? t.w_yourRequest : t.w_yourDetails}</h3>
          {isRequest && <p className="pbw-notice">{t.w_requestExpectation}</p>}
          {serviceSummary}
          {hold && (
            <p className="pbw-hint" role="timer">
              {fill(t.w_heldFor, { time: formatCountdown(remaining) })}
            </p>
          )}
          <form onSubmit={submit}>
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
            {formError && <div className="pbw-error" role="alert">{formError}</div>}
            <div className="pbw-actions">
              <button className="pbw-primary" disabled={sending} type="submit">
                {sending ? t.w_sending : isRequest ? t.w_requestNow : t.w_bookNow}
              </button>
              <button
                className="pbw-link"
                onClick={() => {
                  setHold(null)
                  setPreferred(null)
                  setStep('time')
                }}
                type="button"
              >
                {t.w_chooseAnother}
              </button>
            </div>
          </form>
        </div>
      )}

      {step === 'done' && done && service && (
        <div>
          <h3 ref={headingRef} tabIndex={-1}>{done.kind === 'booking' ? t.w_bookedTitle : t.w_requestedTitle}</h3>
          <div className="pbw-success" role="status">
            {done.kind === 'booking' ? t.w_bookedText : t.w_requestedText}
          </div>
          <p>
            {t.w_reference}: <span className="pbw-reference">{done.reference}</span>
          </p>
          {done.kind === 'booking' && (
            <>
              <p>
                {service.name} · {when(done.start)} <span className="pbw-meta">({zoneLabel})</span>
              </p>
              <div className="pbw-actions">
                <a
                  className="pbw-button"
                  download={`booking-${done.reference}.ics`}
                  href={`data:text/calendar;charset=utf-8,${encodeURIComponent(
                    buildIcsFile({
                      description: `${t.w_reference}: ${done.reference}`,
                      end: done.end,
                      reference: done.reference,
                      start: done.start,
                      summary: service.name,
                      url: manageLink(props.manageUrl, done.reference, done.cancelToken),
                    }),
                  )}`}
                >
                  {t.w_addToCalendar}
                </a>
                {props.manageUrl && (
                  <a className="pbw-button" href={manageLink(props.manageUrl, done.reference, done.cancelToken)!}>
                    {t.w_manage}
                  </a>
                )}
              </div>
            </>
          )}
          {done.kind === 'request' && done.preferredStart && (
            <p>{fill(t.w_preferred, { time: when(done.preferredStart) })} <span className="pbw-meta">({zoneLabel})</span></p>
          )}
          <div className="pbw-actions">
            <button className="pbw-link" onClick={restart} type="button">{t.w_bookAnother}</button>
          </div>
        </div>
      )}
    </section>
  )
}

/** The manage/cancel link, absolute (it also goes into the calendar file). */
const manageLink = (template: null | string | undefined, reference: string, token: string): null | string => {
  if (!template) return null
  const link = template.replace('{reference}', encodeURIComponent(reference)).replace('{token}', encodeURIComponent(token))
  return typeof window === 'undefined' ? link : new URL(link, window.location.href).href
}

function TimeList(props: {
  holding: null | string
  idPrefix: string
  lang: string
  onPick: (slot: ApiSlot) => void
  slots: ApiSlot[]
  t: WidgetTranslations
  timezone: string
}) {
  const { holding, idPrefix, lang, onPick, slots, t, timezone } = props
  const byDay = new Map<string, ApiSlot[]>()
  for (const slot of slots) {
    const day = localDateOf(Date.parse(slot.start), timezone)
    byDay.set(day, [...(byDay.get(day) ?? []), slot])
  }
  return (
    <div>
      {[...byDay.entries()].map(([day, daySlots]) => (
        <div key={day}>
          <h4 id={`${idPrefix}-d-${day}`}>{formatDay(daySlots[0]!.start, lang, timezone)}</h4>
          <ul aria-labelledby={`${idPrefix}-d-${day}`} className="pbw-times">
            {daySlots.map((slot) => (
              <li key={slot.start}>
                <button
                  aria-label={fill(t.w_pickTime, { time: `${formatDay(slot.start, lang, timezone)} ${formatTime(slot.start, lang, timezone)}` })}
                  className="pbw-time"
                  data-start={slot.start}
                  disabled={holding !== null}
                  onClick={() => onPick(slot)}
                  type="button"
                >
                  {holding === slot.start ? t.w_holding : formatTime(slot.start, lang, timezone)}
                </button>
              </li>
            ))}
          </ul>
        </div>
      ))}
    </div>
  )
}
