'use client'
import React, { useEffect, useState } from 'react'

import type { CalendarApi, CustomerPackage } from './api.ts'

type Translate = (key: string, vars?: Record<string, unknown>) => string

const STYLES = `
.pb-package { margin-top: 8px; font-size: 0.85em; display: flex; flex-direction: column; gap: 6px; }
.pb-package__offer { align-items: center; background: #e0f2fe; border-left: 3px solid #0284c7; border-radius: var(--style-radius-s); color: #0c2a3d; display: flex; gap: 6px; margin: 0; padding: 4px 8px; }
.pb-package__offer select { font: inherit; }
`

/** The name staff know the package by: the package's own name, else the sale's title. */
export const packageName = (p: Pick<CustomerPackage, 'package' | 'title'>) => p.package?.name || p.title || ''

/**
 * Whether a customer package can pay for `service` starting at `start` (ISO): active with a credit
 * left (`usable`), including the service and not expiring before the start. The server checks
 * the same again under the package's lock when the booking is written.
 */
export const packageFits = (p: CustomerPackage, service: string, start: string) =>
  p.usable &&
  (p.package?.services ?? []).some((id) => String(id) === service) &&
  (p.expiresAt === null || Date.parse(start) < Date.parse(p.expiresAt))

/** The customer record's packages, again whenever another record is picked. */
const useCustomerPackages = (api: CalendarApi, customer: null | number | string) => {
  const [state, setState] = useState<{ error?: string; packages?: CustomerPackage[] }>({})
  useEffect(() => {
    setState({})
    if (customer === null) return
    const abort = new AbortController()
    api
      .customerPackages(customer, abort.signal)
      .then((r) => !abort.signal.aborted && setState(r.ok ? { packages: r.body.packages } : { error: r.message }))
      .catch((err: unknown) => {
        if (!abort.signal.aborted) setState({ error: err instanceof Error ? err.message : String(err) })
      })
    return () => abort.abort()
  }, [api, customer])
  return state
}

/**
 * In the quick entry, once a customer record is chosen: the packages that can pay for the chosen
 * service at the chosen time, offered as "Use a credit of … (N left)" (a checkbox for one, a
 * select for several). Nothing shows when none fits. The form drops the choice when the service
 * or the time no longer fit it, and a package excludes a reward.
 */
export const PackagePicker = (props: {
  api: CalendarApi
  chosen: CustomerPackage | null
  customer: null | number | string
  onPick: (customerPackage: CustomerPackage | null) => void
  service: string
  start: string
  t: Translate
}) => {
  const { api, chosen, customer, onPick, service, start, t } = props
  const { error, packages } = useCustomerPackages(api, customer)
  const fitting = (packages ?? []).filter((p) => packageFits(p, service, start))
  useEffect(() => {
    if (chosen && packages && !fitting.some((p) => String(p.id) === String(chosen.id))) onPick(null)
  }, [chosen, fitting, onPick, packages])
  if (customer === null) return null
  if (error) {
    return <p className="pb-package pb-cal__tone--error">{t('plugin-booking:calendar_packagesLoadError', { message: error })}</p>
  }
  if (fitting.length === 0) return null
  const offer = (p: CustomerPackage) => t('plugin-booking:calendar_packageUse', { count: p.remaining, name: packageName(p) })
  return (
    <div className="pb-package" data-package-count={fitting.length}>
      <style>{STYLES}</style>
      {fitting.length === 1 ? (
        <label className="pb-package__offer pb-cal__check" data-package-id={String(fitting[0]!.id)}>
          <input
            checked={chosen !== null && String(chosen.id) === String(fitting[0]!.id)}
            name="customerPackage"
            onChange={(e) => onPick(e.target.checked ? fitting[0]! : null)}
            type="checkbox"
          />
          {offer(fitting[0]!)}
        </label>
      ) : (
        <label className="pb-package__offer">
          {t('plugin-booking:packages_package')}
          <select
            className="pb-cal__input"
            name="customerPackage"
            onChange={(e) => onPick(fitting.find((p) => String(p.id) === e.target.value) ?? null)}
            value={chosen ? String(chosen.id) : ''}
          >
            <option value="">{t('plugin-booking:calendar_packageNone')}</option>
            {fitting.map((p) => (
              <option key={String(p.id)} value={String(p.id)}>
                {offer(p)}
              </option>
            ))}
          </select>
        </label>
      )}
    </div>
  )
}
