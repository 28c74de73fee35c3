'use client'

import type { DefaultCellComponentProps } from 'payload'

import { useTranslation } from '@payloadcms/ui'

import { PLUGIN_NAMESPACE } from '../../defaults.ts'

type Translate = (key: string) => string

/**
 * The services list's "Booking mode" column: request-only services get a raised-hand badge,
 * so staff see at a glance which ones customers cannot book directly.
 */
export const BookingModeCell = ({ cellData }: DefaultCellComponentProps) => {
  const { t } = useTranslation()
  const translate = t as unknown as Translate
  if (cellData !== 'request') {
    return <span>{translate(`${PLUGIN_NAMESPACE}:bookingModeInstant`)}</span>
  }
  return (
    <span
      style={{
        background: 'var(--theme-warning-100)',
        borderRadius: 'var(--style-radius-s)',
        color: 'var(--theme-warning-800)',
        padding: '2px 8px',
        whiteSpace: 'nowrap',
      }}
      title={translate(`${PLUGIN_NAMESPACE}:bookingModeDescription`)}
    >
      <span aria-hidden="true">✋ </span>
      {translate(`${PLUGIN_NAMESPACE}:bookingModeRequest`)}
    </span>
  )
}
