'use client'

import { Button } from '@payloadcms/ui'
import { useId, useState } from 'react'

import type { QueueRow, Translate } from './types.ts'

import { ApiError, useApi } from './api.ts'
import { Dialog } from './Dialog.client.tsx'
import { formatTime } from './format.ts'
import { useRequestSlots } from './useRequestSlots.ts'

/**
 * "Book" on a request: prefilled with its service, staff member and preferred time, listing the
 * free times of the day and saying live whether the picked one is free. A 409 (someone took it
 * meanwhile) keeps the dialog open with fresh times.
 */
export const BookDialog = ({
  language,
  onBooked,
  onClose,
  requestsPath,
  row,
  t,
  timezone,
}: {
  language: string
  onBooked: (reference: string) => void
  onClose: () => void
  requestsPath: string
  row: QueueRow
  t: Translate
  /** The business's zone, until the server names the one it used. */
  timezone: string
}) => {
  const id = useId()
  const api = useApi()
  const [date, setDate] = useState<null | string>(null)
  const [start, setStart] = useState<null | string>(row.preferredStart)
  const [staff, setStaff] = useState(row.staff ? String(row.staff.id) : '')
  const [seats, setSeats] = useState(1)
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<null | string>(null)
  const slots = useRequestSlots(requestsPath, row.id, { date, seats, staff, start })
  const zone = slots.data?.timezone ?? timezone
  const time = (iso: string) => formatTime(iso, language, zone)
  const selected = slots.data?.selected ?? null
  const preferredTaken = row.preferredStart !== null && start === row.preferredStart && selected?.available === false

  const book = async () => {
    if (!start) {
      return
    }
    setBusy(true)
    setError(null)
    try {
      const result = await api<{ booking: { reference: string } }>(`${requestsPath}/${row.id}/book`, {
        body: { seats, start, ...(staff ? { staff } : {}) },
        method: 'POST',
      })
      onBooked(result.booking.reference)
    } catch (err) {
      setError(err instanceof Error ? err.message : String(err))
      if (err instanceof ApiError && err.status === 409) {
        slots.refresh()
      }
    } finally {
      setBusy(false)
    }
  }

  const status = (() => {
    if (!start || !selected) {
      return null
    }
    if (selected.available) {
      return <p className="pb-queue__ok" role="status">✓ {t('queue_slotFree', { time: time(start) })}</p>
    }
    const key = selected.reason === 'full' ? 'queue_slotFull' : 'queue_slotTaken'
    return (
      <p className="pb-queue__error" role="alert">
        {preferredTaken ? t('queue_preferredTaken') : t(key, { time: time(start) })}
      </p>
    )
  })()

  return (
    <Dialog labelledBy={`${id}-title`} onClose={onClose}>
      <form
        onSubmit={(event) => {
          event.preventDefault()
          void book()
        }}
      >
        <h3 id={`${id}-title`}>{t('queue_bookTitle', { name: row.customer.name ?? '', service: row.service.name })}</h3>
        <p className="pb-queue__hint">{t('queue_timesIn', { zone })}</p>
        <div className="pb-queue__fields">
          <label className="pb-queue__label">
            {t('queue_bookDate')}
            <input
              className="pb-queue__input"
              onChange={(event) => {
                setDate(event.target.value || null)
                setStart(null)
              }}
              type="date"
              value={date ?? slots.data?.date ?? ''}
            />
          </label>
          <label className="pb-queue__label">
            {t('queue_bookStaff')}
            <select className="pb-queue__input" onChange={(event) => setStaff(event.target.value)} value={staff}>
              <option value="">{t('queue_bookAnyStaff')}</option>
              {(slots.data?.staff ?? []).map((s) => (
                <option key={String(s.id)} value={String(s.id)}>
                  {s.name}
                </option>
              ))}
            </select>
          </label>
          <label className="pb-queue__label">
            {t('queue_bookSeats')}
            <input
              className="pb-queue__input pb-queue__input--narrow"
              min={1}
              onChange={(event) => setSeats(Math.max(1, Number(event.target.value) || 1))}
              type="number"
              value={seats}
            />
          </label>
        </div>
        <fieldset className="pb-queue__times">
          <legend className="pb-queue__label">{t('queue_bookTime')}</legend>
          {slots.loading && !slots.data ? <p>{t('queue_checking')}</p> : null}
          {slots.error ? <p className="pb-queue__error" role="alert">{slots.error}</p> : null}
          {slots.data && slots.data.slots.length === 0 ? <p>{t('queue_noSlots')}</p> : null}
          {(slots.data?.slots ?? []).map((slot) => (
            <button
              aria-pressed={slot.start === start}
              className="pb-queue__time"
              key={slot.start}
              onClick={() => setStart(slot.start)}
              type="button"
            >
              {time(slot.start)}
            </button>
          ))}
        </fieldset>
        <div aria-live="polite">{slots.loading && slots.data ? <p>{t('queue_checking')}</p> : status}</div>
        {error ? (
          <p className="pb-queue__error" role="alert">
            {error}
          </p>
        ) : null}
        <div className="pb-queue__dialog-actions">
          <Button buttonStyle="secondary" disabled={busy} onClick={onClose} type="button">
            {t('queue_cancel')}
          </Button>
          <Button disabled={busy || !start || selected?.available !== true || slots.loading} type="submit">
            {t('queue_bookConfirm')}
          </Button>
        </div>
      </form>
    </Dialog>
  )
}
