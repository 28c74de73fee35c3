import type { PayloadRequest } from 'payload'

import type { SanitizedBookingOptions } from '../../types.ts'

import { relationId } from '../../utilities/relationId.ts'

export type LedgerKind = 'adjust' | 'earn' | 'redeem' | 'return'

export const ledgerKinds: LedgerKind[] = ['earn', 'redeem', 'return', 'adjust']

/** Set on `req.context` by the plugin's own ledger writes: anything else may only add adjustments. */
export const LEDGER_WRITE_CONTEXT_KEY = 'payloadBookingLedgerWrite'

type Id = number | string

export interface LedgerEntry {
  booking?: Id | null
  customer: Id
  /** Unique per booking, kind and round: a second write of the same entry fails instead of counting twice. */
  entryKey: string
  kind: LedgerKind
  note?: null | string
  points: number
  reward?: Id | null
}

/**
 * A customer's balance: the sum of their entries, read in the caller's transaction. One query over
 * the customer's entries (indexed by customer; only the `points` column is read).
 */
export const pointsBalance = async (req: PayloadRequest, options: SanitizedBookingOptions, customerId: Id): Promise<number> => {
  const { docs } = await req.payload.db.find({
    collection: options.slugs.points,
    limit: 0,
    pagination: false,
    req,
    select: { points: true },
    where: { customer: { equals: customerId } },
  })
  return (docs as unknown as { points?: unknown }[]).reduce((sum, doc) => sum + (Number(doc.points) || 0), 0)
}

/** The entries written for one booking, oldest first. */
export const bookingEntries = async (
  req: PayloadRequest,
  options: SanitizedBookingOptions,
  bookingId: Id,
): Promise<{ customer: Id; kind: LedgerKind; points: number }[]> => {
  const { docs } = await req.payload.db.find({
    collection: options.slugs.points,
    limit: 0,
    pagination: false,
    req,
    select: { customer: true, kind: true, points: true },
    sort: 'createdAt',
    where: { booking: { equals: bookingId } },
  })
  return (docs as unknown as { customer: unknown; kind: LedgerKind; points: unknown }[]).map((d) => ({
    customer: relationId(d.customer)!,
    kind: d.kind,
    points: Number(d.points) || 0,
  }))
}

/** What one booking did to the balance: points earned (net) and points redeemed (net, as a positive number). */
export const bookingTotals = (entries: { kind: LedgerKind; points: number }[]) => {
  const sum = (kinds: LedgerKind[]) => entries.filter((e) => kinds.includes(e.kind)).reduce((s, e) => s + e.points, 0)
  const count = (kinds: LedgerKind[]) => entries.filter((e) => kinds.includes(e.kind)).length
  return {
    earned: sum(['earn']),
    earnRounds: count(['earn']),
    redeemed: -sum(['redeem', 'return']),
    redeemRounds: count(['redeem', 'return']),
  }
}

/** Appends one entry, in the caller's transaction. */
export const appendEntry = async (req: PayloadRequest, options: SanitizedBookingOptions, entry: LedgerEntry): Promise<void> => {
  try {
    await writeEntry(req, options, entry)
  } finally {
    // The Local API merges `context` into the request's own: the flag must not outlive this write.
    delete req.context[LEDGER_WRITE_CONTEXT_KEY]
  }
}

const writeEntry = (req: PayloadRequest, options: SanitizedBookingOptions, entry: LedgerEntry) =>
  req.payload.create({
    collection: options.slugs.points,
    context: { [LEDGER_WRITE_CONTEXT_KEY]: true },
    data: {
      booking: entry.booking ?? null,
      customer: entry.customer,
      entryKey: entry.entryKey,
      kind: entry.kind,
      note: entry.note ?? null,
      points: entry.points,
      reward: entry.reward ?? null,
    } as never,
    depth: 0,
    overrideAccess: true,
    req,
  })
