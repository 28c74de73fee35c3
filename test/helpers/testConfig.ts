import type { CollectionConfig, Config, EmailAdapter } from 'payload'

import { postgresAdapter } from '@payloadcms/db-postgres'
import { sqliteAdapter } from '@payloadcms/db-sqlite'
import { lexicalEditor } from '@payloadcms/richtext-lexical'
import { buildConfig } from 'payload'

import type { BookingPluginOptions } from '../../src/types.ts'
import type { TestDatabase } from './database.ts'

import { bookingPlugin } from '../../src/index.ts'

/** A clock the tests move by hand; the plugin reads "now" from it. */
export interface TestClock {
  now: Date
  set: (iso: string) => void
}

export const createClock = (iso: string): TestClock => {
  const clock: TestClock = {
    now: new Date(iso),
    set: (value) => {
      clock.now = new Date(value)
    },
  }
  return clock
}

const users: CollectionConfig = {
  slug: 'users',
  auth: true,
  fields: [
    {
      name: 'role',
      type: 'select',
      defaultValue: 'admin',
      options: ['admin', 'staff'],
      required: true,
      saveToJWT: true,
    },
  ],
}

/** The host site of the tests: a users collection with roles, and the plugin. */
export const buildTestConfig = (
  database: TestDatabase,
  clock: TestClock,
  pluginOptions: BookingPluginOptions = {},
  email?: EmailAdapter | Promise<EmailAdapter>,
  localization?: Config['localization'],
) =>
  buildConfig({
    admin: { user: 'users' },
    collections: [users],
    db:
      database.kind === 'postgres'
        ? postgresAdapter({ pool: { connectionString: database.uri, max: 20 } })
        : sqliteAdapter({ client: { url: database.uri }, transactionOptions: {} }),
    editor: lexicalEditor(),
    email,
    localization,
    plugins: [
      bookingPlugin({
        clock: () => clock.now,
        isAdmin: ({ req }) => (req.user as { role?: string } | null)?.role === 'admin',
        timezone: 'Europe/Berlin',
        ...pluginOptions,
      }),
    ],
    secret: 'test-secret-for-payload-booking',
    telemetry: false,
    typescript: { autoGenerate: false },
  })
