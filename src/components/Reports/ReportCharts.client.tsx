'use client'
import React from 'react'
import { Bar, BarChart, CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts'

import type { Report } from '../../operations/reports/types.ts'
import type { Formatters } from './format.ts'

type Translate = (key: string, vars?: Record<string, unknown>) => string

// The admin's own palette (light and dark themes define these).
const COLORS = { bookings: 'var(--theme-success-500)', cancelled: 'var(--theme-elevation-400)', noShows: 'var(--theme-error-400)', revenue: 'var(--theme-success-600)' }

/** Bookings, utilisation and revenue per day (revenue in the range's main currency). */
export const ReportCharts = ({ f, report, t }: { f: Formatters; report: Report; t: Translate }) => {
  const currency = [...report.currencies].sort((a, b) => (report.totals.revenue[b] ?? 0) - (report.totals.revenue[a] ?? 0))[0]
  const data = report.days.map((d) => ({
    bookings: d.bookings - d.noShows,
    cancelled: d.cancelled,
    date: d.date,
    noShows: d.noShows,
    revenue: currency ? (d.revenue[currency] ?? 0) : 0,
    utilisation: d.utilisation === null ? null : Math.round(d.utilisation * 1000) / 10,
  }))
  const axis = { dataKey: 'date', minTickGap: 16, tickFormatter: f.day }
  const tooltipLabel = (label: unknown) => f.day(String(label))
  return (
    <div className="pb-reports__charts">
      <section className="pb-reports__chart pb-reports__chart--wide">
        <h2>{t('plugin-booking:reports_chartBookings')}</h2>
        <ResponsiveContainer height={240} width="100%">
          <BarChart data={data}>
            <CartesianGrid vertical={false} />
            <XAxis {...axis} />
            <YAxis allowDecimals={false} width={36} />
            <Tooltip labelFormatter={tooltipLabel} />
            <Legend />
            <Bar isAnimationActive={false} dataKey="bookings" fill={COLORS.bookings} name={t('plugin-booking:reports_bookings')} stackId="b" />
            <Bar isAnimationActive={false} dataKey="noShows" fill={COLORS.noShows} name={t('plugin-booking:reports_noShows')} stackId="b" />
            <Bar isAnimationActive={false} dataKey="cancelled" fill={COLORS.cancelled} name={t('plugin-booking:reports_cancellations')} stackId="b" />
          </BarChart>
        </ResponsiveContainer>
      </section>
      <section className="pb-reports__chart">
        <h2>{t('plugin-booking:reports_chartUtilisation')}</h2>
        <ResponsiveContainer height={220} width="100%">
          <LineChart data={data}>
            <CartesianGrid vertical={false} />
            <XAxis {...axis} />
            <YAxis tickFormatter={(v: number) => `${v} %`} width={48} />
            <Tooltip formatter={(v) => `${String(v)} %`} labelFormatter={tooltipLabel} />
            <Line isAnimationActive={false} connectNulls={false} dataKey="utilisation" dot={false} name={t('plugin-booking:reports_utilisation')} stroke={COLORS.bookings} strokeWidth={2} type="linear" />
          </LineChart>
        </ResponsiveContainer>
      </section>
      <section className="pb-reports__chart">
        <h2>{t('plugin-booking:reports_chartRevenue', { currency: currency ?? '–' })}</h2>
        <ResponsiveContainer height={220} width="100%">
          <BarChart data={data}>
            <CartesianGrid vertical={false} />
            <XAxis {...axis} />
            <YAxis width={56} />
            <Tooltip formatter={(v) => (currency ? f.money(Number(v), currency) : String(v))} labelFormatter={tooltipLabel} />
            <Bar isAnimationActive={false} dataKey="revenue" fill={COLORS.revenue} name={t('plugin-booking:reports_revenue')} />
          </BarChart>
        </ResponsiveContainer>
      </section>
    </div>
  )
}
