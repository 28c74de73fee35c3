import { randomBytes } from 'node:crypto'
import { tmpdir } from 'node:os'
import path from 'node:path'
import pg from 'pg'

export type TestDatabaseKind = 'postgres' | 'sqlite'

/** Which database this test run uses: `TEST_DB=postgres` (set by `npm test`) or SQLite. */
export const testDatabaseKind = (): TestDatabaseKind => (process.env.TEST_DB === 'postgres' ? 'postgres' : 'sqlite')

export const postgresBaseUri = (): string => {
  const uri = process.env.TEST_POSTGRES_URI || process.env.DATABASE_URI
  if (!uri || !uri.startsWith('postgres')) {
    throw new Error('TEST_DB=postgres needs TEST_POSTGRES_URI (or DATABASE_URI) to name a Postgres server')
  }
  return uri
}

export interface TestDatabase {
  drop: () => Promise<void>
  kind: TestDatabaseKind
  uri: string
}

/** A fresh, empty database for one test file: a temporary SQLite file or a new Postgres database. */
export const createTestDatabase = async (kind = testDatabaseKind()): Promise<TestDatabase> => {
  const name = `booking_test_${process.pid}_${randomBytes(4).toString('hex')}`
  if (kind === 'sqlite') {
    const file = path.join(tmpdir(), `${name}.db`)
    return {
      drop: async () => {
        const { rm } = await import('node:fs/promises')
        await Promise.all(['', '-journal', '-wal', '-shm'].map((suffix) => rm(file + suffix, { force: true })))
      },
      kind,
      uri: `file:${file}`,
    }
  }
  const base = new URL(postgresBaseUri())
  const admin = new pg.Client({ connectionString: base.toString() })
  await admin.connect()
  await admin.query(`CREATE DATABASE ${name}`)
  await admin.end()
  const uri = new URL(base.toString())
  uri.pathname = `/${name}`
  return {
    drop: async () => {
      const client = new pg.Client({ connectionString: base.toString() })
      await client.connect()
      await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)
      await client.end()
    },
    kind,
    uri: uri.toString(),
  }
}
