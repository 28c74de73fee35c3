import React from 'react'

import type { StepContext, WidgetService } from './widgetTypes.ts'

import { fill, formatPrice } from './format.ts'
import { paymentLine } from './paymentText.ts'

/** Step 1: the services, with duration, price and an "On request" mark. */
export function ServiceStep(props: {
  ctx: StepContext
  headingRef: React.RefObject<HTMLHeadingElement | null>
  onChoose: (id: number | string) => void
  selectedId: null | number | string
  services: WidgetService[]
}) {
  const { ctx, services } = props
  const { lang, t } = ctx
  return (
    <div>
      <h3 ref={props.headingRef} tabIndex={-1}>{t.w_chooseService}</h3>
      {services.length === 0 && <p>{t.w_noServices}</p>}
      <ul className="pbw-list">
        {services.map((s) => (
          <li key={String(s.id)}>
            <button aria-pressed={String(s.id) === String(props.selectedId)} className="pbw-service" onClick={() => props.onChoose(s.id)} type="button">
              <span>
                <span className="pbw-name">{s.name}</span>
                {s.onRequest && <span className="pbw-badge">{t.w_onRequest}</span>}
                <br />
                <span className="pbw-meta">{fill(t.w_minutes, { n: s.durationMinutes })}</span>
                {!s.onRequest && paymentLine(s, lang, t) && (
                  <>
                    <br />
                    <span className="pbw-meta pbw-pay">{paymentLine(s, lang, t)}</span>
                  </>
                )}
              </span>
              <span className="pbw-price">{formatPrice(s.price, s.currency, lang) ?? ''}</span>
            </button>
          </li>
        ))}
      </ul>
    </div>
  )
}
