'use client'
import React, { useMemo } from 'react'

import type { CalendarData } from '../../operations/calendar/types.ts'

import { dateLabel, datesOf, localDateOf } from './calendarTime.ts'
import { RaisedHand } from './icons.tsx'

/** The month overview: one cell per date with its booking and request counts; a click opens the day. */
export const MonthGrid = (props: {
  anchor: string
  data: CalendarData
  from: string
  locale: string
  onOpenDay: (date: string) => void
  t: (key: string, vars?: Record<string, unknown>) => string
  to: string
}) => {
  const { anchor, data, from, locale, onOpenDay, t, to } = props
  const counts = useMemo(() => {
    const map = new Map<string, { bookings: number; requests: number; seats: number }>()
    const bump = (date: string, key: 'bookings' | 'requests') => {
      const entry = map.get(date) ?? { bookings: 0, requests: 0, seats: 0 }
      entry[key] += 1
      map.set(date, entry)
    }
    for (const b of data.bookings) bump(localDateOf(Date.parse(b.start), data.timezone), 'bookings')
    for (const r of data.requests) bump(localDateOf(Date.parse(r.start), data.timezone), 'requests')
    return map
  }, [data])
  const dates = datesOf(from, to)
  const today = localDateOf(Date.parse(data.now), data.timezone)
  const month = anchor.slice(0, 7)
  return (
    <div className="pb-cal__month">
      {dates.slice(0, 7).map((d) => (
        <div className="pb-cal__month-head" key={`h-${d}`}>
          {dateLabel(d, locale, { weekday: 'short' })}
        </div>
      ))}
      {dates.map((d) => {
        const c = counts.get(d)
        const classes = ['pb-cal__month-cell']
        if (d.slice(0, 7) !== month) classes.push('pb-cal__month-cell--other')
        if (d === today) classes.push('pb-cal__month-cell--today')
        return (
          <button className={classes.join(' ')} data-date={d} key={d} onClick={() => onOpenDay(d)} type="button">
            <span className="pb-cal__month-day">{Number(d.slice(8))}</span>
            {c?.bookings ? <span className="pb-cal__month-count">{t('plugin-booking:calendar_bookingsCount', { count: c.bookings })}</span> : null}
            {c?.requests ? (
              <span className="pb-cal__month-count pb-cal__month-count--requests">
                <RaisedHand /> {t('plugin-booking:calendar_requestsCount', { count: c.requests })}
              </span>
            ) : null}
          </button>
        )
      })}
    </div>
  )
}
