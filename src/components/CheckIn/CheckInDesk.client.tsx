'use client'
import { Button, useConfig, useLocale, useTranslation } from '@payloadcms/ui'
import React, { useMemo, useRef, useState } from 'react'

import type { CheckInBooking } from '../../operations/checkIn/types.ts'

import { checkInApi } from './api.ts'
import { BookingFacts } from './BookingFacts.client.tsx'
import { CameraScanner } from './CameraScanner.client.tsx'
import { CHECK_IN_STYLES } from './checkInStyles.ts'
import { canCheckIn, checksInAtOnce, clockTime, timeRange } from './format.ts'

type Translate = (key: string, vars?: Record<string, unknown>) => string

/** What the desk shows after a scan or a search. */
type Outcome =
  | { booking: CheckInBooking; kind: 'checkedIn'; again: boolean }
  | { booking: CheckInBooking; kind: 'found' }
  | { booking: CheckInBooking; kind: 'undone' }
  | { bookings: CheckInBooking[]; kind: 'list'; phone: string }
  | { kind: 'error'; message: string }

/**
 * The front desk: one input, always focused, for a scanned QR code (scanners type the reference
 * and Enter), a typed reference or a phone number. A single booking of today (by reference, or
 * the only one today for a phone number) is checked in at once with a large confirmation; a
 * booking of another day, a cancelled one or a hold is shown with a warning instead; a phone
 * number with several bookings today lists them, each with its own "Check in". Every check-in
 * can be undone.
 */
