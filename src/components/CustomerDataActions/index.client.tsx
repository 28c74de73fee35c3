'use client'

import { Button, useConfig, useDocumentInfo, useFormFields, useTranslation } from '@payloadcms/ui'
import { useState } from 'react'

import { PLUGIN_NAMESPACE } from '../../defaults.ts'

type Translate = (key: string, vars?: Record<string, string>) => string

/**
 * At the top of a customer's edit view: "Export data (JSON)" downloads everything the booking
 * system holds about them; "Anonymise" (after a confirmation naming what goes) erases their
 * name, e-mail and phone here and on all their bookings and requests, then reloads.
 */
export const CustomerDataActions = () => {
  const { id } = useDocumentInfo()
  const name = useFormFields(([fields]) => fields.name?.value) as string | undefined
  const anonymisedAt = useFormFields(([fields]) => fields.anonymisedAt?.value)
  const { config } = useConfig()
  const { t } = useTranslation()
  const translate = t as unknown as Translate
  const key = (k: string) => `${PLUGIN_NAMESPACE}:customers_${k}`
  const [state, setState] = useState<{ busy: boolean; message?: string; error?: boolean }>({ busy: false })
  if (id === undefined) {
    return null
  }
  const base = `${config.serverURL}${config.routes.api}/booking/customers/${id}`

  const anonymise = async () => {
    if (!window.confirm(translate(key('anonymiseConfirm'), { name: name || String(id) }))) return
    setState({ busy: true })
    try {
      const res = await fetch(`${base}/anonymise`, { credentials: 'include', method: 'POST' })
      const body = (await res.json().catch(() => ({}))) as {
        anonymised?: { bookings: number; requests: number }
        errors?: { message: string }[]
      }
      if (!res.ok || !body.anonymised) {
        setState({ busy: false, error: true, message: translate(key('failed'), { message: body.errors?.[0]?.message ?? String(res.status) }) })
        return
      }
      setState({
        busy: true,
        message: translate(key('anonymiseDone'), {
          bookings: String(body.anonymised.bookings),
          requests: String(body.anonymised.requests),
        }),
      })
      window.location.reload()
    } catch (error) {
      setState({ busy: false, error: true, message: translate(key('failed'), { message: (error as Error).message }) })
    }
  }

  return (
    <div aria-label={translate(key('dataActions'))} role="group" style={{ display: 'flex', flexWrap: 'wrap', gap: 'calc(var(--base) / 2)', marginBottom: 'var(--base)' }}>
      {/* The endpoint answers with Content-Disposition: attachment, so the link downloads. */}
      <Button buttonStyle="secondary" el="anchor" margin={false} size="medium" url={`${base}/export`}>
        {translate(key('export'))}
      </Button>
      {anonymisedAt ? (
        <span style={{ alignSelf: 'center', color: 'var(--theme-elevation-600)' }}>{translate(key('anonymised'))}</span>
      ) : (
        <Button buttonStyle="error" disabled={state.busy} margin={false} onClick={() => void anonymise()} size="medium">
          {translate(key('anonymise'))}
        </Button>
      )}
      {state.message ? (
        <p role={state.error ? 'alert' : 'status'} style={{ color: state.error ? 'var(--theme-error-600)' : undefined, flexBasis: '100%', margin: 0 }}>
          {state.message}
        </p>
      ) : null}
    </div>
  )
}
