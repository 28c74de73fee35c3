import type { BaseDatabaseAdapter, Payload } from 'payload'

type TransactionID = number | Promise<number | string> | string | undefined

const SERIALIZED = Symbol.for('payload-booking:sqlite-serialized')
/** A transaction waiting longer than this is refused instead of hanging the request. */
const QUEUE_TIMEOUT_MS = 30_000

/** Adapter methods that write; outside a transaction each is an autocommit write of its own. */
const WRITES = [
  'create',
  'createGlobal',
  'createGlobalVersion',
  'createVersion',
  'deleteMany',
  'deleteOne',
  'deleteVersions',
  'updateGlobal',
  'updateGlobalVersion',
  'updateJobs',
  'updateMany',
  'updateOne',
  'updateVersion',
  'upsert',
] as const

const queues = new Map<string, { tail: Promise<void> }>()
const queueFor = (url: string) => {
  let queue = queues.get(url)
  if (!queue) {
    queue = { tail: Promise.resolve() }
    queues.set(url, queue)
  }
  return queue
}

/**
 * SQLite allows one writer at a time, and Payload's SQLite adapter opens each transaction on its
 * own connection with `BEGIN IMMEDIATE`: two concurrent transactions make the second fail with
 * SQLITE_BUSY (a 500), and under load writes can be lost. This queues the process's
 * transactions so that they run one after another, which is what SQLite would do anyway, without
 * the failures. Capacity checks rely on it: within a transaction, nothing else writes.
 *
 * Writes outside any transaction (the jobs runner updates its job records that way) take the same
 * queue, or they would fail with SQLITE_BUSY while a transaction holds the write lock.
 *
 * SQLite is the embedded, single-server database; sites that run several app servers use Postgres,
 * where capacity is serialized by advisory locks in the database itself.
 */
export const serializeSqliteTransactions = (payload: Payload): void => {
  const db = payload.db as BaseDatabaseAdapter & {
    [SERIALIZED]?: boolean
    clientConfig?: { url?: string }
  }
  if (db.name !== 'sqlite' || db[SERIALIZED]) {
    return
  }
  db[SERIALIZED] = true
  // One queue per database file: two Payload instances in one process share the file's one writer.
  const queue = queueFor(db.clientConfig?.url ?? 'default')
  const releases = new Map<string, () => void>()

  const acquire = (): Promise<() => void> => {
    let release!: () => void
    const done = new Promise<void>((resolve) => {
      release = resolve
    })
    const previous = queue.tail
    queue.tail = previous.then(() => done)
    return new Promise((resolve, reject) => {
      let timedOut = false
      const timer = setTimeout(() => {
        timedOut = true
        reject(new Error('payload-booking: timed out waiting for the SQLite write queue'))
      }, QUEUE_TIMEOUT_MS)
      void previous.then(() => {
        clearTimeout(timer)
        if (timedOut) {
          release() // give the turn we no longer want to whoever queued after us
        } else {
          resolve(release)
        }
      })
    })
  }

  const begin = db.beginTransaction.bind(db)
  const commit = db.commitTransaction.bind(db)
  const rollback = db.rollbackTransaction.bind(db)

  const releaseFor = async (id: TransactionID) => {
    const key = String(await id)
    const release = releases.get(key)
    releases.delete(key)
    release?.()
  }

  db.beginTransaction = async (options) => {
    const release = await acquire()
    try {
      const id = await begin(options)
      if (id === null || id === undefined) {
        release()
      } else {
        releases.set(String(id), release)
      }
      return id
    } catch (error) {
      release()
      throw error
    }
  }
  db.commitTransaction = async (id) => {
    try {
      await commit(id)
    } finally {
      await releaseFor(id)
    }
  }
  db.rollbackTransaction = async (id) => {
    try {
      await rollback(id)
    } finally {
      await releaseFor(id)
    }
  }

  const sessions = (db as unknown as { sessions?: Record<string, unknown> }).sessions ?? {}
  const adapter = db as unknown as Record<string, unknown>
  for (const name of WRITES) {
    const write = adapter[name]
    if (typeof write !== 'function') {
      continue
    }
    adapter[name] = async (args?: { req?: { transactionID?: TransactionID } }) => {
      const id = await args?.req?.transactionID
      if (id !== undefined && id !== null && sessions[String(id)]) {
        return write.call(db, args) // inside a transaction that already holds the queue
      }
      const release = await acquire()
      try {
        return await write.call(db, args)
      } finally {
        release()
      }
    }
  }
}
