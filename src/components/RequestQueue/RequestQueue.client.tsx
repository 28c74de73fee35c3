'use client'

import { Button, useTranslation } from '@payloadcms/ui'
import { usePathname, useSearchParams } from 'next/navigation.js'
import { useCallback, useState } from 'react'

import type { RowAction } from './RequestTable.client.tsx'
import type { QueueRow, QueueTab, Translate } from './types.ts'

import { PLUGIN_NAMESPACE } from '../../defaults.ts'
import { announceRequestsChanged, useApi } from './api.ts'
import { BookDialog } from './BookDialog.client.tsx'
import { formatDateTime } from './format.ts'
import { NoteDialog } from './NoteDialog.client.tsx'
import { QUEUE_STYLES } from './queueStyles.ts'
import { RequestTable } from './RequestTable.client.tsx'
import { useRequestQueue } from './useRequestQueue.ts'

const TABS: Exclude<QueueTab, 'expired'>[] = ['active', 'booked', 'declined']

export interface RequestQueueProps {
  adminRoute: string
  bookingsSlug: string
  requestsSlug: string
}

/**
 * The approval queue for "on request only" services: Active / Booked / Declined tabs (expired
 * requests behind a filter, lighter), each open request with Contact, Mark as contacted, Book and
 * Decline. The tab, page and filter live in the URL.
 */
