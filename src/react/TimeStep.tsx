import React, { useState } from 'react'

import type { ApiSlot } from './api.ts'
import type { Notice, StepContext, Times, WidgetService } from './widgetTypes.ts'

import { localDateOf, wallClockToInstant } from '../scheduling/time.ts'
import { fill, formatDay } from './format.ts'
import { ServiceSummary } from './ServiceSummary.tsx'
import { TimeList } from './TimeList.tsx'

/** The time step's inputs, kept by the widget so they survive a trip to the confirm step and back. */
export const useTimeInputs = () => {
  const [pickDay, setPickDay] = useState('')
  const [proposeDate, setProposeDate] = useState('')
  const [proposeTime, setProposeTime] = useState('')
  return { pickDay, proposeDate, proposeTime, setPickDay, setProposeDate, setProposeTime }
}

export type TimeInputs = ReturnType<typeof useTimeInputs>

/**
 * Step 2: the best times (or one day's), a date picker for more, the specialist choice; for a
 * request, a preferred time of the visitor's own (or none).
 */
export function TimeStep(props: {
  ctx: StepContext
  /** The form's error (a proposed time in the past). */
  formError: null | string
  headingRef: React.RefObject<HTMLHeadingElement | null>
  holding: null | string
  inputs: TimeInputs
  isRequest: boolean
  loadTimes: (day: null | string) => Promise<void>
  notice: Notice | null
  noticeRef: React.RefObject<HTMLDivElement | null>
  onChangeService: () => void
  onPick: (slot: ApiSlot) => void
  /** A proposed wall-clock time (both empty: no preference). */
  onPropose: (date: string, time: string) => void
  onStaff: (id: null | number | string) => void
  service: WidgetService
  staffId: null | number | string
  times: Times
}) {
  const { ctx, isRequest, loadTimes, notice, service, staffId, times } = props
  const { lang, t, timezone, uid } = ctx
  const { pickDay, proposeDate, proposeTime, setPickDay, setProposeDate, setProposeTime } = props.inputs
  const today = localDateOf(Date.now(), timezone)
  const zoneLabel = fill(t.w_timesIn, { zone: timezone })

  return (
    <div>
      <h3 ref={props.headingRef} tabIndex={-1}>{isRequest ? t.w_choosePreferred : t.w_chooseTime}</h3>
      <ServiceSummary ctx={ctx} service={service} staffId={staffId} />
      <div className="pbw-actions" style={{ marginBottom: '.8rem' }}>
        <button className="pbw-link" onClick={props.onChangeService} type="button">{t.w_changeService}</button>
      </div>
      {service.staff.length > 1 && (
        <div className="pbw-field">
          <label htmlFor={`${uid}-staff`}>{t.w_staff}</label>
          <select id={`${uid}-staff`} onChange={(e) => props.onStaff(e.target.value === '' ? null : (service.staff.find((s) => String(s.id) === e.target.value)?.id ?? null))} value={staffId === null ? '' : String(staffId)}>
            <option value="">{t.w_anyStaff}</option>
            {service.staff.map((s) => (
              <option key={String(s.id)} value={String(s.id)}>{s.name}</option>
            ))}
          </select>
        </div>
      )}
      <div aria-live="polite">
        {notice && (
          <div className="pbw-notice" ref={props.noticeRef} role="alert" tabIndex={-1}>
            {notice === 'holdExpired' ? t.w_holdExpired : notice === 'payLate' ? t.w_payLate : t.w_raceLost}
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
            <TimeList holding={props.holding} idPrefix={uid} lang={lang} onPick={props.onPick} slots={times.slots} t={t} timezone={timezone} />
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
        <form
          onSubmit={(e) => {
            e.preventDefault()
            props.onPropose(proposeDate, proposeTime)
          }}
        >
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
          {props.formError && <div className="pbw-error" role="alert">{props.formError}</div>}
          <button type="submit">{proposeDate && proposeTime ? t.w_continue : t.w_noPreference}</button>
        </form>
      )}
    </div>
  )
}
