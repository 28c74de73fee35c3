import React from 'react'

import type { Done, StepContext, WidgetService } from './widgetTypes.ts'

import { buildIcsFile, fill } from './format.ts'
import { manageLink } from './manageLink.ts'
import { when } from './ServiceSummary.tsx'

/** The confirmation: reference, and for a booking the calendar file and the manage link. */
export function DoneStep(props: {
  ctx: StepContext
  done: Done
  headingRef: React.RefObject<HTMLHeadingElement | null>
  manageUrl?: null | string
  onRestart: () => void
  service: WidgetService
}) {
  const { ctx, done, service } = props
  const { lang, t, timezone } = ctx
  const zoneLabel = fill(t.w_timesIn, { zone: timezone })
  return (
    <div>
      <h3 ref={props.headingRef} tabIndex={-1}>{done.kind === 'booking' ? t.w_bookedTitle : t.w_requestedTitle}</h3>
      <div className="pbw-success" role="status">
        {done.kind === 'booking' ? t.w_bookedText : t.w_requestedText}
      </div>
      <p>
        {t.w_reference}: <span className="pbw-reference">{done.reference}</span>
      </p>
      {done.kind === 'booking' && (
        <>
          <p>
            {service.name} · {when(done.start, lang, timezone)} <span className="pbw-meta">({zoneLabel})</span>
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
        <p>{fill(t.w_preferred, { time: when(done.preferredStart, lang, timezone) })} <span className="pbw-meta">({zoneLabel})</span></p>
      )}
      <div className="pbw-actions">
        <button className="pbw-link" onClick={props.onRestart} type="button">{t.w_bookAnother}</button>
      </div>
    </div>
  )
}