export const RequestQueue = ({ adminRoute, bookingsSlug, requestsSlug }: RequestQueueProps) => {
  const { i18n, t: rawT } = useTranslation()
  const t: Translate = useCallback(
    (key, vars) => (rawT as unknown as Translate)(`${PLUGIN_NAMESPACE}:${key}`, vars),
    [rawT],
  )
  const pathname = usePathname()
  const params = useSearchParams()
  const tab = (TABS as string[]).includes(params.get('tab') ?? '') ? (params.get('tab') as QueueTab) : 'active'
  const page = Math.max(1, Number(params.get('page')) || 1)
  const showExpired = params.get('expired') === '1'
  const requestsPath = `/${requestsSlug}`
  const queue = useRequestQueue(requestsPath, tab, page)
  const expired = useRequestQueue(requestsPath, 'expired', 1, showExpired && tab === 'active')
  const api = useApi()
  const [dialog, setDialog] = useState<null | { action: RowAction; row: QueueRow }>(null)
  const [dialogError, setDialogError] = useState<null | string>(null)
  const [notice, setNotice] = useState<null | string>(null)
  const timezone = queue.data?.timezone ?? 'UTC'
  const language = i18n.language

  const navigate = (next: Record<string, null | string>) => {
    const search = new URLSearchParams(params.toString())
    for (const [key, value] of Object.entries(next)) {
      if (value === null) {
        search.delete(key)
      } else {
        search.set(key, value)
      }
    }
    // The native history API: useSearchParams follows it without a server render of the page.
    window.history.replaceState(null, '', `${pathname}?${search}`)
  }

  const done = (message: string) => {
    setDialog(null)
    setDialogError(null)
    setNotice(message)
    queue.reload()
    announceRequestsChanged()
  }

  const post = async (row: QueueRow, action: RowAction, body?: unknown) =>
    api(`${requestsPath}/${row.id}/${action}`, { body: body ?? {}, method: 'POST' })

  const onAction = (row: QueueRow, action: RowAction) => {
    setNotice(null)
    if (action === 'mark-contacted') {
      post(row, action).then(
        () => done(t('queue_done_marked')),
        (err: unknown) => setNotice(err instanceof Error ? err.message : String(err)),
      )
      return
    }
    setDialogError(null)
    setDialog({ action, row })
  }

  const noteSubmit = (row: QueueRow, action: 'contact' | 'decline') => async (text: string) => {
    try {
      await post(row, action, action === 'contact' ? { message: text } : { reason: text })
      done(action === 'contact' ? t('queue_done_contacted', { name: row.customer.name ?? '' }) : t('queue_done_declined'))
    } catch (err) {
      setDialogError(err instanceof Error ? err.message : String(err))
    }
  }

  const contactPrefill = (row: QueueRow) =>
    row.preferredStart
      ? t('queue_contactPrefill', {
          name: row.customer.name ?? '',
          service: row.service.name,
          time: formatDateTime(row.preferredStart, language, timezone),
        })
      : t('queue_contactPrefillNoTime', { name: row.customer.name ?? '', service: row.service.name })

  const counts = queue.data?.counts
  return (
    <div className="pb-queue">
      <style>{QUEUE_STYLES}</style>
      <header className="pb-queue__header">
        <h1>{t('queue_title')}</h1>
        <p className="pb-queue__muted">{t('queue_timesIn', { zone: timezone })}</p>
      </header>
      <div aria-label={t('queue_title')} className="pb-queue__tabs" role="tablist">
        {TABS.map((name) => (
          <button
            aria-selected={tab === name}
            className="pb-queue__tab"
            key={name}
            onClick={() => navigate({ page: null, tab: name === 'active' ? null : name })}
            role="tab"
            type="button"
          >
            {t(`queue_tab_${name}`)}
            {counts ? <span className="pb-queue__count">{counts[name]}</span> : null}
          </button>
        ))}
        <label className="pb-queue__filter">
          <input
            checked={showExpired}
            disabled={tab !== 'active'}
            onChange={(event) => navigate({ expired: event.target.checked ? '1' : null })}
            type="checkbox"
          />
          {t('queue_showExpired')}
          {counts ? <span className="pb-queue__count">{counts.expired}</span> : null}
        </label>
      </div>
      <div aria-live="polite" className="pb-queue__notice" role="status">
        {notice}
      </div>
      {queue.error ? (
        <div className="pb-queue__error" role="alert">
          {t('queue_loadError', { message: queue.error })}{' '}
          <Button buttonStyle="secondary" margin={false} onClick={queue.reload} size="small">
            {t('queue_retry')}
          </Button>
        </div>
      ) : null}
      {queue.data && queue.data.docs.length === 0 ? <p>{t('queue_empty')}</p> : null}
      {queue.data && queue.data.docs.length > 0 ? (
        <RequestTable
          adminRoute={adminRoute}
          bookingsSlug={bookingsSlug}
          language={language}
          onAction={onAction}
          requestsSlug={requestsSlug}
          rows={queue.data.docs}
          t={t}
          timezone={timezone}
        />
      ) : null}
      {queue.data && queue.data.totalPages > 1 ? (
        <nav className="pb-queue__pages">
          <Button buttonStyle="secondary" disabled={page <= 1} margin={false} onClick={() => navigate({ page: String(page - 1) })} size="small">
            {t('queue_prev')}
          </Button>
          <span>{t('queue_pageOf', { page, pages: queue.data.totalPages })}</span>
          <Button
            buttonStyle="secondary"
            disabled={page >= queue.data.totalPages}
            margin={false}
            onClick={() => navigate({ page: String(page + 1) })}
            size="small"
          >
            {t('queue_next')}
          </Button>
        </nav>
      ) : null}
      {showExpired && tab === 'active' && expired.data && expired.data.docs.length > 0 ? (
        <section aria-label={t('queue_tab_expired')} className="pb-queue__expired">
          <h2>{t('queue_tab_expired')}</h2>
          <RequestTable
            adminRoute={adminRoute}
            bookingsSlug={bookingsSlug}
            language={language}
            requestsSlug={requestsSlug}
            rows={expired.data.docs}
            t={t}
            timezone={timezone}
          />
        </section>
      ) : null}
      {dialog?.action === 'contact' ? (
        <NoteDialog
          cancelLabel={t('queue_cancel')}
          error={dialogError}
          hint={dialog.row.customer.email ? undefined : t('queue_contactNoEmail', { phone: dialog.row.customer.phone ?? '' })}
          label={t('queue_message')}
          onClose={() => setDialog(null)}
          onSubmit={noteSubmit(dialog.row, 'contact')}
          prefill={contactPrefill(dialog.row)}
          requiredMessage={t('queue_required')}
          submitLabel={t('queue_send')}
          title={t('queue_contactTitle', { name: dialog.row.customer.name ?? '' })}
        />
      ) : null}
      {dialog?.action === 'decline' ? (
        <NoteDialog
          cancelLabel={t('queue_cancel')}
          error={dialogError}
          label={t('queue_declineReason')}
          onClose={() => setDialog(null)}
          onSubmit={noteSubmit(dialog.row, 'decline')}
          requiredMessage={t('queue_required')}
          submitLabel={t('queue_declineConfirm')}
          title={t('queue_declineTitle', { name: dialog.row.customer.name ?? '' })}
        />
      ) : null}
      {dialog?.action === 'book' ? (
        <BookDialog
          language={language}
          onBooked={(reference) => done(t('queue_done_booked', { reference }))}
          onClose={() => setDialog(null)}
          requestsPath={requestsPath}
          row={dialog.row}
          t={t}
          timezone={timezone}
        />
      ) : null}
    </div>
  )
}
