import type { PayloadRequest } from 'payload'

import { APIError } from 'payload'

import { hash32 } from './hash32.ts'

const LOCK_NAMESPACE = hash32('payload-booking:capacity')

interface DrizzleSession {
  db: { execute: (query: string) => Promise<unknown> }
}

/**
 * Serializes every decision about one thing (a staff member's capacity, a customer's points, a
 * package's credits, a customer's identity) until the surrounding transaction ends, so that "count,
 * then write" cannot interleave between two requests, also when they come from different app
 * servers sharing one database.
 *
 * - Postgres: a transaction-scoped advisory lock (`pg_advisory_xact_lock`) on the request's
 *   transaction, released by the database at commit or rollback.
 * - SQLite: the database has one writer at a time; `serializeSqliteTransactions` already runs the
 *   process's write transactions one after another, so the transaction itself is the lock.
 *
 * A database without transactions cannot keep the guarantee: that is a configuration error and
 * the write is refused rather than risk it.
 */
export const lockInTransaction = async (req: PayloadRequest, scope: string, id: number | string): Promise<void> => {
  const db = req.payload.db
  const transactionID = await req.transactionID
  if (transactionID === undefined || transactionID === null) {
    throw new APIError(
      'payload-booking: bookings need database transactions to stay consistent. ' +
        'Enable them in the database adapter (for SQLite: transactionOptions: {}).',
      500,
    )
  }
  if (db.name === 'postgres') {
    const sessions = (db as unknown as { sessions: Record<string, DrizzleSession | undefined> }).sessions
    const session = sessions[String(transactionID)]
    if (!session) {
      throw new APIError('payload-booking: the request transaction is gone', 500)
    }
    const key = hash32(`${scope}:${String(id)}`)
    await session.db.execute(`select pg_advisory_xact_lock(${LOCK_NAMESPACE}, ${key})`)
  }
}

/** The lock every capacity decision about one staff member takes (see `lockInTransaction`). */
export const lockStaffCapacity = (req: PayloadRequest, staffId: number | string): Promise<void> =>
  lockInTransaction(req, 'staff', staffId)
