import React from 'react'

import type { WidgetTranslations } from '../translations/widget/en.ts'
import type { ApiSlot } from './api.ts'

import { localDateOf } from '../scheduling/time.ts'
import { fill, formatDay, formatTime } from './format.ts'

/** The offered times, grouped by local day; the one being held says so, the others wait. */
export function TimeList(props: {
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
