'use client'
import { Button } from '@payloadcms/ui'
import React from 'react'

import type { CalendarService, CalendarStaff } from '../../operations/calendar/types.ts'
import type { CalendarFilters } from './api.ts'
import type { CalendarMode } from './calendarTime.ts'

export const STATUS_OPTIONS = ['held', 'confirmed', 'completed', 'no-show', 'cancelled'] as const
export const DEFAULT_STATUSES = ['held', 'confirmed', 'completed', 'no-show']

/** Navigation (previous, today, next), the view switch and the filters. */
export const Toolbar = (props: {
  filters: CalendarFilters
  mode: CalendarMode
  onFilters: (filters: CalendarFilters) => void
  onMode: (mode: CalendarMode) => void
  onNew: () => void
  onStep: (direction: -1 | 1) => void
  onToday: () => void
  services: CalendarService[]
  showStaffFilter: boolean
  staff: CalendarStaff[]
  t: (key: string, vars?: Record<string, unknown>) => string
  title: string
}) => {
  const { filters, mode, onFilters, onMode, onNew, onStep, onToday, services, showStaffFilter, staff, t, title } = props
  const statuses = filters.status.length ? filters.status : DEFAULT_STATUSES
  const toggleStatus = (status: string) => {
    const next = statuses.includes(status) ? statuses.filter((s) => s !== status) : [...statuses, status]
    const isDefault = next.length === DEFAULT_STATUSES.length && DEFAULT_STATUSES.every((s) => next.includes(s))
    onFilters({ ...filters, status: isDefault || next.length === 0 ? [] : next })
  }
  return (
    <div className="pb-cal__toolbar">
      <div className="pb-cal__nav">
        <Button aria-label={t('plugin-booking:calendar_previous')} buttonStyle="secondary" margin={false} onClick={() => onStep(-1)} size="small">
          ‹
        </Button>
        <Button buttonStyle="secondary" margin={false} onClick={onToday} size="small">
          {t('plugin-booking:calendar_today')}
        </Button>
        <Button aria-label={t('plugin-booking:calendar_next')} buttonStyle="secondary" margin={false} onClick={() => onStep(1)} size="small">
          ›
        </Button>
        <h2 className="pb-cal__title">{title}</h2>
      </div>
      <div className="pb-cal__modes" role="tablist">
        {(['day', 'week', 'month'] as const).map((m) => (
          <button aria-selected={mode === m} className="pb-cal__mode" key={m} onClick={() => onMode(m)} role="tab" type="button">
            {t(`plugin-booking:calendar_${m}`)}
          </button>
        ))}
      </div>
      <Button buttonStyle="primary" margin={false} onClick={onNew} size="small">
        {t('plugin-booking:calendar_newBooking')}
      </Button>
      <div className="pb-cal__filters">
        {showStaffFilter && (
          <label>
            <span className="pb-cal__sr">{t('plugin-booking:calendar_staffFilter')}</span>
            <select
              className="pb-cal__select"
              name="staff"
              onChange={(e) => onFilters({ ...filters, staff: e.target.value ? [e.target.value] : [] })}
              value={filters.staff[0] ?? ''}
            >
              <option value="">{t('plugin-booking:calendar_allStaff')}</option>
              {staff.map((s) => (
                <option key={String(s.id)} value={String(s.id)}>
                  {s.name}
                </option>
              ))}
            </select>
          </label>
        )}
        <label>
          <span className="pb-cal__sr">{t('plugin-booking:calendar_serviceFilter')}</span>
          <select
            className="pb-cal__select"
            name="service"
            onChange={(e) => onFilters({ ...filters, service: e.target.value ? [e.target.value] : [] })}
            value={filters.service[0] ?? ''}
          >
            <option value="">{t('plugin-booking:calendar_allServices')}</option>
            {services.map((s) => (
              <option key={String(s.id)} value={String(s.id)}>
                {s.name}
              </option>
            ))}
          </select>
        </label>
        <fieldset className="pb-cal__statuses">
          <legend className="pb-cal__sr">{t('plugin-booking:calendar_statusFilter')}</legend>
          {STATUS_OPTIONS.map((s) => (
            <label className="pb-cal__check" key={s}>
              <input checked={statuses.includes(s)} onChange={() => toggleStatus(s)} type="checkbox" />
              {t(`plugin-booking:status_${s}`)}
            </label>
          ))}
          <label className="pb-cal__check">
            <input
              checked={filters.includeExpired}
              onChange={(e) => onFilters({ ...filters, includeExpired: e.target.checked })}
              type="checkbox"
            />
            {t('plugin-booking:calendar_showExpired')}
          </label>
        </fieldset>
      </div>
    </div>
  )
}
