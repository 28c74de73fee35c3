import type { CollectionAfterChangeHook, PayloadRequest } from 'payload'

import type { RewardDoc } from '../operations/loyalty/rewardRules.ts'
import type { SanitizedBookingOptions } from '../types.ts'
import type { BookingCheckArgs } from './bookingCheckArgs.ts'

import { lockInTransaction } from '../database/capacityLock.ts'
import { pointsEarned } from '../operations/loyalty/earnRule.ts'
import { appendEntry, bookingEntries, bookingTotals, pointsBalance } from '../operations/loyalty/ledger.ts'
import { rewardCost, rewardVerdict } from '../operations/loyalty/rewardRules.ts'
import { hasPaidBookingSameDay } from '../operations/loyalty/sameDay.ts'
import { conflictError, fieldError } from '../utilities/errors.ts'
import { relationId, toInstant } from '../utilities/relationId.ts'

type Translate = (key: string, vars?: Record<string, unknown>) => string

const translator = (req: PayloadRequest): Translate => {
  const t = req.t as unknown as Translate | undefined
  return (key, vars) => (typeof t === 'function' ? t(`plugin-booking:${key}`, vars) : key)
}

const same = (a: unknown, b: unknown) => String(relationId(a)) === String(relationId(b))

export const loadReward = async (req: PayloadRequest, options: SanitizedBookingOptions, id: number | string) =>
  (await req.payload
    .findByID({ id, collection: options.slugs.rewards, depth: 0, disableErrors: true, overrideAccess: true, req })
    .catch(() => null)) as null | RewardDoc

const nameOf = (reward: RewardDoc) => String(reward.name ?? reward.id)

const reloadBooking = async (req: PayloadRequest, options: SanitizedBookingOptions, id: number | string) =>
  (await req.payload.findByID({ id, collection: options.slugs.bookings, depth: 0, overrideAccess: true, req })) as Record<string, unknown> & {
    id: number | string
  }

/**
 * A reward booking (one with `reward` set) is checked before it is written: it names the customer's
 * record, its service is the reward's, the reward is active, its conditions hold at the start (in
 * the business's zone), and the customer's balance covers the cost. The balance is read under a
 * lock per customer held until the write's transaction ends, so parallel redemptions take turns
 * and never spend the same points twice; the `redeem` entry is written by `loyaltyAfterChange` in
 * the same transaction. The reward of an existing booking is fixed: it is not changed or removed.
 */
export const checkRewardBooking = async ({ data, operation, options, originalDoc, req, service }: BookingCheckArgs): Promise<void> => {
  const slug = options.slugs.bookings
  const t = translator(req)
  const merged = { ...originalDoc, ...data }
  const rewardId = relationId(merged.reward)
  const before = operation === 'update' ? relationId(originalDoc?.reward) : null
  if (before !== null && !same(rewardId, before)) {
    throw fieldError(slug, 'reward', t('loyalty_error_changeReward'))
  }
  if (rewardId === null) {
    return
  }
  const redeeming = merged.status !== 'cancelled' && (before === null || originalDoc?.status === 'cancelled')
  const serviceChanged = operation === 'update' && data.service !== undefined && !same(data.service, originalDoc?.service)
  if (!redeeming && !serviceChanged) {
    return // moved, checked in, completed, cancelled: the redemption stands (or is returned after the write)
  }
  const reward = await loadReward(req, options, rewardId)
  if (!reward) {
    throw fieldError(slug, 'reward', t('loyalty_error_unknownReward', { id: rewardId }))
  }
  if (!same(reward.service, service.id)) {
    throw fieldError(slug, 'reward', t('loyalty_error_service', { name: nameOf(reward) }))
  }
  if (!redeeming) {
    return
  }
  const customerId = relationId(merged.customerRecord)
  if (customerId === null) {
    throw fieldError(slug, 'reward', t('loyalty_error_noCustomer'))
  }
  await lockInTransaction(req, 'points', customerId)
  const start = toInstant(merged.start)
  const balance = await pointsBalance(req, options, customerId)
  const paidBookingSameDay = reward.conditions?.requiresPaidBookingSameDay
    ? await hasPaidBookingSameDay(req, options, customerId, start, originalDoc?.id as number | string | undefined)
    : true
  const verdict = rewardVerdict({ balance, paidBookingSameDay, reward, start, timezone: options.timezone })
  if (!verdict.ok) {
    const name = nameOf(reward)
    const refuse = (key: string, reason: string, extra: Record<string, unknown> = {}) =>
      conflictError(t(key, { balance, name, points: rewardCost(reward) }), { field: 'reward', reason, ...extra })
    switch (verdict.reason) {
      case 'inactive':
        throw refuse('loyalty_error_inactive', 'reward-inactive')
      case 'weekday':
        throw refuse('loyalty_error_weekday', 'reward-weekday')
      case 'paid-booking':
        throw refuse('loyalty_error_paidBooking', 'reward-paid-booking')
      default:
        throw refuse('loyalty_error_points', 'insufficient-points', { balance, points: rewardCost(reward) })
    }
  }
  // Paid with points: the price snapshot (what reports count as revenue) is 0.
  data.price = 0
}

