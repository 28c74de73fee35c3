'use client'
import React, { useEffect, useState } from 'react'

import type { CustomerLoyalty, RewardOption } from '../../operations/loyalty/types.ts'
import type { CalendarApi } from './api.ts'

import { Gift } from './icons.tsx'

type Translate = (key: string, vars?: Record<string, unknown>) => string

const STYLES = `
.pb-loyalty { margin-top: 8px; font-size: 0.85em; display: flex; flex-direction: column; gap: 6px; }
.pb-loyalty__head { display: flex; align-items: center; justify-content: space-between; gap: 8px; flex-wrap: wrap; }
.pb-loyalty__button { align-items: center; background: var(--theme-elevation-100); border: 1px solid var(--theme-elevation-250); border-radius: var(--style-radius-s); color: var(--theme-text); cursor: pointer; display: inline-flex; font: inherit; font-weight: 600; gap: 2px; padding: 3px 10px; }
.pb-loyalty__button--highlight { background: #f59e0b; border-color: #d97706; color: #1d1d1f; animation: pb-loyalty-pulse 1.6s ease-in-out infinite; }
@keyframes pb-loyalty-pulse { 0%, 100% { box-shadow: 0 0 0 0 rgba(245, 158, 11, .55); } 50% { box-shadow: 0 0 0 5px rgba(245, 158, 11, 0); } }
@media (prefers-reduced-motion: reduce) { .pb-loyalty__button--highlight { animation: none; } }
.pb-loyalty__list { list-style: none; margin: 0; padding: 0; border: 1px solid var(--theme-elevation-150); border-radius: var(--style-radius-s); background: var(--theme-bg); }
.pb-loyalty__list button { background: none; border: 0; color: var(--theme-text); cursor: pointer; display: block; font: inherit; padding: 5px 8px; text-align: left; width: 100%; }
.pb-loyalty__list button:hover:not(:disabled), .pb-loyalty__list button:focus { background: var(--theme-elevation-100); }
.pb-loyalty__list button:disabled { color: var(--theme-elevation-450); cursor: not-allowed; }
.pb-loyalty__chosen { background: #fef3c7; border-left: 3px solid #d97706; border-radius: var(--style-radius-s); color: #1d1d1f; display: flex; align-items: center; justify-content: space-between; gap: 8px; margin: 0; padding: 4px 8px; }
`

const reasonText = (option: RewardOption, t: Translate) =>
  option.reason ? t(`plugin-booking:loyalty_reason_${option.reason.replace('-', '_')}`, { missing: option.missing ?? 0 }) : ''

/** The customer's balance and rewards for a time, again whenever the customer, time or staff member change. */
const useCustomerLoyalty = (api: CalendarApi, customer: null | number | string, start: string, staff: string) => {
  const [state, setState] = useState<{ data?: CustomerLoyalty; error?: string }>({})
  useEffect(() => {
    if (customer === null) {
      setState({})
      return
    }
    const abort = new AbortController()
    const timer = setTimeout(() => {
      api
        .loyalty(customer, { staff: staff || undefined, start }, abort.signal)
        .then((r) => !abort.signal.aborted && setState(r.ok ? { data: r.body } : { error: r.message }))
        .catch((err: unknown) => {
          if (!abort.signal.aborted) setState({ error: err instanceof Error ? err.message : String(err) })
        })
    }, 150)
    return () => {
      clearTimeout(timer)
      abort.abort()
    }
  }, [api, customer, staff, start])
  return state
}

/**
 * In the quick entry, once a customer record is chosen: their points balance and a highlighted
 * button listing the rewards they can take at this time (the others greyed with the reason).
 * Picking one hands it to the form, which books the reward's service with `reward` attached.
 */
export const RewardPicker = (props: {
  api: CalendarApi
  chosen: null | RewardOption
  customer: null | number | string
  onPick: (reward: null | RewardOption) => void
  staff: string
  start: string
  t: Translate
}) => {
  const { api, chosen, customer, onPick, staff, start, t } = props
  const { data, error } = useCustomerLoyalty(api, customer, start, staff)
  const [open, setOpen] = useState(false)
  if (customer === null) return null
  const available = data?.rewards.filter((r) => r.available) ?? []
  const current = chosen ? data?.rewards.find((r) => String(r.id) === String(chosen.id)) : undefined
  return (
    <div className="pb-loyalty" data-balance={data ? String(data.balance) : undefined}>
      <style>{STYLES}</style>
      {error && <span className="pb-cal__tone--error">{t('plugin-booking:loyalty_loadError', { message: error })}</span>}
      {data && (
        <div className="pb-loyalty__head">
          <span>
            {t('plugin-booking:loyalty_balanceLabel')}: <strong className="pb-loyalty__balance">{t('plugin-booking:loyalty_balance', { points: data.balance })}</strong>
          </span>
          {data.rewards.length > 0 && (
            <button
              aria-expanded={open}
              className={`pb-loyalty__button${available.length > 0 ? ' pb-loyalty__button--highlight' : ''}`}
              name="rewards"
              onClick={() => setOpen(!open)}
              type="button"
            >
              <Gift /> {t('plugin-booking:loyalty_rewardsAvailable', { count: available.length })}
            </button>
          )}
        </div>
      )}
      {data && data.rewards.length > 0 && available.length === 0 && !chosen && (
        <span className="pb-cal__tone--muted">{t('plugin-booking:loyalty_noRewardsNow')}</span>
      )}
      {open && data && (
        <ul aria-label={t('plugin-booking:loyalty_rewardsPlural')} className="pb-loyalty__list">
          {data.rewards.map((r) => (
            <li key={String(r.id)}>
              <button
                data-reward-id={String(r.id)}
                disabled={!r.available}
                onClick={() => {
                  onPick(r)
                  setOpen(false)
                }}
                type="button"
              >
                <strong>{r.name}</strong> · {t('plugin-booking:loyalty_cost', { points: r.points })}
                {r.available ? '' : ` · ${reasonText(r, t)}`}
              </button>
            </li>
          ))}
        </ul>
      )}
      {chosen && (
        <p className="pb-loyalty__chosen" data-reward-id={String(chosen.id)}>
          <span>
            <Gift /> {t('plugin-booking:loyalty_selectedReward', { name: chosen.name, points: chosen.points })}
            {current && !current.available && <span className="pb-cal__tone--error"> · {reasonText(current, t)}</span>}
          </span>
          <button className="pb-cal__link" onClick={() => onPick(null)} type="button">
            {t('plugin-booking:loyalty_removeReward')}
          </button>
        </p>
      )}
    </div>
  )
}
