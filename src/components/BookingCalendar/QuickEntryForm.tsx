'use client'
import { Button } from '@payloadcms/ui'
import React, { useEffect, useMemo, useRef, useState } from 'react'

import type { CalendarData, CustomerSuggestion } from '../../operations/calendar/types.ts'
import type { RewardOption } from '../../operations/loyalty/types.ts'
import type { CalendarApi, CustomerPackage } from './api.ts'

import { instantAt, minutesToTime } from './calendarTime.ts'
import { PackagePicker } from './PackagePicker.tsx'
import { RewardPicker } from './RewardPicker.tsx'
import { SlotStatus, useSlotCheck } from './SlotStatus.tsx'

export interface Draft {
  date: string
  /** Set when a range was dragged: the booking keeps that length. */
  endMin: null | number
  startMin: number
  staffId: null | string
}

const toMinutes = (time: string) => {
  const [h, m] = time.split(':').map(Number)
  return (h ?? 0) * 60 + (m ?? 0)
}

/**
 * The quick-entry form for phone and walk-in bookings: service (what the staff member
 * performs), customer (type-ahead over earlier customers, or a new one; a picked record offers its
 * rewards and the packages that can pay), seats, note, source.
 * Shows live whether the slot is free; Enter saves through the bookings collection.
 */
