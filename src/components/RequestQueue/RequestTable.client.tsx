'use client'

import { Button, Link } from '@payloadcms/ui'

import type { QueueRow, Translate } from './types.ts'

import { formatDateTime } from './format.ts'

export type RowAction = 'book' | 'contact' | 'decline' | 'mark-contacted'

/**
 * The requests of one tab. Open requests carry their actions; a dot marks those nobody has
 * contacted yet; expired ones are drawn lighter.
 */
export const RequestTable = ({
  adminRoute,
  bookingsSlug,
  language,
  onAction,
  requestsSlug,
  rows,
  t,
  timezone,
}: {
  adminRoute: string
  bookingsSlug: string
  language: string
  onAction?: (row: QueueRow, action: RowAction) => void
  requestsSlug: string
  rows: QueueRow[]
  t: Translate
  timezone: string
}) => {
  const when = (iso: null | string) => (iso ? formatDateTime(iso, language, timezone) : t('queue_noTime'))
  return (
    <div className="pb-queue__table-wrap">
      <table className="pb-queue__table">
        <thead>
          <tr>
            <th scope="col">{t('queue_reference')}</th>
            <th scope="col">{t('queue_customer')}</th>
            <th scope="col">{t('queue_service')}</th>
            <th scope="col">{t('queue_staff')}</th>
            <th scope="col">{t('queue_preferred')}</th>
            <th scope="col">{t('queue_status')}</th>
            <th scope="col">{t('queue_actions')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => {
            const open = row.status === 'new' || row.status === 'contacted'
            return (
              <tr className={row.status === 'expired' ? 'pb-queue__row--expired' : undefined} data-request={row.reference} key={String(row.id)}>
                <td>
                  <Link href={`${adminRoute}/collections/${requestsSlug}/${row.id}`} prefetch={false}>
                    {row.reference}
                  </Link>
                  <div className="pb-queue__muted">
                    {t('queue_received')}: {formatDateTime(row.createdAt, language, timezone)}
                  </div>
                </td>
                <td>
                  <strong>{row.customer.name}</strong>
                  <div className="pb-queue__muted">{[row.customer.email, row.customer.phone].filter(Boolean).join(' · ')}</div>
                  {row.message ? <div className="pb-queue__message">“{row.message}”</div> : null}
                </td>
                <td>{row.service.name}</td>
                <td>{row.staff?.name ?? t('queue_anyStaff')}</td>
                <td>{when(row.preferredStart)}</td>
                <td>
                  <span className="pb-queue__status">
                    {row.status === 'new' ? (
                      <svg aria-label={t('notContactedYet')} height="10" role="img" viewBox="0 0 10 10" width="10">
                        <title>{t('notContactedYet')}</title>
                        <circle cx="5" cy="5" fill="var(--theme-warning-500)" r="5" />
                      </svg>
                    ) : null}
                    {t(`requestStatus_${row.status}`)}
                  </span>
                  {row.declineReason ? <div className="pb-queue__muted">{row.declineReason}</div> : null}
                </td>
                <td>
                  {open && onAction ? (
                    <div className="pb-queue__row-actions">
                      <Button buttonStyle="secondary" margin={false} onClick={() => onAction(row, 'contact')} size="small">
                        {t('queue_contact')}
                      </Button>
                      <Button buttonStyle="secondary" margin={false} onClick={() => onAction(row, 'mark-contacted')} size="small">
                        {t('queue_markContacted')}
                      </Button>
                      <Button margin={false} onClick={() => onAction(row, 'book')} size="small">
                        {t('queue_book')}
                      </Button>
                      <Button buttonStyle="error" margin={false} onClick={() => onAction(row, 'decline')} size="small">
                        {t('queue_decline')}
                      </Button>
                    </div>
                  ) : null}
                  {row.booking !== null ? (
                    <Link href={`${adminRoute}/collections/${bookingsSlug}/${row.booking}`} prefetch={false}>
                      {t('queue_open')}
                    </Link>
                  ) : null}
                </td>
              </tr>
            )
          })}
        </tbody>
      </table>
    </div>
  )
}
