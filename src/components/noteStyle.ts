import type { CSSProperties } from 'react'

/** The admin's warning-coloured note (new requests, request-only services), on its theme variables. */
export const warningNoteStyle: CSSProperties = {
  background: 'var(--theme-warning-100)',
  borderRadius: 'var(--style-radius-m)',
  color: 'var(--theme-warning-800)',
  marginBottom: 'var(--base)',
  padding: 'calc(var(--base) / 2) var(--base)',
}
