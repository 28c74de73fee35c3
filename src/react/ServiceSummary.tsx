import React from 'react'

import type { StepContext, WidgetService } from './widgetTypes.ts'

import { fill, formatDay, formatPrice, formatTime } from './format.ts'
import { paymentLine } from './paymentText.ts'

export const when = (start: string, lang: string, timezone: string): string =>
  `${formatDay(start, lang, timezone)}, ${formatTime(start, lang, timezone)}`

/** The chosen service (duration, price, specialist) and, on the confirm step, the held or preferred time. */
export function ServiceSummary(props: {
  ctx: StepContext
  /** The held time (booking) or the preferred one (request), shown on the confirm step. */
  heldStart?: null | string
  preferredStart?: null | string
  service: WidgetService
  staffId: null | number | string
}) {
  const { ctx, service, staffId } = props
  const { lang, t, timezone } = ctx
  const zoneLabel = fill(t.w_timesIn, { zone: timezone })
  const price = formatPrice(service.price, service.currency, lang)
  const paid = service.onRequest ? null : paymentLine(service, lang, t)
  return (
    <div className="pbw-summary">
      <div>
        <span className="pbw-name">{service.name}</span>
        {service.onRequest && <span className="pbw-badge">{t.w_onRequest}</span>}
      </div>
      <div className="pbw-meta">
        {fill(t.w_minutes, { n: service.durationMinutes })}
        {price ? ` · ${price}` : ''}
        {staffId !== null ? ` · ${service.staff.find((s) => String(s.id) === String(staffId))?.name ?? ''}` : ''}
      </div>
      {paid && <div className="pbw-meta pbw-pay">{paid}</div>}
      {props.heldStart && <div>{when(props.heldStart, lang, timezone)} <span className="pbw-meta">({zoneLabel})</span></div>}
      {props.preferredStart && <div>{fill(t.w_preferred, { time: when(props.preferredStart, lang, timezone) })} <span className="pbw-meta">({zoneLabel})</span></div>}
    </div>
  )
}
