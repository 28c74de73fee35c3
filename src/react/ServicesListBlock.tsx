import type React from 'react'

import type { BookingServicesBlockData } from '../blocks/index.ts'
import type { BookingBlockProps } from './BookingWidgetBlock.tsx'

import { bookingTranslations } from '../translations/index.ts'
import { fill, formatPrice, pickLanguage } from './format.ts'
import { loadWidgetServices } from './loadServices.ts'
import { WIDGET_CSS } from './styles.ts'

/** Server component of the Services list block: name, duration, price and a "Book" link per service. No client code. */
export async function ServicesListBlock(props: BookingBlockProps & { block: BookingServicesBlockData }): Promise<React.JSX.Element> {
  const { block } = props
  const lang = pickLanguage(props.lang)
  const t = bookingTranslations[lang]
  const services = await loadWidgetServices({ locale: props.locale ?? lang, payload: props.payload, services: block.services, slugs: props.slugs })
  return (
    <section aria-label={block.heading || t.w_servicesHeading} className="pbw" lang={lang}>
      <style href="payload-booking-widget" precedence="default">{WIDGET_CSS}</style>
      <h2>{block.heading || t.w_servicesHeading}</h2>
      <ul className="pbw-list">
        {services.map((s) => (
          <li className="pbw-summary" key={String(s.id)}>
            <div className="pbw-row">
              <div>
                <span className="pbw-name">{s.name}</span>
                {s.onRequest && <span className="pbw-badge">{t.w_onRequest}</span>}
                <div className="pbw-meta">{fill(t.w_minutes, { n: s.durationMinutes })}</div>
              </div>
              {block.showPrices !== false && <div className="pbw-price">{formatPrice(s.price, s.currency, lang) ?? ''}</div>}
              {block.bookingUrl && (
                <div style={{ flex: '0 0 auto' }}>
                  <a aria-label={`${s.onRequest ? t.w_requestNow : t.w_book}: ${s.name}`} className="pbw-button" href={`${block.bookingUrl}${block.bookingUrl.includes('?') ? '&' : '?'}service=${encodeURIComponent(String(s.id))}`}>
                    {s.onRequest ? t.w_requestNow : t.w_book}
                  </a>
                </div>
              )}
            </div>
          </li>
        ))}
      </ul>
    </section>
  )
}
