'use client'

import { Button } from '@payloadcms/ui'
import { useId, useState } from 'react'

import { Dialog } from './Dialog.client.tsx'

/** A message or a reason for one request: a prefilled text, required, sent by one button. */
export const NoteDialog = ({
  cancelLabel,
  error,
  hint,
  label,
  onClose,
  onSubmit,
  prefill = '',
  requiredMessage,
  submitLabel,
  title,
}: {
  cancelLabel: string
  error: null | string
  hint?: string
  label: string
  onClose: () => void
  onSubmit: (text: string) => Promise<void>
  prefill?: string
  requiredMessage: string
  submitLabel: string
  title: string
}) => {
  const id = useId()
  const [text, setText] = useState(prefill)
  const [busy, setBusy] = useState(false)
  const [blank, setBlank] = useState(false)
  const submit = async () => {
    if (text.trim() === '') {
      setBlank(true)
      return
    }
    setBusy(true)
    try {
      await onSubmit(text)
    } finally {
      setBusy(false)
    }
  }
  return (
    <Dialog labelledBy={`${id}-title`} onClose={onClose}>
      <form
        onSubmit={(event) => {
          event.preventDefault()
          void submit()
        }}
      >
        <h3 id={`${id}-title`}>{title}</h3>
        {hint ? <p className="pb-queue__hint">{hint}</p> : null}
        <label className="pb-queue__label" htmlFor={`${id}-text`}>
          {label}
        </label>
        <textarea
          aria-describedby={blank || error ? `${id}-error` : undefined}
          aria-invalid={blank}
          autoFocus
          className="pb-queue__textarea"
          id={`${id}-text`}
          maxLength={2000}
          onChange={(event) => {
            setText(event.target.value)
            setBlank(false)
          }}
          rows={7}
          value={text}
        />
        {blank || error ? (
          <p className="pb-queue__error" id={`${id}-error`} role="alert">
            {blank ? requiredMessage : error}
          </p>
        ) : null}
        <div className="pb-queue__dialog-actions">
          <Button buttonStyle="secondary" disabled={busy} onClick={onClose} type="button">
            {cancelLabel}
          </Button>
          <Button disabled={busy} type="submit">
            {submitLabel}
          </Button>
        </div>
      </form>
    </Dialog>
  )
}
