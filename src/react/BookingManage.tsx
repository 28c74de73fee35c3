'use client'
import React, { useCallback, useEffect, useMemo, useState } from 'react'

import type { BookingManageProps, ManagedBooking, ManagedService } from './manageTypes.ts'

import { fromMinor, refundFor } from '../payments/money.ts'
import { fill, formatDay, formatPrice, formatTime } from './format.ts'
import { cancelBooking, fetchService, fetchStaffName, lookupBooking } from './manageApi.ts'
import { qrSvg } from './manageQr.ts'
import { MANAGE_CSS } from './manageStyles.ts'
import { WIDGET_CSS } from './styles.ts'

type State =
  | { booking: ManagedBooking; service: ManagedService | null; staffName: null | string; status: 'ready' }
  | { message: string; status: 'error' }
  | { status: 'loading' }

const PAID = ['deposit', 'paid', 'partially-refunded']

const fromLocation = (name: string): null | string =>
  typeof window === 'undefined' ? null : new URLSearchParams(window.location.search).get(name)

/**
 * The customer's "my booking" page behind the manage link of the e-mails and the widget: the
 * service, the time in the business's zone, the status, the check-in QR code and reference, and
 * cancelling (with what the refund policy gives back, for bookings paid online).
 */
export const BookingManage = (props: BookingManageProps) => {
  const { lang, strings: s, timezone } = props
  const apiBase = props.apiBase ?? '/api'
  const [link, setLink] = useState<{ reference: string; token: string } | null | undefined>(undefined)
  const [state, setState] = useState<State>({ status: 'loading' })
  const [confirming, setConfirming] = useState(false)
  const [cancelling, setCancelling] = useState(false)
  const [cancelError, setCancelError] = useState('')
  const [refundNote, setRefundNote] = useState('')

  // The link's reference and token: from the props, else the page's address (read after hydration).
  useEffect(() => {
    const reference = props.reference ?? fromLocation('reference')
    const token = props.token ?? fromLocation('token')
    setLink(reference && token ? { reference, token } : null)
  }, [props.reference, props.token])

  const load = useCallback(async () => {
    if (!link) return
    setState({ status: 'loading' })
    const res = await lookupBooking(apiBase, link.reference, link.token)
    if (!res.ok) {
      setState({ message: res.status === 403 || res.status === 404 || res.status === 400 ? s.manage_notFound : s.manage_loadError, status: 'error' })
      return
    }
    const booking = res.data.booking
    const [service, staff] = await Promise.all([
      booking.service === null ? null : fetchService(apiBase, booking.service, lang),
      booking.staff === null ? null : fetchStaffName(apiBase, booking.staff),
    ])
    setState({
      booking,
      service: service?.ok ? service.data : null,
      staffName: staff?.ok ? staff.data.name : null,
      status: 'ready',
    })
  }, [apiBase, lang, link, s])

  useEffect(() => {
    void load()
  }, [load])

  const reference = state.status === 'ready' ? state.booking.reference : null
  const qr = useMemo(() => (reference ? qrSvg(reference) : null), [reference])

  const cancel = async () => {
    if (!link || state.status !== 'ready') return
    setCancelling(true)
    setCancelError('')
    const res = await cancelBooking(apiBase, link.reference, link.token)
    setCancelling(false)
    setConfirming(false)
    if (!res.ok) {
      setCancelError(res.status === 409 ? s.manage_cannotCancel : fill(s.manage_cancelError, { message: res.message }))
      return
    }
    const { refund, ...booking } = res.data.booking
    if (refund && refund.amount > 0) {
      setRefundNote(fill(s.manage_refundAmount, { amount: formatPrice(fromMinor(refund.amount, refund.currency), refund.currency, lang) ?? '' }))
    }
    setState({ ...state, booking: { ...state.booking, ...booking } })
  }

  let body: React.ReactNode
  if (link === null) {
    body = <p className="pbw-notice">{s.manage_missingLink}</p>
  } else if (link === undefined || state.status === 'loading') {
    body = <p role="status">{s.manage_loading}</p>
  } else if (state.status === 'error') {
    body = (
      <>
        <p className="pbw-error" role="alert">
          {state.message}
        </p>
        <button onClick={() => void load()} type="button">
          {s.manage_retry}
        </button>
      </>
    )
  } else {
    const { booking, service, staffName } = state
    const statusKey = booking.status === 'no-show' ? 'manage_status_noShow' : (`manage_status_${booking.status}` as const)
    const open = booking.status === 'confirmed' || booking.status === 'held'
    const started = Date.parse(booking.start) <= Date.now()
    const paidOnline = PAID.includes(booking.paymentStatus ?? '')
    const rules = service?.refundRules ?? []
    const now = paidOnline ? refundFor({ cancelledAt: Date.now(), paid: 100, rules, start: Date.parse(booking.start) }) : null
    body = (
      <>
        {booking.status === 'cancelled' && (
          <p className="pbw-success" role="status">
            {s.manage_cancelled} {refundNote}
          </p>
        )}
        <dl>
          <dt>{s.manage_service}</dt>
          <dd>{service?.name ?? ''}</dd>
          {staffName && (
            <>
              <dt>{s.manage_staff}</dt>
              <dd>{staffName}</dd>
            </>
          )}
          <dt>{s.manage_when}</dt>
          <dd>
            {formatDay(booking.start, lang, timezone)}, {formatTime(booking.start, lang, timezone)}–{formatTime(booking.end, lang, timezone)}
            <br />
            <span className="pbw-hint">{fill(s.manage_timesIn, { zone: timezone })}</span>
          </dd>
          {booking.seats > 1 && (
            <>
              <dt>{s.manage_seats}</dt>
              <dd>{booking.seats}</dd>
            </>
          )}
          <dt>{s.manage_status}</dt>
          <dd data-status={booking.status}>{s[statusKey]}</dd>
          <dt>{s.manage_reference}</dt>
          <dd className="pbw-reference">{booking.reference}</dd>
        </dl>
        {qr && booking.status !== 'cancelled' && (
          <figure className="pbw-qr">
            <svg aria-label={fill(s.manage_qrAlt, { reference: booking.reference })} role="img" shapeRendering="crispEdges" viewBox={`0 0 ${qr.size} ${qr.size}`}>
              <rect fill="#fff" height={qr.size} width={qr.size} />
              <path d={qr.path} fill="#000" />
            </svg>
            <figcaption className="pbw-hint">{s.manage_qrHint}</figcaption>
          </figure>
        )}
        {cancelError && (
          <p className="pbw-error" role="alert">
            {cancelError}
          </p>
        )}
        {open && !started && (
          <div>
            {now && (
              <div className="pbw-summary">
                {rules.length > 0 && (
                  <>
                    <strong>{s.manage_refundPolicy}</strong>
                    <ul className="pbw-policy">
                      {[...rules]
                        .sort((a, b) => b.hoursBefore - a.hoursBefore)
                        .map((rule) => (
                          <li key={`${rule.hoursBefore}-${rule.percent}`}>{fill(s.manage_refundRule, { hours: rule.hoursBefore, percent: rule.percent })}</li>
                        ))}
                    </ul>
                  </>
                )}
                <p>{now.percent > 0 ? fill(s.manage_refundNow, { percent: now.percent }) : s.manage_refundNone}</p>
              </div>
            )}
            {confirming ? (
              <div role="group" aria-label={s.manage_cancel}>
                <p>{s.manage_cancelQuestion}</p>
                <div className="pbw-actions">
                  <button className="pbw-primary pbw-danger" disabled={cancelling} onClick={() => void cancel()} type="button">
                    {cancelling ? s.manage_cancelling : s.manage_cancelYes}
                  </button>
                  <button disabled={cancelling} onClick={() => setConfirming(false)} type="button">
                    {s.manage_cancelNo}
                  </button>
                </div>
              </div>
            ) : (
              <button className="pbw-danger" onClick={() => setConfirming(true)} type="button">
                {s.manage_cancel}
              </button>
            )}
          </div>
        )}
      </>
    )
  }

  return (
    <section aria-labelledby="pbw-manage-title" className="pbw pbw-manage" lang={lang}>
      <style href="payload-booking-widget" precedence="default">
        {WIDGET_CSS}
      </style>
      <style href="payload-booking-manage" precedence="default">
        {MANAGE_CSS}
      </style>
      <h2 id="pbw-manage-title">{s.manage_title}</h2>
      {body}
    </section>
  )
}