export const QuickEntryForm = (props: {
  api: CalendarApi
  data: CalendarData
  draft: Draft
  onClose: () => void
  onSaved: (reference: string) => void
  t: (key: string, vars?: Record<string, unknown>) => string
}) => {
  const { api, data, draft, onClose, onSaved, t } = props
  const tz = data.timezone
  const [staffId, setStaffId] = useState(draft.staffId ?? String(data.staff[0]?.id ?? ''))
  const staff = data.staff.find((s) => String(s.id) === staffId)
  const offered = useMemo(
    () => data.services.filter((s) => s.active && (staff?.services ?? []).map(String).includes(String(s.id))),
    [data.services, staff],
  )
  const [serviceId, setServiceId] = useState(String(offered[0]?.id ?? ''))
  const service = offered.find((s) => String(s.id) === serviceId) ?? offered[0]
  const [start, setStart] = useState(minutesToTime(draft.startMin))
  const [end, setEnd] = useState(draft.endMin === null ? '' : minutesToTime(draft.endMin))
  const [customer, setCustomer] = useState({ email: '', name: '', phone: '' })
  // The record picked from the type-ahead: the booking links to it, and its points show.
  const [customerRecord, setCustomerRecord] = useState<null | number | string>(null)
  const [reward, setReward] = useState<null | RewardOption>(null)
  // A credit of one of the record's packages pays instead (never together with a reward).
  const [customerPackage, setCustomerPackage] = useState<CustomerPackage | null>(null)
  const [suggestions, setSuggestions] = useState<CustomerSuggestion[]>([])
  const [seats, setSeats] = useState(1)
  const [notes, setNotes] = useState('')
  const [source, setSource] = useState<'phone' | 'walk-in'>('phone')
  const [saving, setSaving] = useState(false)
  const [error, setError] = useState('')
  const nameInput = useRef<HTMLInputElement | null>(null)

  useEffect(() => nameInput.current?.focus(), [])
  useEffect(() => {
    if (!offered.some((s) => String(s.id) === serviceId)) setServiceId(String(offered[0]?.id ?? ''))
  }, [offered, serviceId])
  // A reward books its own service: choosing another service drops the reward.
  useEffect(() => {
    if (reward && String(reward.service) !== serviceId) setReward(null)
  }, [reward, serviceId])

  const startMin = toMinutes(start)
  const endMin = end ? toMinutes(end) : startMin + (service?.durationMinutes ?? 60)
  const startIso = new Date(instantAt(draft.date, startMin, tz)).toISOString()
  const endIso = new Date(instantAt(draft.date, endMin, tz)).toISOString()
  const check = useSlotCheck(
    api,
    service && staffId && endMin > startMin ? { end: endIso, seats, service: String(service.id), staff: staffId, start: startIso } : null,
  )

  // Type-ahead over earlier customers, from the second character on.
  useEffect(() => {
    const q = customer.name.trim()
    if (q.length < 2) {
      setSuggestions([])
      return
    }
    const abort = new AbortController()
    const timer = setTimeout(() => {
      api
        .customers(q, abort.signal)
        .then((r) => !abort.signal.aborted && setSuggestions(r.ok ? r.body.customers.filter((c) => c.name !== q) : []))
        .catch(() => undefined) // an aborted type-ahead is not an error: the next keystroke asks again
    }, 200)
    return () => {
      clearTimeout(timer)
      abort.abort()
    }
  }, [api, customer.name])

  const save = async (e: React.FormEvent) => {
    e.preventDefault()
    if (!service || saving) return
    setSaving(true)
    setError('')
    const result = await api.create({
      customer: { email: customer.email || undefined, name: customer.name, phone: customer.phone || undefined },
      ...(customerRecord !== null ? { customerRecord } : {}),
      ...(reward ? { reward: reward.id } : {}),
      ...(customerPackage ? { customerPackage: customerPackage.id } : {}),
      end: endIso,
      notes: notes || undefined,
      seats,
      service: service.id,
      source,
      staff: staff?.id,
      start: startIso,
      status: 'confirmed',
    })
    setSaving(false)
    if (result.ok) {
      onSaved(result.body.doc.reference)
    } else {
      setError(t('plugin-booking:calendar_saveRefused', { message: result.message }))
    }
  }

  return (
    <form className="pb-cal__panel pb-cal__form" onKeyDown={(e) => e.key === 'Escape' && onClose()} onSubmit={save}>
      <div className="pb-cal__panel-head">
        <h3>{t('plugin-booking:calendar_newBooking')}</h3>
        <button aria-label={t('plugin-booking:calendar_close')} className="pb-cal__x" onClick={onClose} type="button">
          ×
        </button>
      </div>
      {draft.staffId === null && (
        <label className="pb-cal__field">
          {t('plugin-booking:staffSingular')}
          <select className="pb-cal__input" name="staff" onChange={(e) => setStaffId(e.target.value)} value={staffId}>
            {data.staff.map((s) => (
              <option key={String(s.id)} value={String(s.id)}>
                {s.name}
              </option>
            ))}
          </select>
        </label>
      )}
      {offered.length === 0 ? (
        <p className="pb-cal__tone--error">{t('plugin-booking:calendar_noServices')}</p>
      ) : (
        <label className="pb-cal__field">
          {t('plugin-booking:service')}
          <select className="pb-cal__input" name="service" onChange={(e) => setServiceId(e.target.value)} value={String(service?.id ?? '')}>
            {offered.map((s) => (
              <option key={String(s.id)} value={String(s.id)}>
                {s.name}
              </option>
            ))}
          </select>
        </label>
      )}
      <div className="pb-cal__row">
        <label className="pb-cal__field">
          {t('plugin-booking:start')}
          <input className="pb-cal__input" name="start" onChange={(e) => setStart(e.target.value)} required step={300} type="time" value={start} />
        </label>
        <label className="pb-cal__field">
          {t('plugin-booking:end')}
          <input className="pb-cal__input" name="end" onChange={(e) => setEnd(e.target.value)} step={300} type="time" value={end || minutesToTime(endMin % 1440)} />
        </label>
        {service && service.capacity > 1 && (
          <label className="pb-cal__field pb-cal__field--narrow">
            {t('plugin-booking:seats')}
            <input className="pb-cal__input" disabled={customerPackage !== null} max={customerPackage ? 1 : service.capacity} min={1} name="seats" onChange={(e) => setSeats(Math.max(1, Number(e.target.value) || 1))} type="number" value={seats} />
          </label>
        )}
      </div>
      <SlotStatus serviceName={(id) => data.services.find((s) => String(s.id) === String(id))?.name ?? ''} state={check} t={t} timezone={tz} />
      <label className="pb-cal__field">
        {t('plugin-booking:calendar_customer')}
        <input
          autoComplete="off"
          className="pb-cal__input"
          name="customerName"
          onChange={(e) => {
            setCustomer({ ...customer, name: e.target.value })
            setCustomerRecord(null)
            setReward(null)
            setCustomerPackage(null)
          }}
          placeholder={t('plugin-booking:calendar_customerSearch')}
          ref={nameInput}
          required
          value={customer.name}
        />
      </label>
      {suggestions.length > 0 && (
        <ul className="pb-cal__suggestions" role="listbox">
          {suggestions.map((s) => (
            <li key={String(s.id)}>
              <button
                onClick={() => {
                  setCustomer({ email: s.email ?? '', name: s.name ?? '', phone: s.phone ?? '' })
                  setCustomerRecord(s.id)
                  setSuggestions([])
                }}
                type="button"
              >
                <strong>{s.name}</strong> {[s.phone, s.email].filter(Boolean).join(' · ')}
              </button>
            </li>
          ))}
        </ul>
      )}
      <RewardPicker
        api={api}
        chosen={reward}
        customer={customerRecord}
        onPick={(picked) => {
          setReward(picked)
          if (picked) {
            setServiceId(String(picked.service))
            setCustomerPackage(null)
          }
        }}
        staff={staffId}
        start={startIso}
        t={t}
      />
      <PackagePicker
        api={api}
        chosen={customerPackage}
        customer={customerRecord}
        onPick={(picked) => {
          setCustomerPackage(picked)
          if (picked) {
            setReward(null)
            setSeats(1) // a package covers one person
          }
        }}
        service={String(service?.id ?? '')}
        start={startIso}
        t={t}
      />
      <div className="pb-cal__row">
        <label className="pb-cal__field">
          {t('plugin-booking:phone')}
          <input className="pb-cal__input" name="customerPhone" onChange={(e) => setCustomer({ ...customer, phone: e.target.value })} type="tel" value={customer.phone} />
        </label>
        <label className="pb-cal__field">
          {t('plugin-booking:email')}
          <input className="pb-cal__input" name="customerEmail" onChange={(e) => setCustomer({ ...customer, email: e.target.value })} type="email" value={customer.email} />
        </label>
      </div>
      <label className="pb-cal__field">
        {t('plugin-booking:notes')}
        <input className="pb-cal__input" name="notes" onChange={(e) => setNotes(e.target.value)} value={notes} />
      </label>
      <div className="pb-cal__row pb-cal__sources" role="radiogroup">
        {(['phone', 'walk-in'] as const).map((s) => (
          <label className="pb-cal__check" key={s}>
            <input checked={source === s} name="source" onChange={() => setSource(s)} type="radio" value={s} />
            {t(`plugin-booking:source_${s}`)}
          </label>
        ))}
      </div>
      {error && (
        <p className="pb-cal__tone--error" role="alert">
          {error}
        </p>
      )}
      <div className="pb-cal__actions">
        <Button buttonStyle="primary" disabled={saving || !service} margin={false} size="small" type="submit">
          {t('plugin-booking:calendar_save')}
        </Button>
        <Button buttonStyle="secondary" margin={false} onClick={onClose} size="small">
          {t('plugin-booking:calendar_close')}
        </Button>
      </div>
    </form>
  )
}
