'use client'
import { toast, useConfig, useTranslation } from '@payloadcms/ui'
import React, { useCallback, useEffect, useMemo, useState } from 'react'

import type { CalendarBooking, CalendarData } from '../../operations/calendar/types.ts'
import type { EventLook } from './EventBlock.tsx'
import type { Draft } from './QuickEntryForm.tsx'
import type { GridTarget } from './TimeGrid.tsx'
import type { GridEvent } from './layout.ts'

import { calendarApi, calendarQuery } from './api.ts'
import { dateLabel, datesOf, instantAt, localDateOf, minutesInDay, SNAP_MINUTES, stepDate, visibleRange } from './calendarTime.ts'
import { CALENDAR_STYLES } from './calendarStyles.ts'
import { DetailsPanel } from './DetailsPanel.tsx'
import { axisOf, buildColumns } from './layout.ts'
import { MonthGrid } from './MonthGrid.tsx'
import { QuickEntryForm } from './QuickEntryForm.tsx'
import { TimeGrid } from './TimeGrid.tsx'
import { Toolbar } from './Toolbar.tsx'
import { useCalendarData } from './useCalendarData.ts'
import { useCalendarUrl } from './useCalendarUrl.ts'

type Translate = (key: string, vars?: Record<string, unknown>) => string

const HUES = [210, 140, 28, 280, 350, 180, 55, 240, 100, 320]

const isTyping = (target: EventTarget | null) =>
  target instanceof HTMLElement && (target.isContentEditable || ['INPUT', 'SELECT', 'TEXTAREA'].includes(target.tagName))

/**
 * The admin calendar: day view (a column per staff member), week view and month overview of
 * bookings and requests, with quick entry, drag to move or resize, and a details panel. All
 * times are the business's wall clock (`timezone`), whatever the browser's zone.
 */
