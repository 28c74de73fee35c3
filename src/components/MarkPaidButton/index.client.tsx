'use client'

import { Button, useConfig, useDocumentInfo, useFormFields, useTranslation } from '@payloadcms/ui'
import { useState } from 'react'

import { PLUGIN_NAMESPACE } from '../../defaults.ts'
import { MarkRefundedForm } from './MarkRefundedForm.client.tsx'

type Translate = (key: string, vars?: Record<string, string>) => string

/**
 * In a manual payment's sidebar while it is pending: "Mark as paid" settles it (confirms the
 * booking if its time is still free, else records the refund), then reloads the document. Once it
 * is paid: "Mark refunded" (`MarkRefundedForm`) for money staff paid back by hand.
 */
export const MarkPaidButton = () => {
  const provider = useFormFields(([fields]) => fields.provider?.value)
  const status = useFormFields(([fields]) => fields.status?.value)
  const { id } = useDocumentInfo()
  const { config } = useConfig()
  const { t } = useTranslation()
  const translate = t as unknown as Translate
  const [state, setState] = useState<{ busy: boolean; message?: string }>({ busy: false })
  if (provider !== 'manual' || id === undefined) {
    return null
  }
  if (status !== 'pending') {
    return <MarkRefundedForm />
  }
  const markPaid = async () => {
    setState({ busy: true })
    try {
      const res = await fetch(`${config.serverURL}${config.routes.api}/booking/payments/${id}/mark-paid`, {
        credentials: 'include',
        method: 'POST',
      })
      const body = (await res.json().catch(() => ({}))) as { errors?: { message: string }[]; result?: string }
      if (!res.ok) {
        setState({ busy: false, message: translate(`${PLUGIN_NAMESPACE}:payments_markPaidFailed`, { message: body.errors?.[0]?.message ?? String(res.status) }) })
        return
      }
      window.location.reload()
    } catch (error) {
      setState({ busy: false, message: translate(`${PLUGIN_NAMESPACE}:payments_markPaidFailed`, { message: (error as Error).message }) })
    }
  }
  return (
    <div style={{ marginBottom: 'var(--base)' }}>
      <Button buttonStyle="primary" disabled={state.busy} onClick={() => void markPaid()} size="medium">
        {translate(`${PLUGIN_NAMESPACE}:payments_markPaid`)}
      </Button>
      <p style={{ color: 'var(--theme-elevation-600)', margin: 0 }}>{translate(`${PLUGIN_NAMESPACE}:payments_markPaidHint`)}</p>
      {state.message ? <p role="alert" style={{ color: 'var(--theme-error-600)' }}>{state.message}</p> : null}
    </div>
  )
}
