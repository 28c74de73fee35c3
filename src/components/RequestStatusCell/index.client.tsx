'use client'

import type { DefaultCellComponentProps } from 'payload'

import { useTranslation } from '@payloadcms/ui'

import { PLUGIN_NAMESPACE } from '../../defaults.ts'

type Translate = (key: string) => string

/**
 * The requests list's status column: a mark on requests whose customer nobody has contacted yet
 * (status "new"), and expired requests drawn lighter.
 */
export const RequestStatusCell = ({ cellData }: DefaultCellComponentProps) => {
  const { t } = useTranslation()
  const translate = t as unknown as Translate
  const status = typeof cellData === 'string' ? cellData : ''
  const text = translate(`${PLUGIN_NAMESPACE}:requestStatus_${status}`)
  if (status !== 'new') {
    return <span style={status === 'expired' ? { opacity: 0.55 } : undefined}>{text}</span>
  }
  const hint = translate(`${PLUGIN_NAMESPACE}:notContactedYet`)
  return (
    <span style={{ alignItems: 'center', display: 'inline-flex', gap: 6 }}>
      <svg aria-label={hint} height="10" role="img" viewBox="0 0 10 10" width="10">
        <title>{hint}</title>
        <circle cx="5" cy="5" fill="var(--theme-warning-500)" r="5" />
      </svg>
      {text}
    </span>
  )
}
