import type { PayloadRequest } from 'payload'

import type { SanitizedBookingOptions } from '../../types.ts'
import type { RewardDoc } from './rewardRules.ts'
import type { BookingLoyalty, CustomerLoyalty } from './types.ts'

import { relationId } from '../../utilities/relationId.ts'
import { BookingError } from '../bookingError.ts'
import { calendarViewer, visibleStaffIds } from '../calendar/viewer.ts'
import { parseId, parseInstant } from '../parseInput.ts'
import { bookingEntries, bookingTotals, pointsBalance } from './ledger.ts'
import { rewardCost, rewardVerdict } from './rewardRules.ts'
import { hasPaidBookingSameDay } from './sameDay.ts'

type Id = number | string

/** Staff users see the points of customers of their own bookings only (as in the customer search). */
const assertMayRead = async (req: PayloadRequest, options: SanitizedBookingOptions, customerId: Id) => {
  const viewer = await calendarViewer(req, options)
  const record = await req.payload
    .findByID({ id: customerId, collection: options.slugs.customers, depth: 0, disableErrors: true, overrideAccess: true, req, select: { anonymisedAt: true } })
    .catch(() => null)
  if (!record) {
    throw new BookingError(404, `Customer ${String(customerId)} does not exist`, 'id')
  }
  if (!viewer.isAdmin) {
    const { totalDocs } = await req.payload.count({
      collection: options.slugs.bookings,
      overrideAccess: true,
      req,
      where: { and: [{ customerRecord: { equals: customerId } }, { staff: { in: viewer.ownStaffIds } }] },
    })
    if (totalDocs === 0) {
      throw new BookingError(403, 'Staff members see the points of their own customers only', 'id')
    }
  }
  return viewer
}

/**
 * A customer's balance and the rewards they can take for an appointment at `start` (default: now)
 * with `staff` (optional: then the staff member must perform the reward's service). For logged-in
 * admins and staff users (401/403 otherwise). Three queries: the balance (one read of the
 * customer's entries), the active rewards, and, if a reward asks for it, the same-day paid booking.
 */
export const customerLoyalty = async (
  req: PayloadRequest,
  options: SanitizedBookingOptions,
  query: { customer: unknown; staff?: string; start?: string },
): Promise<CustomerLoyalty> => {
  const customerId = parseId(query.customer, 'id', true)
  const viewer = await assertMayRead(req, options, customerId)
  const start = query.start ? parseInstant(query.start, 'start') : options.clock().getTime()
  let staffServices: Id[] | null = null
  if (query.staff) {
    const staffId = parseId(query.staff, 'staff', true)
    visibleStaffIds(viewer, [String(staffId)])
    const staff = await req.payload
      .findByID({ id: staffId, collection: options.slugs.staff, depth: 0, disableErrors: true, overrideAccess: true, req, select: { services: true } })
      .catch(() => null)
    if (!staff) {
      throw new BookingError(404, `Staff member ${String(staffId)} does not exist`, 'staff')
    }
    staffServices = ((staff as { services?: unknown[] }).services ?? []).map((s) => relationId(s)!).filter((s) => s !== null)
  }
  const [balance, rewardResult] = await Promise.all([
    pointsBalance(req, options, customerId),
    req.payload.find({
      collection: options.slugs.rewards,
      depth: 0,
      limit: 0,
      locale: req.locale ?? undefined,
      overrideAccess: true,
      pagination: false,
      req,
      sort: 'points',
      where: { active: { equals: true } },
    }),
  ])
  const rewards = rewardResult.docs as unknown as RewardDoc[]
  const paidBookingSameDay = rewards.some((r) => r.conditions?.requiresPaidBookingSameDay)
    ? await hasPaidBookingSameDay(req, options, customerId, start)
    : false
  return {
    balance,
    customer: customerId,
    rewards: rewards.map((reward) => {
      const verdict = rewardVerdict({ balance, paidBookingSameDay, reward, staffServices, start, timezone: options.timezone })
      const points = rewardCost(reward)
      return {
        available: verdict.ok,
        id: reward.id,
        name: String(reward.name ?? ''),
        points,
        service: relationId(reward.service)!,
        ...(verdict.ok ? {} : { reason: verdict.reason }),
        ...(!verdict.ok && verdict.reason === 'points' ? { missing: points - balance } : {}),
      }
    }),
  }
}

/** What one booking did to its customer's points, for the calendar's details panel. */
export const bookingLoyalty = async (req: PayloadRequest, options: SanitizedBookingOptions, id: unknown): Promise<BookingLoyalty> => {
  await calendarViewer(req, options)
  const bookingId = parseId(id, 'id', true)
  const { docs } = await req.payload.find({
    collection: options.slugs.bookings,
    depth: 0,
    limit: 1,
    overrideAccess: false,
    pagination: false,
    req,
    select: { customerRecord: true, reward: true },
    user: req.user,
    where: { id: { equals: bookingId } },
  })
  const booking = docs[0] as undefined | { customerRecord?: unknown; reward?: unknown }
  if (!booking) {
    throw new BookingError(404, `Booking ${String(bookingId)} does not exist`, 'id')
  }
  const entries = await bookingEntries(req, options, bookingId)
  const totals = bookingTotals(entries)
  const rewardId = relationId(booking.reward)
  const reward = rewardId === null
    ? null
    : ((await req.payload
        .findByID({ id: rewardId, collection: options.slugs.rewards, depth: 0, disableErrors: true, locale: req.locale ?? undefined, overrideAccess: true, req })
        .catch(() => null)) as null | RewardDoc)
  const customerId = relationId(booking.customerRecord)
  return {
    balance: customerId === null ? null : await pointsBalance(req, options, customerId),
    earned: totals.earned,
    redeemed: totals.redeemed,
    returned: entries.filter((e) => e.kind === 'return').reduce((s, e) => s + e.points, 0),
    reward: reward ? { id: reward.id, name: String(reward.name ?? ''), points: rewardCost(reward) } : null,
  }
}
