import type { Payload } from 'payload'
import type React from 'react'

import type { BookingWidgetBlockData } from '../blocks/index.ts'

import { bookingTranslations } from '../translations/index.ts'
import { widgetTranslations } from '../translations/widget/index.ts'
import { BookingWidget } from './BookingWidget.client.tsx'
import { pickLanguage } from './format.ts'
import { loadWidgetServices } from './loadServices.ts'

export interface BookingBlockProps {
  /** Where the Payload REST API is mounted. @default '/api' */
  apiBase?: string
  /** The visitor's language: a code ('de') or an Accept-Language header; en, de, fr, ru, zh. */
  lang?: null | string
  /** The content locale to read service names in (defaults to the visitor's language). */
  locale?: string
  /** The customer's manage/cancel page, `{reference}` and `{token}` filled in. */
  manageUrl?: null | string
  payload: Payload
  /** The plugin's `slugs`, when the site renamed the collections. */
  slugs?: { services?: string; staff?: string }
  /** The business's zone (shown until the first availability answer names it). */
  timezone?: string
}

/**
 * Server component of the Booking widget block: loads the services, prices and staff on the
 * server, picks the visitor's strings, and hands the interactive part to the client widget.
 */
export async function BookingWidgetBlock(
  props: BookingBlockProps & { block: BookingWidgetBlockData; initialServiceId?: null | number | string },
): Promise<React.JSX.Element> {
  const { block, payload } = props
  const lang = pickLanguage(props.lang)
  const services = await loadWidgetServices({
    locale: props.locale ?? lang,
    payload,
    services: block.services,
    slugs: props.slugs,
    staff: block.staff,
  })
  // Only the widget's own strings travel to the browser.
  const strings = Object.fromEntries(
    Object.keys(widgetTranslations.en).map((key) => [key, bookingTranslations[lang][key as keyof typeof widgetTranslations.en]]),
  ) as typeof widgetTranslations.en
  return (
    <BookingWidget
      apiBase={props.apiBase}
      disclosure={block.disclosure === 'suggest' || block.disclosure === 'request' ? block.disclosure : null}
      heading={block.heading}
      initialServiceId={props.initialServiceId}
      intro={block.intro}
      lang={lang}
      manageUrl={props.manageUrl}
      phone={block.phone}
      services={services}
      strings={strings}
      timezone={props.timezone}
    />
  )
}
