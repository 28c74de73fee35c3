'use client'
import { useConfig, useLocale, useTranslation } from '@payloadcms/ui'
import React, { useEffect, useMemo, useState } from 'react'

import type { Preset, ReportState } from './presets.ts'

import { BreakdownTable } from './BreakdownTable.client.tsx'
import { formatters } from './format.ts'
import { presetRange, PRESETS, readState, reportQuery, writeState } from './presets.ts'
import { ReportCharts } from './ReportCharts.client.tsx'
import { REPORT_STYLES } from './reportStyles.ts'
import { StatCards } from './StatCards.client.tsx'
import { useReport } from './useReport.ts'

type Translate = (key: string, vars?: Record<string, unknown>) => string

const HELP = ['bookings', 'utilisation', 'checkIn', 'noShow', 'cancellations', 'requests', 'revenue'] as const

/**
 * The reports dashboard: a period (presets or two dates) and staff/service filters that live in
 * the URL, the headline numbers, charts per day, the breakdown per staff member and service, and
 * the same numbers as a CSV download. What a user sees (everything, or their own numbers) is the
 * endpoint's call.
 */
export const ReportsDashboard = ({ timezone }: { timezone: string }) => {
  const { config } = useConfig()
  const { i18n, t: rawT } = useTranslation()
  const t = rawT as unknown as Translate
  const contentLocale = useLocale()?.code
  const apiBase = `${config.serverURL ?? ''}${config.routes.api}`
  const f = useMemo(() => formatters(i18n.language), [i18n.language])
  const [state, setState] = useState<null | ReportState>(null)
  useEffect(() => setState(readState(window.location.search, Date.now(), timezone)), [timezone])
  useEffect(() => {
    // replaceState, not the router: a filter change must not re-render the admin page on the server.
    if (state) window.history.replaceState(null, '', writeState(state))
  }, [state])
  const query = state ? reportQuery(state) : ''
  const load = useReport(apiBase, query, contentLocale)
  if (!state) return null

  const update = (change: Partial<ReportState>) => setState({ ...state, ...change })
  const pickPreset = (preset: Preset) =>
    update(preset === 'custom' ? { preset } : { preset, ...presetRange(preset, Date.now(), timezone) })
  const report = load.status === 'ready' ? load.report : null
  const busy = load.status === 'loading' || (load.status === 'ready' && load.refreshing)

  return (
    <div aria-busy={busy} className="pb-reports">
      <style>{REPORT_STYLES}</style>
      <div className="pb-reports__header">
        <h1>{t('plugin-booking:reports_title')}</h1>
        <span className="pb-reports__muted">
          {busy ? <span role="status">{t('plugin-booking:reports_loading')} </span> : null}
          {t('plugin-booking:reports_intro', { timezone })}
        </span>
      </div>
      <div className="pb-reports__filters">
        <div aria-label={t('plugin-booking:reports_period')} className="pb-reports__presets" role="group">
          {PRESETS.map((preset) => (
            <button aria-pressed={state.preset === preset} className="pb-reports__preset" key={preset} onClick={() => pickPreset(preset)} type="button">
              {t(`plugin-booking:reports_preset_${preset}`)}
            </button>
          ))}
        </div>
        <label className="pb-reports__field">
          <span>{t('plugin-booking:reports_from')}</span>
          <input onChange={(e) => e.target.value && update({ from: e.target.value, preset: 'custom' })} type="date" value={state.from} />
        </label>
        <label className="pb-reports__field">
          <span>{t('plugin-booking:reports_to')}</span>
          <input onChange={(e) => e.target.value && update({ preset: 'custom', to: e.target.value })} type="date" value={state.to} />
        </label>
        <label className="pb-reports__field">
          <span>{t('plugin-booking:reports_staff')}</span>
          <select onChange={(e) => update({ staff: e.target.value })} value={state.staff}>
            <option value="">{t('plugin-booking:reports_allStaff')}</option>
            {report?.choices.staff.map((s) => (
              <option key={String(s.id)} value={String(s.id)}>
                {s.name}
              </option>
            ))}
          </select>
        </label>
        <label className="pb-reports__field">
          <span>{t('plugin-booking:reports_service')}</span>
          <select onChange={(e) => update({ service: e.target.value })} value={state.service}>
            <option value="">{t('plugin-booking:reports_allServices')}</option>
            {report?.choices.services.map((s) => (
              <option key={String(s.id)} value={String(s.id)}>
                {s.name}
              </option>
            ))}
          </select>
        </label>
        <a className="btn btn--style-secondary btn--size-small pb-reports__download" download href={`${apiBase}/booking/reports.csv?${query}`}>
          {t('plugin-booking:reports_download')}
        </a>
      </div>
      {load.status === 'error' && <p className="pb-reports__error" role="alert">{t('plugin-booking:reports_error', { message: load.error })}</p>}
      {report && (
        <>
          <StatCards f={f} report={report} t={t} />
          <p className="pb-reports__muted">
            {t(report.utilisationBasis === 'seats' ? 'plugin-booking:reports_basis_seats' : 'plugin-booking:reports_basis_staffTime')}
          </p>
          <ReportCharts f={f} report={report} t={t} />
          <div className="pb-reports__tables">
            <BreakdownTable f={f} rows={report.staff} t={t} title={t('plugin-booking:reports_byStaff')} />
            <BreakdownTable f={f} rows={report.services} t={t} title={t('plugin-booking:reports_byService')} />
          </div>
        </>
      )}
      <details className="pb-reports__help">
        <summary>{t('plugin-booking:reports_help_title')}</summary>
        <ul>
          {HELP.map((key) => (
            <li key={key}>{t(`plugin-booking:reports_help_${key}`)}</li>
          ))}
        </ul>
      </details>
    </div>
  )
}
