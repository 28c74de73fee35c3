'use client'
import React from 'react'

import type { CheckInBooking } from '../../operations/checkIn/types.ts'

import { dayLabel, timeRange, warningsOf } from './format.ts'

type Translate = (key: string, vars?: Record<string, unknown>) => string

/**
 * Who, what, when and with whom, large enough to read across the desk, with the warnings that
 * matter before letting someone in: not today's booking, cancelled, a hold, already completed.
 */
export const BookingFacts = (props: { booking: CheckInBooking; locale: string; t: Translate; timezone: string }) => {
  const { booking, locale, t, timezone } = props
  const when = `${booking.today ? '' : `${dayLabel(booking.start, timezone, locale)}, `}${timeRange(booking, timezone, locale)}`
  const warnings = warningsOf(booking).map((w) => t(`plugin-booking:${w.key}`, w.vars))
  if (!booking.today) {
    warnings.unshift(t('plugin-booking:checkin_notToday', { date: dayLabel(booking.start, timezone, locale) }))
  }
  return (
    <div>
      <p className="pb-ci__name">{booking.customer.name}</p>
      <dl className="pb-ci__facts">
        <dt>{t('plugin-booking:service')}</dt>
        <dd>
          {booking.service.name}
          {booking.seats > 1 ? ` · ${t('plugin-booking:checkin_seats', { seats: booking.seats })}` : ''}
        </dd>
        <dt>{t('plugin-booking:checkin_when')}</dt>
        <dd>{when}</dd>
        <dt>{t('plugin-booking:staffSingular')}</dt>
        <dd>{booking.staff.name}</dd>
        <dt>{t('plugin-booking:reference')}</dt>
        <dd>{booking.reference}</dd>
        <dt>{t('plugin-booking:status')}</dt>
        <dd>{t(`plugin-booking:status_${booking.status}`)}</dd>
        {booking.notes && (
          <>
            <dt>{t('plugin-booking:notes')}</dt>
            <dd>{booking.notes}</dd>
          </>
        )}
      </dl>
      {warnings.map((warning) => (
        <p className="pb-ci__warning" key={warning}>
          ⚠ {warning}
        </p>
      ))}
    </div>
  )
}
