import type { CollectionConfig } from 'payload'

import { postgresAdapter } from '@payloadcms/db-postgres'
import { sqliteAdapter } from '@payloadcms/db-sqlite'
import { nodemailerAdapter } from '@payloadcms/email-nodemailer'
import { lexicalEditor } from '@payloadcms/richtext-lexical'
import { de } from '@payloadcms/translations/languages/de'
import { en } from '@payloadcms/translations/languages/en'
import { fr } from '@payloadcms/translations/languages/fr'
import { ru } from '@payloadcms/translations/languages/ru'
import { zh } from '@payloadcms/translations/languages/zh'
import { createTransport } from 'nodemailer'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { buildConfig } from 'payload'

import { bookingBlocks } from '../src/exports/blocks.ts'
import { bookingPlugin, manualProvider, stripeProvider } from '../src/index.ts'
import { mailFolderTransport } from './mailFolder.ts'
import { seedIfEmpty } from './seed.ts'

const dirname = path.dirname(fileURLToPath(import.meta.url))

const databaseUri = process.env.DATABASE_URI || ''

/** The people who log in to the admin: administrators, and staff who see their own calendar. */
const users: CollectionConfig = {
  slug: 'users',
  admin: { defaultColumns: ['email', 'role'], useAsTitle: 'email' },
  auth: true,
  fields: [
    {
      name: 'role',
      type: 'select',
      defaultValue: 'admin',
      options: [
        { label: 'Admin', value: 'admin' },
        { label: 'Staff', value: 'staff' },
      ],
      required: true,
      saveToJWT: true,
    },
  ],
}

/** Public pages built from blocks: the seeded /book page uses the plugin's booking blocks. */
const pages: CollectionConfig = {
  slug: 'pages',
  access: { read: () => true },
  admin: { defaultColumns: ['title', 'slug'], useAsTitle: 'title' },
  fields: [
    { name: 'title', type: 'text', localized: true, required: true },
    { name: 'slug', type: 'text', index: true, required: true, unique: true },
    { name: 'layout', type: 'blocks', blocks: bookingBlocks },
  ],
}

export default buildConfig({
  admin: {
    // Gravatar needs the internet; the built-in avatar works offline.
    avatar: 'default',
    importMap: {
      baseDir: dirname,
      importMapFile: path.resolve(dirname, 'app/(payload)/admin/importMap.js'),
    },
    user: users.slug,
  },
  collections: [users, pages],
  db: databaseUri.startsWith('postgres')
    ? postgresAdapter({ pool: { connectionString: databaseUri } })
    : sqliteAdapter({
        client: { url: databaseUri || `file:${path.resolve(dirname, 'booking-dev.db')}` },
        // Required: without transactions the plugin's capacity check is unprotected on SQLite.
        transactionOptions: {},
      }),
  editor: lexicalEditor(),
  // Messages go to dev/mail/*.eml; SMTP_URL=smtp://host:port sends them to a real SMTP server.
  email: nodemailerAdapter({
    defaultFromAddress: 'studio@example.com',
    defaultFromName: 'Studio Mitte',
    skipVerify: true,
    transport: createTransport(
      process.env.SMTP_URL ? process.env.SMTP_URL : mailFolderTransport(path.resolve(dirname, 'mail')),
    ),
  }),
  i18n: {
    fallbackLanguage: 'en',
    supportedLanguages: { de, en, fr, ru, zh },
  },
  jobs: {
    // Runs the 'booking' queue every minute. Because the plugin's task has a `schedule` for that
    // queue, Payload 3.90 also turns on `jobs.scheduling`, and this same cron first queues the task
    // (handleSchedules), then runs it. Crons start with the first request that initializes Payload.
    autoRun: [{ cron: '* * * * *', queue: 'booking' }],
  },
  localization: {
    defaultLocale: 'en',
    fallback: true,
    locales: [
      { code: 'en', label: 'English' },
      { code: 'de', label: 'Deutsch' },
      { code: 'fr', label: 'Français' },
      { code: 'ru', label: 'Русский' },
      { code: 'zh', label: '中文' },
    ],
  },
  onInit: async (payload) => {
    await seedIfEmpty(payload)
  },
  plugins: [
    bookingPlugin({
      holdMinutes: process.env.BOOKING_HOLD_MINUTES ? Number(process.env.BOOKING_HOLD_MINUTES) : undefined,
      isAdmin: ({ req }) => (req.user as { role?: string } | null)?.role === 'admin',
      // Loyalty: 10 points per completed booking; rewards are seeded (dev/seedLoyalty.ts).
      loyalty: { earn: 10 },
      notifications: {
        businessAddress: 'Torstraße 1, 10119 Berlin',
        businessName: 'Studio Mitte',
        inbox: 'frontdesk@example.com',
        // The customer's "my booking" page (dev/app/(frontend)/booking/manage): QR code and cancelling.
        manageUrl: `http://localhost:${process.env.PORT || 3000}/booking/manage?reference={reference}&token={token}`,
      },
      // Services with `payment: required | deposit` are paid online: staff mark payments as received
      // (manual), or with STRIPE_SECRET_KEY + STRIPE_WEBHOOK_SECRET through Stripe's test mode
      // (Stripe Checkout: the widget sends the visitor to Stripe's page and back).
      payments: {
        provider: process.env.STRIPE_SECRET_KEY
          ? stripeProvider({
              // Browser tests point the SDK at a local stand-in of Stripe's API (test/helpers/fakeStripe.ts).
              ...(process.env.STRIPE_API_URL
                ? {
                    host: new URL(process.env.STRIPE_API_URL).hostname,
                    port: new URL(process.env.STRIPE_API_URL).port,
                    protocol: new URL(process.env.STRIPE_API_URL).protocol === 'http:' ? ('http' as const) : ('https' as const),
                  }
                : {}),
              publishableKey: process.env.STRIPE_PUBLISHABLE_KEY,
              secretKey: process.env.STRIPE_SECRET_KEY,
              webhookSecret: process.env.STRIPE_WEBHOOK_SECRET ?? '',
            })
          : manualProvider(),
        receipt: { details: ['Studio Mitte GmbH, Torstraße 1, 10119 Berlin'], tax: { label: 'MwSt.', rate: 19 } },
      },
      timezone: 'Europe/Berlin',
    }),
  ],
  secret: process.env.PAYLOAD_SECRET || 'payload-booking-dev-secret-change-me',
  telemetry: false,
  typescript: {
    // No `declare module 'payload'` block: the plugin's own code works with string slugs and must
    // typecheck with or without a host's generated types.
    declare: false,
    outputFile: path.resolve(dirname, 'payload-types.ts'),
  },
})
