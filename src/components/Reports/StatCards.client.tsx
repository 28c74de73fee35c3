'use client'
import React from 'react'

import type { Report } from '../../operations/reports/types.ts'
import type { Formatters } from './format.ts'

type Translate = (key: string, vars?: Record<string, unknown>) => string

/** The range's headline numbers, one card each. */
export const StatCards = ({ f, report, t }: { f: Formatters; report: Report; t: Translate }) => {
  const m = report.totals
  const online = Object.entries(report.paidOnline)
    .map(([currency, p]) => f.money(p.net, currency))
    .join(' · ')
  const cards: { hint: string; label: string; value: string }[] = [
    { hint: t('plugin-booking:reports_bookingsHint', { seats: f.integer(m.seats) }), label: t('plugin-booking:reports_bookings'), value: f.integer(m.bookings) },
    {
      hint: t('plugin-booking:reports_utilisationHint', { available: f.hours(m.availableMinutes), booked: f.hours(m.bookedMinutes) }),
      label: t('plugin-booking:reports_utilisation'),
      value: f.percent(m.utilisation),
    },
    {
      hint: t('plugin-booking:reports_checkInHint', { count: f.integer(m.checkedIn), started: f.integer(m.started) }),
      label: t('plugin-booking:reports_checkInRate'),
      value: f.percent(m.checkInRate),
    },
    { hint: t('plugin-booking:reports_noShowHint', { count: f.integer(m.noShows) }), label: t('plugin-booking:reports_noShowRate'), value: f.percent(m.noShowRate) },
    {
      hint: t('plugin-booking:reports_cancellationHint', { rate: f.percent(m.cancellationRate) }),
      label: t('plugin-booking:reports_cancellations'),
      value: f.integer(m.cancelled),
    },
    {
      hint: t('plugin-booking:reports_requestsHint', {
        booked: f.integer(m.requests.booked),
        declined: f.integer(m.requests.declined),
        open: f.integer(m.requests.open),
      }),
      label: t('plugin-booking:reports_requests'),
      value: f.integer(m.requests.received),
    },
    {
      hint: online ? t('plugin-booking:reports_paidOnline', { amount: online }) : '',
      label: t('plugin-booking:reports_revenue'),
      value: f.moneyMap(m.revenue),
    },
  ]
  return (
    <div className="pb-reports__cards">
      {cards.map((card) => (
        <section aria-label={card.label} className="pb-reports__card" key={card.label}>
          <div className="pb-reports__card-label">{card.label}</div>
          <div className="pb-reports__card-value">{card.value}</div>
          <div className="pb-reports__card-hint">{card.hint}</div>
        </section>
      ))}
    </div>
  )
}
