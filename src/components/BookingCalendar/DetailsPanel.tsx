'use client'
import { Button } from '@payloadcms/ui'
import React, { useEffect, useState } from 'react'

import type { CalendarBooking, CalendarData, CalendarRequest } from '../../operations/calendar/types.ts'
import type { BookingLoyalty } from '../../operations/loyalty/types.ts'
import type { BookingPackage, CalendarApi } from './api.ts'

import { dateLabel, localDateOf, timeLabel } from './calendarTime.ts'
import { Gift, RaisedHand } from './icons.tsx'

/** A reward booking's points (what it redeemed, what came back), loaded when its details open. */
const useBookingLoyalty = (api: CalendarApi, booking: CalendarBooking | undefined) => {
  const [loyalty, setLoyalty] = useState<BookingLoyalty | null>(null)
  const id = booking && booking.reward !== undefined && booking.reward !== null ? booking.id : null
  const status = booking?.status
  useEffect(() => {
    if (id === null) return
    const abort = new AbortController()
    api
      .bookingLoyalty(id, abort.signal)
      .then((r) => !abort.signal.aborted && setLoyalty(r.ok ? r.body : null))
      .catch(() => undefined) // closed meanwhile: nothing to show
    return () => abort.abort()
  }, [api, id, status])
  return loyalty
}

/**
 * The customer package a booking draws on (null when none), loaded when its details open. The
 * calendar's data does not carry it, so this reads the booking's `customerPackage` over REST.
 */
const useBookingPackage = (api: CalendarApi, booking: CalendarBooking | undefined) => {
  const [found, setFound] = useState<BookingPackage | null>(null)
  const id = booking?.id ?? null
  const status = booking?.status
  useEffect(() => {
    setFound(null)
    if (id === null) return
    const abort = new AbortController()
    api
      .bookingPackage(id, abort.signal)
      .then((r) => !abort.signal.aborted && setFound(r.ok && r.body.customerPackage ? r.body : null))
      .catch(() => undefined) // closed meanwhile: nothing to show
    return () => abort.abort()
  }, [api, id, status])
  return found
}

/** The package's name as the details show it: the package's own, else the sale's title. */
const packageLabel = (found: BookingPackage) => {
  const owned = found.customerPackage
  if (!owned || typeof owned !== 'object') return ''
  const offer = owned.package && typeof owned.package === 'object' ? owned.package : null
  return offer?.name || owned.title || ''
}

/**
 * A booking's details with its actions (check in, no-show, cancel with a reason, open the full
 * document), or a request's details with a link to it. Every write goes through the bookings
 * collection, so the capacity hook and the messages apply as anywhere else.
 */
