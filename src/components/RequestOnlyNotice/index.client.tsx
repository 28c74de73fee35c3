'use client'

import { useFormFields, useTranslation } from '@payloadcms/ui'

import { PLUGIN_NAMESPACE } from '../../defaults.ts'
import { warningNoteStyle } from '../noteStyle.ts'

type Translate = (key: string) => string

/**
 * At the top of a service's edit view: the "On request only" mark while the booking mode says so,
 * following the field live as staff change it.
 */
export const RequestOnlyNotice = () => {
  const mode = useFormFields(([fields]) => fields.bookingMode?.value)
  const { t } = useTranslation()
  const translate = t as unknown as Translate
  if (mode !== 'request') {
    return null
  }
  return (
    <div
      role="note"
      style={warningNoteStyle}
    >
      <span aria-hidden="true">✋ </span>
      <strong>{translate(`${PLUGIN_NAMESPACE}:bookingModeDescription`)}</strong>
    </div>
  )
}