export const CalendarView = ({ slugs, timezone }: { slugs: { bookings: string; requests: string }; timezone: string }) => {
  const { config } = useConfig()
  const { i18n, t: rawT } = useTranslation()
  const t = rawT as unknown as Translate
  const api = useMemo(() => calendarApi(`${config.serverURL ?? ''}${config.routes.api}`, slugs.bookings), [config, slugs.bookings])
  const [now, setNow] = useState(() => Date.now())
  const today = localDateOf(now, timezone)
  const [location, navigate] = useCalendarUrl(today)
  const { date, filters, mode } = location
  const range = visibleRange(mode, date)
  const { data, error, loading, reload, setData } = useCalendarData(api, calendarQuery(range.from, range.to, filters))
  const [draft, setDraft] = useState<Draft | null>(null)
  const [selected, setSelected] = useState<GridEvent | null>(null)
  const [refusedId, setRefusedId] = useState<null | string>(null)
  const [painted, setPainted] = useState(0)

  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 60_000)
    return () => clearInterval(timer)
  }, [])

  // The first full paint after data arrived: two frames after React committed it (the bench reads this).
  useEffect(() => {
    if (!data) return
    let second = 0
    const first = requestAnimationFrame(() => {
      second = requestAnimationFrame(() => {
        performance.mark('booking-calendar:painted')
        setPainted((n) => n + 1)
      })
    })
    return () => {
      cancelAnimationFrame(first)
      cancelAnimationFrame(second)
    }
  }, [data])

  const look = useMemo<EventLook>(() => {
    const services = data?.services ?? []
    const index = new Map(services.map((s, i) => [String(s.id), i]))
    const byId = new Map(services.map((s) => [String(s.id), s]))
    return {
      capacityOf: (id) => byId.get(String(id))?.capacity ?? 1,
      colorOf: (id) => String(HUES[(index.get(String(id)) ?? 0) % HUES.length]),
      serviceName: (id) => byId.get(String(id))?.name ?? '',
      t,
    }
  }, [data?.services, t])

  const columns = useMemo(() => {
    if (!data || mode === 'month') return []
    const staffIds = data.staff.map((s) => String(s.id))
    const specs =
      mode === 'day'
        ? data.staff.map((s) => ({ date, key: `${date}-${String(s.id)}`, staffId: String(s.id), staffIds: [String(s.id)], title: s.name }))
        : datesOf(range.from, range.to).map((d) => ({
            date: d,
            key: d,
            staffId: staffIds.length === 1 ? staffIds[0]! : null,
            staffIds,
            title: dateLabel(d, i18n.language, { day: 'numeric', month: 'short', weekday: 'short' }),
          }))
    return buildColumns(data, specs)
  }, [data, date, i18n.language, mode, range.from, range.to])
  const axis = useMemo(() => axisOf(columns), [columns])

  const openDraft = useCallback(
    (next: Draft) => {
      setSelected(null)
      setDraft(next)
    },
    [],
  )
  const newBooking = useCallback(() => {
    if (!data || data.staff.length === 0) return
    const day = mode === 'day' || (date >= range.from && date <= range.to) ? date : range.from
    const startMin = day === today ? Math.ceil(minutesInDay(now, day, timezone) / SNAP_MINUTES) * SNAP_MINUTES : 9 * 60
    openDraft({ date: day, endMin: null, startMin, staffId: mode === 'day' || data.staff.length === 1 ? String(data.staff[0]!.id) : null })
  }, [data, date, mode, now, openDraft, range.from, range.to, timezone, today])

  // Keyboard: arrows move the day (week, month), t today, n new booking, Escape closes the panel.
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') {
        setDraft(null)
        setSelected(null)
        return
      }
      if (isTyping(e.target) || e.altKey || e.ctrlKey || e.metaKey || draft || selected) return
      if (e.key === 'ArrowLeft' || e.key === 'ArrowRight') {
        e.preventDefault()
        navigate({ date: stepDate(mode, date, e.key === 'ArrowLeft' ? -1 : 1) })
      } else if (e.key === 't') {
        navigate({ date: today })
      } else if (e.key === 'n') {
        e.preventDefault()
        newBooking()
      }
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [date, draft, mode, navigate, newBooking, selected, today])

  const onCreate = useCallback(
    (target: GridTarget, dragged: boolean) =>
      openDraft({ date: target.column.date, endMin: dragged ? target.endMin : null, startMin: target.startMin, staffId: target.column.staffId }),
    [openDraft],
  )

  const onOpen = useCallback((ev: GridEvent) => {
    setDraft(null)
    setSelected(ev)
  }, [])

  const onMove = useCallback(
    async (event: GridEvent, target: GridTarget) => {
      const booking = event.booking!
      const staff = data?.staff.find((s) => String(s.id) === (target.column.staffId ?? String(booking.staff)))
      const moved: CalendarBooking = {
        ...booking,
        end: new Date(instantAt(target.column.date, target.endMin, timezone)).toISOString(),
        staff: staff?.id ?? booking.staff,
        start: new Date(instantAt(target.column.date, target.startMin, timezone)).toISOString(),
      }
      const swap = (replacement: CalendarBooking) => (d: CalendarData) => ({
        ...d,
        bookings: d.bookings.map((b) => (b.id === booking.id ? replacement : b)),
      })
      setData(swap(moved)) // shown at once; undone below if the server refuses
      const change: Record<string, unknown> = { end: moved.end, start: moved.start }
      if (String(moved.staff) !== String(booking.staff)) change.staff = moved.staff
      const result = await api.update(booking.id, change)
      if (result.ok) {
        toast.success(t('plugin-booking:calendar_moved', { reference: booking.reference }))
      } else {
        setData(swap(booking))
        setRefusedId(event.id)
        setTimeout(() => setRefusedId((id) => (id === event.id ? null : id)), 2500)
        toast.error(t('plugin-booking:calendar_moveRefused', { message: result.message }))
      }
      reload()
    },
    [api, data?.staff, reload, setData, t, timezone],
  )

  const title =
    mode === 'day'
      ? dateLabel(date, i18n.language, { day: 'numeric', month: 'long', weekday: 'long', year: 'numeric' })
      : mode === 'week'
        ? `${dateLabel(range.from, i18n.language, { day: 'numeric', month: 'short' })} – ${dateLabel(range.to, i18n.language, { day: 'numeric', month: 'short', year: 'numeric' })}`
        : dateLabel(date, i18n.language, { month: 'long', year: 'numeric' })

  return (
    <div className="pb-cal" data-loading={loading ? 'true' : 'false'} data-painted={painted} data-view={mode}>
      <style>{CALENDAR_STYLES}</style>
      <div className="pb-cal__header">
        <h1>{t('plugin-booking:calendar_title')}</h1>
        <span className="pb-cal__muted">
          {t('plugin-booking:calendar_timezoneNote', { timezone })} · {t('plugin-booking:calendar_keyboardHint')}
        </span>
      </div>
      <Toolbar
        filters={filters}
        mode={mode}
        onFilters={(f) => navigate({ filters: f })}
        onMode={(m) => navigate({ mode: m })}
        onNew={newBooking}
        onStep={(d) => navigate({ date: stepDate(mode, date, d) })}
        onToday={() => navigate({ date: today })}
        services={data?.services ?? []}
        showStaffFilter={(data?.staff.length ?? 0) > 1 || filters.staff.length > 0}
        staff={data?.staff ?? []}
        t={t}
        title={title}
      />
      {error && (
        <div className="pb-cal__error" role="alert">
          {t('plugin-booking:calendar_loadError', { message: error })}{' '}
          <button className="pb-cal__link" onClick={reload} type="button">
            {t('plugin-booking:calendar_retry')}
          </button>
        </div>
      )}
      {!data && !error && <p className="pb-cal__muted">{t('plugin-booking:calendar_loading')}</p>}
      {data && data.staff.length === 0 && <p className="pb-cal__muted">{t('plugin-booking:calendar_noStaff')}</p>}
      <div className="pb-cal__main">
        {data && mode === 'month' && (
          <MonthGrid
            anchor={date}
            data={data}
            from={range.from}
            locale={i18n.language}
            onOpenDay={(d) => navigate({ date: d, mode: 'day' })}
            t={t}
            to={range.to}
          />
        )}
        {data && mode !== 'month' && data.staff.length > 0 && (
          <TimeGrid
            axis={axis}
            columns={columns}
            look={look}
            now={now}
            onCreate={onCreate}
            onMove={onMove}
            onOpen={onOpen}
            refusedId={refusedId}
            selectedId={selected?.id ?? null}
            timezone={timezone}
          />
        )}
        {data && draft && (
          <QuickEntryForm
            api={api}
            data={data}
            draft={draft}
            key={`${draft.date}-${draft.staffId}-${draft.startMin}-${draft.endMin}`}
            onClose={() => setDraft(null)}
            onSaved={(reference) => {
              setDraft(null)
              toast.success(t('plugin-booking:calendar_saved', { reference }))
              reload()
            }}
            t={t}
          />
        )}
        {data && selected && (
          <DetailsPanel
            adminRoute={config.routes.admin}
            api={api}
            booking={data.bookings.find((b) => selected.booking && b.id === selected.booking.id) ?? selected.booking}
            data={data}
            key={selected.id}
            locale={i18n.language}
            onChanged={(reference) => {
              setSelected(null)
              toast.success(t('plugin-booking:calendar_updated', { reference }))
              reload()
            }}
            onClose={() => setSelected(null)}
            request={selected.request}
            slugs={slugs}
            t={t}
          />
        )}
      </div>
    </div>
  )
}