export const DetailsPanel = (props: {
  adminRoute: string
  api: CalendarApi
  booking?: CalendarBooking
  data: CalendarData
  locale: string
  onChanged: (reference: string) => void
  onClose: () => void
  request?: CalendarRequest
  slugs: { bookings: string; requests: string }
  t: (key: string, vars?: Record<string, unknown>) => string
}) => {
  const { adminRoute, api, booking, data, locale, onChanged, onClose, request, slugs, t } = props
  const [cancelling, setCancelling] = useState(false)
  const [reason, setReason] = useState('')
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState('')
  const item = booking ?? request!
  const tz = data.timezone
  const service = data.services.find((s) => String(s.id) === String(item.service))
  const staff = data.staff.find((s) => String(s.id) === String(item.staff))
  const date = localDateOf(Date.parse(item.start), tz)
  const loyalty = useBookingLoyalty(api, booking)
  const paidWith = useBookingPackage(api, booking)

  const act = async (change: 'checkIn' | Record<string, unknown>) => {
    if (!booking) return
    setBusy(true)
    setError('')
    // Check-in goes through its endpoint: the server's clock sets the time, under its access rules.
    const result = change === 'checkIn' ? await api.checkIn(booking.id) : await api.update(booking.id, change)
    setBusy(false)
    if (result.ok) onChanged(booking.reference)
    else setError(t('plugin-booking:calendar_saveRefused', { message: result.message }))
  }

  const rows: [string, React.ReactNode][] = [
    [t('plugin-booking:service'), service?.name ?? ''],
    [t('plugin-booking:staffSingular'), staff?.name ?? ''],
    [
      t('plugin-booking:start'),
      `${dateLabel(date, locale, { day: 'numeric', month: 'short', weekday: 'short' })} ${timeLabel(item.start, tz)}–${timeLabel(item.end, tz)}`,
    ],
    [t('plugin-booking:calendar_customer'), [item.customer.name, item.customer.phone, item.customer.email].filter(Boolean).join(' · ')],
  ]
  if (booking) {
    rows.push([t('plugin-booking:status'), t(`plugin-booking:status_${booking.status}`)])
    if (service && service.capacity > 1) {
      rows.push([t('plugin-booking:seats'), `${booking.seats} (${t('plugin-booking:calendar_seatsTaken', { capacity: service.capacity, taken: booking.seatsTaken })})`])
    }
    rows.push([t('plugin-booking:source'), t(`plugin-booking:source_${booking.source}`)])
    if (loyalty?.reward) {
      const points = loyalty.redeemed > 0
        ? t('plugin-booking:loyalty_redeemed', { points: loyalty.redeemed })
        : loyalty.returned > 0
          ? t('plugin-booking:loyalty_returned', { points: loyalty.returned })
          : t('plugin-booking:loyalty_cost', { points: loyalty.reward.points })
      rows.push([
        t('plugin-booking:reward'),
        <span className="pb-cal__reward" data-redeemed={loyalty.redeemed} data-returned={loyalty.returned} key="reward">
          <Gift /> {loyalty.reward.name} · {points}
        </span>,
      ])
    }
    if (paidWith) {
      const credit = paidWith.packageCredit === 'returned' || paidWith.packageCredit === 'forfeited'
        ? ` · ${t(`plugin-booking:packages_credit_${paidWith.packageCredit}`)}`
        : ''
      rows.push([
        t('plugin-booking:packages_package'),
        <span className="pb-cal__package" data-credit={paidWith.packageCredit ?? undefined} key="package">
          {t('plugin-booking:calendar_packagePaid', { name: packageLabel(paidWith) })}
          {credit}
        </span>,
      ])
    }
    if (booking.paymentStatus) {
      rows.push([t('plugin-booking:payments_paymentStatus'), t(`plugin-booking:payments_paymentStatus_${booking.paymentStatus}`)])
    }
    if (booking.checkedInAt) rows.push([t('plugin-booking:checkedInAt'), timeLabel(booking.checkedInAt, tz)])
    if (booking.notes) rows.push([t('plugin-booking:notes'), booking.notes])
  } else if (request) {
    rows.push([t('plugin-booking:status'), request.expired ? t('plugin-booking:calendar_expired') : request.status])
    if (request.message) rows.push([t('plugin-booking:message'), request.message])
  }
  const active = booking && (booking.status === 'confirmed' || booking.status === 'held')

  return (
    <aside aria-label={item.reference} className="pb-cal__panel pb-cal__details" onKeyDown={(e) => e.key === 'Escape' && onClose()}>
      <div className="pb-cal__panel-head">
        <h3>
          {request && <RaisedHand />}
          {booking?.reward !== undefined && booking?.reward !== null && <Gift label={t('plugin-booking:reward')} />} 
          {booking ? t('plugin-booking:booking') : t('plugin-booking:calendar_request')} {item.reference}
        </h3>
        <button aria-label={t('plugin-booking:calendar_close')} className="pb-cal__x" onClick={onClose} type="button">
          ×
        </button>
      </div>
      <dl className="pb-cal__facts">
        {rows.map(([k, v]) => (
          <React.Fragment key={k}>
            <dt>{k}</dt>
            <dd>{v}</dd>
          </React.Fragment>
        ))}
      </dl>
      {error && (
        <p className="pb-cal__tone--error" role="alert">
          {error}
        </p>
      )}
      {booking && active && !cancelling && (
        <div className="pb-cal__actions">
          {booking.status === 'confirmed' && !booking.checkedInAt && (
            <Button buttonStyle="primary" disabled={busy} margin={false} onClick={() => act('checkIn')} size="small">
              {t('plugin-booking:calendar_markCheckedIn')}
            </Button>
          )}
          {booking.status === 'confirmed' && (
            <Button buttonStyle="secondary" disabled={busy} margin={false} onClick={() => act({ status: 'no-show' })} size="small">
              {t('plugin-booking:calendar_markNoShow')}
            </Button>
          )}
          <Button buttonStyle="secondary" disabled={busy} margin={false} onClick={() => setCancelling(true)} size="small">
            {t('plugin-booking:calendar_cancelBooking')}
          </Button>
        </div>
      )}
      {booking && cancelling && (
        <form
          className="pb-cal__cancel"
          onSubmit={(e) => {
            e.preventDefault()
            void act({ cancellation: { reason: reason || undefined }, status: 'cancelled' })
          }}
        >
          {loyalty?.reward && loyalty.redeemed > 0 && (
            <p className="pb-cal__tone--warn">{t('plugin-booking:loyalty_cancelReturns', { points: loyalty.redeemed })}</p>
          )}
          <label className="pb-cal__field">
            {t('plugin-booking:cancelReason')}
            <textarea
              autoFocus
              className="pb-cal__input"
              name="reason"
              onChange={(e) => setReason(e.target.value)}
              placeholder={t('plugin-booking:calendar_cancelReasonPlaceholder')}
              rows={3}
              value={reason}
            />
          </label>
          <div className="pb-cal__actions">
            <Button buttonStyle="error" disabled={busy} margin={false} size="small" type="submit">
              {t('plugin-booking:calendar_confirmCancel')}
            </Button>
            <Button buttonStyle="secondary" margin={false} onClick={() => setCancelling(false)} size="small">
              {t('plugin-booking:calendar_close')}
            </Button>
          </div>
        </form>
      )}
      <p>
        <a href={`${adminRoute}/collections/${booking ? slugs.bookings : slugs.requests}/${String(item.id)}`}>
          {booking ? t('plugin-booking:calendar_openDocument') : t('plugin-booking:calendar_openRequest')} →
        </a>
      </p>
    </aside>
  )
}