export const CheckInDesk = (props: { adminRoute: string; bookingsSlug: string; timezone: string }) => {
  const { adminRoute, bookingsSlug, timezone } = props
  const { config } = useConfig()
  const { i18n, t: rawT } = useTranslation()
  const t = rawT as unknown as Translate
  const locale = i18n.language
  const contentLocale = useLocale()?.code
  const api = useMemo(() => checkInApi(`${config.serverURL ?? ''}${config.routes.api}`, contentLocale), [config, contentLocale])
  const [query, setQuery] = useState('')
  const [busy, setBusy] = useState(false)
  const [outcome, setOutcome] = useState<null | Outcome>(null)
  const input = useRef<HTMLInputElement>(null)

  // A scan that arrives while the last one is still answered waits here and runs right after.
  const busyRef = useRef(false)
  const next = useRef<null | string>(null)
  const start = () => {
    busyRef.current = true
    setBusy(true)
  }
  const ready = () => {
    busyRef.current = false
    setBusy(false)
    // The next scan lands in the input again.
    requestAnimationFrame(() => input.current?.focus())
    const waiting = next.current
    next.current = null
    if (waiting) void find(waiting)
  }
  const failed = (message: string) => setOutcome({ kind: 'error', message: t('plugin-booking:checkin_error', { message }) })

  const checkIn = async (booking: CheckInBooking, inList?: CheckInBooking[], phone = '') => {
    start()
    const res = await api.checkIn(booking.id)
    if (!res.ok) failed(res.error?.message ?? '')
    else if (inList) setOutcome({ bookings: inList.map((b) => (b.id === booking.id ? res.body.booking : b)), kind: 'list', phone })
    else setOutcome({ again: res.body.alreadyCheckedIn, booking: res.body.booking, kind: 'checkedIn' })
    ready()
  }

  const undo = async (booking: CheckInBooking, inList?: CheckInBooking[], phone = '') => {
    start()
    const res = await api.checkIn(booking.id, true)
    if (!res.ok) failed(res.error?.message ?? '')
    else if (inList) setOutcome({ bookings: inList.map((b) => (b.id === booking.id ? res.body.booking : b)), kind: 'list', phone })
    else setOutcome({ booking: res.body.booking, kind: 'undone' })
    ready()
  }

  const find = async (q: string) => {
    if (q.trim() === '') return
    // The input empties at once: a scanner's next code never runs into this one.
    setQuery('')
    if (busyRef.current) {
      next.current = q
      return
    }
    start()
    const res = await api.lookup(q)
    if (!res.ok) {
      if (res.status === 404) setOutcome({ kind: 'error', message: t('plugin-booking:checkin_notFound', { query: q.trim() }) })
      else failed(res.error?.message ?? '')
      ready()
      return
    }
    const { bookings, query: parsed } = res.body
    // A phone number with several bookings today lists them; with one, it is that booking.
    if (parsed.kind === 'phone' && bookings.length !== 1) {
      setOutcome({ bookings, kind: 'list', phone: q.trim() })
      ready()
      return
    }
    const booking = bookings[0]!
    if (booking.checkedInAt) {
      setOutcome({ again: true, booking, kind: 'checkedIn' })
      ready()
    } else if (checksInAtOnce(booking)) {
      await checkIn(booking)
    } else {
      setOutcome({ booking, kind: 'found' })
      ready()
    }
  }

  const facts = (booking: CheckInBooking) => <BookingFacts booking={booking} locale={locale} t={t} timezone={timezone} />
  const openLink = (booking: CheckInBooking) => (
    <a href={`${adminRoute}/collections/${bookingsSlug}/${booking.id}`}>{t('plugin-booking:calendar_openDocument')}</a>
  )

  return (
    <div className="pb-ci">
      <style>{CHECK_IN_STYLES}</style>
      <h1>{t('plugin-booking:checkin_title')}</h1>
      <p className="pb-ci__muted">
        {t('plugin-booking:checkin_intro')} {t('plugin-booking:checkin_timesIn', { zone: timezone })}
      </p>
      <form
        className="pb-ci__form"
        onSubmit={(e) => {
          e.preventDefault()
          void find(query)
        }}
      >
        <label className="pb-ci__label" htmlFor="pb-ci-query">
          {t('plugin-booking:checkin_inputLabel')}
        </label>
        <input
          autoComplete="off"
          autoFocus
          className="pb-ci__input"
          id="pb-ci-query"
          name="q"
          onChange={(e) => setQuery(e.target.value)}
          placeholder={t('plugin-booking:checkin_inputPlaceholder')}
          spellCheck={false}
          value={query}
        />
        <Button buttonStyle="primary" disabled={busy} margin={false} type="submit">
          {busy ? t('plugin-booking:checkin_working') : t('plugin-booking:checkin_find')}
        </Button>
      </form>
      <CameraScanner onCode={(code) => void find(code)} t={t} />

      <div aria-live="polite">
        {outcome?.kind === 'error' && (
          <div className="pb-ci__outcome pb-ci__outcome--error" role="alert">
            {outcome.message}
          </div>
        )}
        {outcome?.kind === 'checkedIn' && (
          <section className={`pb-ci__outcome ${outcome.again ? 'pb-ci__outcome--again' : 'pb-ci__outcome--ok'}`} data-testid="checkin-outcome">
            <p className="pb-ci__headline" role="status">
              {outcome.again
                ? t('plugin-booking:checkin_alreadyCheckedIn', { time: clockTime(outcome.booking.checkedInAt!, timezone, locale) })
                : `✓ ${t('plugin-booking:checkin_checkedIn')}`}
            </p>
            {facts(outcome.booking)}
            <div className="pb-ci__actions">
              <Button buttonStyle="secondary" disabled={busy} margin={false} onClick={() => void undo(outcome.booking)} size="small">
                {t('plugin-booking:checkin_undo')}
              </Button>
              {openLink(outcome.booking)}
            </div>
          </section>
        )}
        {outcome?.kind === 'undone' && (
          <section className="pb-ci__outcome" data-testid="checkin-outcome">
            <p className="pb-ci__headline" role="status">
              {t('plugin-booking:checkin_undone', { reference: outcome.booking.reference })}
            </p>
            {facts(outcome.booking)}
            <div className="pb-ci__actions">
              <Button buttonStyle="primary" disabled={busy} margin={false} onClick={() => void checkIn(outcome.booking)} size="small">
                {t('plugin-booking:checkin_checkIn')}
              </Button>
            </div>
          </section>
        )}
        {outcome?.kind === 'found' && (
          <section className="pb-ci__outcome pb-ci__outcome--warn" data-testid="checkin-outcome">
            {facts(outcome.booking)}
            <div className="pb-ci__actions">
              {canCheckIn(outcome.booking) && (
                <Button buttonStyle="primary" disabled={busy} margin={false} onClick={() => void checkIn(outcome.booking)} size="small">
                  {t('plugin-booking:checkin_checkInAnyway')}
                </Button>
              )}
              {openLink(outcome.booking)}
            </div>
          </section>
        )}
        {outcome?.kind === 'list' && (
          <section className="pb-ci__outcome" data-testid="checkin-list">
            <p className="pb-ci__headline">{t('plugin-booking:checkin_phoneResults', { phone: outcome.phone })}</p>
            {outcome.bookings.length === 0 ? (
              <p>{t('plugin-booking:checkin_noneToday')}</p>
            ) : (
              <ul className="pb-ci__list">
                {outcome.bookings.map((booking) => (
                  <li className={`pb-ci__row${booking.checkedInAt ? ' pb-ci__row--in' : ''}`} key={booking.id}>
                    <div className="pb-ci__row-main">
                      <span className="pb-ci__time">{timeRange(booking, timezone, locale)}</span>
                      <span>
                        {booking.customer.name} · {booking.service.name} · {booking.staff.name}
                      </span>
                      <span className="pb-ci__muted">
                        {booking.reference} · {t(`plugin-booking:status_${booking.status}`)}
                        {booking.checkedInAt &&
                          ` · ${t('plugin-booking:checkin_alreadyCheckedIn', { time: clockTime(booking.checkedInAt, timezone, locale) })}`}
                      </span>
                    </div>
                    {booking.checkedInAt ? (
                      <Button
                        buttonStyle="secondary"
                        disabled={busy}
                        margin={false}
                        onClick={() => void undo(booking, outcome.bookings, outcome.phone)}
                        size="small"
                      >
                        {t('plugin-booking:checkin_undo')}
                      </Button>
                    ) : (
                      canCheckIn(booking) && (
                        <Button
                          buttonStyle="primary"
                          disabled={busy}
                          margin={false}
                          onClick={() => void checkIn(booking, outcome.bookings, outcome.phone)}
                          size="small"
                        >
                          {t('plugin-booking:checkin_checkIn')}
                        </Button>
                      )
                    )}
                  </li>
                ))}
              </ul>
            )}
          </section>
        )}
      </div>
    </div>
  )
}