/**
 * After a booking is written, in its transaction (`req`): a reward booking that is active and not
 * yet paid writes its `redeem` entry, a cancelled one gives the points back (`return`) once; a
 * no-show keeps the points spent. Any other booking earns points by `loyalty.earn` the first time
 * it is `completed`; if it is corrected to cancelled or no-show afterwards, the points earned are
 * taken back. Each entry carries a unique key per booking, kind and round, so a repeated save
 * never writes one twice. Reward bookings earn nothing.
 */
export const loyaltyAfterChange =
  (options: SanitizedBookingOptions): CollectionAfterChangeHook =>
  async ({ data, doc: written, operation, previousDoc, req }) => {
    if (!options.enabled) {
      return written
    }
    // A write with `select` (e.g. a job's bulk update with `select: {}`) hands its hooks only the
    // selected fields: read the stored booking then, if the write touched what matters here.
    const partial = !('status' in written)
    if (partial && operation === 'update' && data?.status === undefined && data?.reward === undefined) {
      return written
    }
    const doc = (partial ? await reloadBooking(req, options, written.id) : written) as typeof written
    const created = operation === 'create'
    const statusChanged = created || previousDoc?.status !== doc.status
    const rewardChanged = created || !same(previousDoc?.reward, doc.reward)
    if (!statusChanged && !rewardChanged) {
      return written
    }
    const rewardId = relationId(doc.reward)
    const customerId = relationId(doc.customerRecord)
    const mayEarn = doc.status === 'completed' && options.loyalty.earn !== null
    const mayTakeBack = doc.status === 'cancelled' || doc.status === 'no-show'
    if (rewardId === null && !mayEarn && !mayTakeBack) {
      return written // nothing to earn and nothing earned to take back: no query
    }
    const entries = await bookingEntries(req, options, doc.id)
    const totals = bookingTotals(entries)
    const note = typeof doc.reference === 'string' ? doc.reference : null
    if (rewardId !== null) {
      if (doc.status !== 'cancelled' && totals.redeemed === 0 && customerId !== null) {
        const reward = await loadReward(req, options, rewardId)
        const cost = reward ? rewardCost(reward) : 0
        if (cost > 0) {
          await appendEntry(req, options, {
            booking: doc.id,
            customer: customerId,
            entryKey: `redeem:${String(doc.id)}:${totals.redeemRounds}`,
            kind: 'redeem',
            note,
            points: -cost,
            reward: rewardId,
          })
        }
      } else if (doc.status === 'cancelled' && totals.redeemed > 0) {
        const charged = [...entries].reverse().find((e) => e.kind === 'redeem')?.customer ?? customerId
        await appendEntry(req, options, {
          booking: doc.id,
          customer: charged!,
          entryKey: `return:${String(doc.id)}:${totals.redeemRounds}`,
          kind: 'return',
          note,
          points: totals.redeemed,
          reward: rewardId,
        })
      }
      return written
    }
    if (mayEarn && totals.earned === 0 && customerId !== null) {
      const service = await req.payload
        .findByID({ id: relationId(doc.service)!, collection: options.slugs.services, depth: 0, disableErrors: true, overrideAccess: true, req })
        .catch(() => null)
      const points = pointsEarned(options.loyalty.earn, doc, (service ?? {}) as Record<string, unknown>)
      if (points > 0) {
        await appendEntry(req, options, {
          booking: doc.id,
          customer: customerId,
          entryKey: `earn:${String(doc.id)}:${totals.earnRounds}`,
          kind: 'earn',
          note,
          points,
        })
      }
    } else if (mayTakeBack && totals.earned > 0) {
      const earnedBy = [...entries].reverse().find((e) => e.kind === 'earn')?.customer ?? customerId
      await appendEntry(req, options, {
        booking: doc.id,
        customer: earnedBy!,
        entryKey: `earn:${String(doc.id)}:${totals.earnRounds}`,
        kind: 'earn',
        note,
        points: -totals.earned,
      })
    }
    return written
  }
