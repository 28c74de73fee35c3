import type { CollectionConfig, Payload, SanitizedConfig } from 'payload'

import { postgresAdapter } from '@payloadcms/db-postgres'
import { sqliteAdapter } from '@payloadcms/db-sqlite'
import { lexicalEditor } from '@payloadcms/richtext-lexical'
import { buildConfig, getPayload } from 'payload'

import type { TestDatabase, TestDatabaseKind } from '../test/helpers/database.ts'
import type { HttpResult } from '../test/helpers/harness.ts'
import type { TestClock } from '../test/helpers/testConfig.ts'
import type { BookingPluginOptions, SanitizedBookingOptions } from '../src/types.ts'

import { bookingPlugin } from '../src/index.ts'
import { sanitizeOptions } from '../src/utilities/sanitizeOptions.ts'
import { createTestDatabase } from '../test/helpers/database.ts'
import { request } from '../test/helpers/harness.ts'
import { startHttpServer } from '../test/helpers/httpServer.ts'
import { createClock } from '../test/helpers/testConfig.ts'

export const BENCH_BOOKINGS = 'bench-bookings'

/** Which database the bench uses: `BENCH_DB=postgres` (needs TEST_POSTGRES_URI) or SQLite. */
export const benchDatabaseKind = (): TestDatabaseKind => (process.env.BENCH_DB === 'postgres' ? 'postgres' : 'sqlite')

const users: CollectionConfig = {
  slug: 'users',
  auth: true,
  fields: [{ name: 'role', type: 'select', defaultValue: 'admin', options: ['admin', 'staff'], required: true }],
}

/**
 * The baseline: a plain collection with the same stored fields as `bookings` (service, staff,
 * start, end, seats, status, the customer group, the buffer snapshots and the reference), with the
 * same indexes, but no hooks and no access rules.
 */
const benchBookings: CollectionConfig = {
  slug: BENCH_BOOKINGS,
  fields: [
    { name: 'reference', type: 'text', index: true, unique: true },
    { name: 'service', type: 'relationship', index: true, relationTo: 'services', required: true },
    { name: 'staff', type: 'relationship', index: true, relationTo: 'staff', required: true },
    { name: 'start', type: 'date', index: true, required: true },
    { name: 'end', type: 'date', index: true },
    { name: 'seats', type: 'number', defaultValue: 1, min: 1, required: true },
    {
      name: 'status',
      type: 'select',
      defaultValue: 'confirmed',
      index: true,
      options: ['held', 'confirmed', 'cancelled', 'completed', 'no-show'],
      required: true,
    },
    {
      name: 'customer',
      type: 'group',
      fields: [
        { name: 'name', type: 'text', maxLength: 200 },
        { name: 'email', type: 'email' },
        { name: 'phone', type: 'text', maxLength: 40 },
        { name: 'locale', type: 'text', maxLength: 10 },
      ],
    },
    { name: 'bufferBeforeMinutes', type: 'number', defaultValue: 0 },
    { name: 'bufferAfterMinutes', type: 'number', defaultValue: 0 },
  ],
  timestamps: true,
}

export const buildBenchConfig = (database: TestDatabase, pluginOptions: BookingPluginOptions) =>
  buildConfig({
    admin: { user: 'users' },
    collections: [users, benchBookings],
    db:
      database.kind === 'postgres'
        ? postgresAdapter({ pool: { connectionString: database.uri, max: 20 } })
        : sqliteAdapter({ client: { url: database.uri }, transactionOptions: {} }),
    editor: lexicalEditor(),
    logger: { options: { level: 'error' } },
    plugins: [bookingPlugin(pluginOptions)],
    secret: 'bench-secret-for-payload-booking',
    telemetry: false,
    typescript: { autoGenerate: false },
  })

export interface Bench {
  clock: TestClock
  close: () => Promise<void>
  database: TestDatabase
  http: (method: 'GET' | 'POST', path: string, body?: unknown) => Promise<HttpResult>
  /** The options exactly as the plugin sanitized them (same clock), for in-process profiling. */
  options: SanitizedBookingOptions
  payload: Payload
}

interface PgPool {
  end: () => Promise<void>
}

/** Boots Payload (plugin + `bench-bookings`) on a fresh database behind a real HTTP server. */
export const startBench = async (clockIso: string): Promise<Bench> => {
  const database = await createTestDatabase(benchDatabaseKind())
  const clock = createClock(clockIso)
  const pluginOptions: BookingPluginOptions = {
    clock: () => clock.now,
    isAdmin: ({ req }) => (req.user as { role?: string } | null)?.role === 'admin',
    timezone: 'Europe/Berlin',
  }
  const config: Promise<SanitizedConfig> = buildBenchConfig(database, pluginOptions)
  const key = `bench-${database.uri}`
  const payload = await getPayload({ config, key })
  const server = await startHttpServer(config, key)
  return {
    clock,
    close: async () => {
      await server.close()
      const pool = (payload.db as unknown as { pool?: PgPool }).pool
      await payload.db.destroy?.()
      if (pool) {
        await Promise.race([pool.end().catch(() => undefined), new Promise((r) => setTimeout(r, 2000))])
      }
      await database.drop()
    },
    database,
    http: (method, path, body) => request(server.url, method, path, body),
    options: sanitizeOptions(pluginOptions, { admin: { user: 'users' } }),
    payload,
  }
}
