'use client'
import React from 'react'

import type { ReportMetrics } from '../../operations/reports/types.ts'
import type { Formatters } from './format.ts'

type Translate = (key: string, vars?: Record<string, unknown>) => string

/** One row per staff member or service, with the same numbers as the cards. */
export const BreakdownTable = ({
  f,
  rows,
  t,
  title,
}: {
  f: Formatters
  rows: ({ id: number | string; name: string } & ReportMetrics)[]
  t: Translate
  title: string
}) => (
  <section>
    <h2>{title}</h2>
    <div className="pb-reports__table-wrap">
      <table className="pb-reports__table">
        <thead>
          <tr>
            <th scope="col">{t('plugin-booking:reports_name')}</th>
            <th scope="col">{t('plugin-booking:reports_bookings')}</th>
            <th scope="col">{t('plugin-booking:reports_utilisation')}</th>
            <th scope="col">{t('plugin-booking:reports_booked')} (h)</th>
            <th scope="col">{t('plugin-booking:reports_available')} (h)</th>
            <th scope="col">{t('plugin-booking:reports_checkInRate')}</th>
            <th scope="col">{t('plugin-booking:reports_noShowRate')}</th>
            <th scope="col">{t('plugin-booking:reports_cancellations')}</th>
            <th scope="col">{t('plugin-booking:reports_requests')}</th>
            <th scope="col">{t('plugin-booking:reports_revenue')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={String(row.id)}>
              <td>{row.name}</td>
              <td>{f.integer(row.bookings)}</td>
              <td>{f.percent(row.utilisation)}</td>
              <td>{f.hours(row.bookedMinutes)}</td>
              <td>{f.hours(row.availableMinutes)}</td>
              <td>{f.percent(row.checkInRate)}</td>
              <td>{f.percent(row.noShowRate)}</td>
              <td>{f.integer(row.cancelled)}</td>
              <td>{f.integer(row.requests.received)}</td>
              <td>{f.moneyMap(row.revenue)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  </section>
)
