'use client'

import { Button, useConfig, useDocumentInfo, useFormFields, useTranslation } from '@payloadcms/ui'
import React, { useState } from 'react'

import { PLUGIN_NAMESPACE } from '../../defaults.ts'
import { fromMinor, toMinor } from '../../payments/money.ts'
import { formatPrice } from '../../react/format.ts'

type Translate = (key: string, vars?: Record<string, string>) => string

/** The fields of a payment's form this form reads (refund rows are `refunds.<n>.<field>`). */
const useRefundFields = () =>
  useFormFields(([fields]) => {
    const pendingRefunds = Object.entries(fields)
      .filter(([path, field]) => /^refunds\.\d+\.status$/.test(path) && field?.value === 'pending')
      .map(([path]) => Number(fields[path.replace(/status$/, 'amount')]?.value ?? 0))
    return {
      amount: Number(fields.amount?.value ?? 0),
      currency: String(fields.currency?.value ?? 'EUR'),
      pending: pendingRefunds.reduce((sum, a) => sum + a, 0),
      provider: fields.provider?.value,
      refunded: Number(fields.refundedAmount?.value ?? 0),
      status: fields.status?.value,
    }
  })

/**
 * In a manual payment's sidebar once it is paid: staff record money they paid back by hand
 * ("Mark refunded", at most what is not refunded yet), or confirm a refund the cancellation policy
 * recorded for them to pay back. Posts to `/api/booking/payments/:id/mark-refunded`, then reloads.
 */
export const MarkRefundedForm = () => {
  const fields = useRefundFields()
  const { id } = useDocumentInfo()
  const { config } = useConfig()
  const { i18n, t } = useTranslation()
  const translate = t as unknown as Translate
  const remaining = Math.max(0, fields.amount - fields.refunded)
  const [value, setValue] = useState<string>(() => String(fromMinor(remaining, fields.currency)))
  const [reason, setReason] = useState('')
  const [state, setState] = useState<{ busy: boolean; message?: string }>({ busy: false })
  const refundable = fields.status === 'paid' || fields.status === 'partially-refunded'
  if (fields.provider !== 'manual' || id === undefined || (fields.pending <= 0 && !(refundable && remaining > 0))) {
    return null
  }
  const money = (minor: number) => formatPrice(fromMinor(minor, fields.currency), fields.currency, i18n.language) ?? String(minor)
  const key = (name: string) => `${PLUGIN_NAMESPACE}:${name}`

  const send = async (body: Record<string, unknown>) => {
    setState({ busy: true })
    try {
      const res = await fetch(`${config.serverURL}${config.routes.api}/booking/payments/${id}/mark-refunded`, {
        body: JSON.stringify(body),
        credentials: 'include',
        headers: { 'content-type': 'application/json' },
        method: 'POST',
      })
      const answer = (await res.json().catch(() => ({}))) as { errors?: { message: string }[] }
      if (!res.ok) {
        setState({ busy: false, message: translate(key('payments_markRefundedFailed'), { message: answer.errors?.[0]?.message ?? String(res.status) }) })
        return
      }
      window.location.reload()
    } catch (error) {
      setState({ busy: false, message: translate(key('payments_markRefundedFailed'), { message: (error as Error).message }) })
    }
  }

  const submit = () => {
    const amount = Number(value.trim().replace(',', '.'))
    // Not a number: the endpoint's 400 names the field.
    void send({ amount: Number.isFinite(amount) ? toMinor(amount, fields.currency) : value, reason: reason || undefined })
  }
  // Enter in a field records the refund (and does not save the document around it).
  const onKeyDown = (event: React.KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Enter') {
      event.preventDefault()
      submit()
    }
  }
  const inputId = `pbw-refund-${String(id)}`
  return (
    <div style={{ marginBottom: 'var(--base)' }}>
      {fields.pending > 0 ? (
        <>
          <p style={{ color: 'var(--theme-elevation-600)', margin: 0 }}>{translate(key('payments_markRefundsDoneHint'), { amount: money(fields.pending) })}</p>
          <Button buttonStyle="secondary" disabled={state.busy} onClick={() => void send({})} size="medium">
            {translate(key('payments_markRefundsDone'))}
          </Button>
        </>
      ) : (
        // Not a <form>: the sidebar sits inside the document's own form.
        <div>
          <p style={{ color: 'var(--theme-elevation-600)', margin: 0 }}>{translate(key('payments_markRefundedHint'), { amount: money(remaining) })}</p>
          <label htmlFor={`${inputId}-amount`}>{translate(key('payments_markRefundedAmount'), { currency: fields.currency })}</label>
          <input
            className="field-type"
            id={`${inputId}-amount`}
            inputMode="decimal"
            onChange={(event) => setValue(event.target.value)}
            onKeyDown={onKeyDown}
            style={{ display: 'block', marginBottom: 8, width: '100%' }}
            value={value}
          />
          <label htmlFor={`${inputId}-reason`}>{translate(key('payments_markRefundedReason'))}</label>
          <input
            id={`${inputId}-reason`}
            onChange={(event) => setReason(event.target.value)}
            onKeyDown={onKeyDown}
            style={{ display: 'block', marginBottom: 8, width: '100%' }}
            value={reason}
          />
          <Button buttonStyle="secondary" disabled={state.busy} onClick={submit} size="medium">
            {translate(key('payments_markRefunded'))}
          </Button>
        </div>
      )}
      {state.message ? <p role="alert" style={{ color: 'var(--theme-error-600)' }}>{state.message}</p> : null}
    </div>
  )
}
