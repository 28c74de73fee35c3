import type { CollectionConfig, Config, Plugin } from 'payload'

import type { BookingCollectionKey, BookingPluginOptions } from './types.ts'

import { withBookingAdmin } from './components/adminConfig.ts'
import { availabilityCollection } from './collections/availability.ts'
import { bookingsCollection } from './collections/bookings.ts'
import { customerPackagesCollection } from './collections/customerPackages.ts'
import { customersCollection } from './collections/customers.ts'
import { packagesCollection } from './collections/packages.ts'
import { paymentsCollection } from './collections/payments.ts'
import { pointsLedgerCollection } from './collections/pointsLedger.ts'
import { requestsCollection } from './collections/requests.ts'
import { rewardsCollection } from './collections/rewards.ts'
import { servicesCollection } from './collections/services.ts'
import { staffCollection } from './collections/staff.ts'
import { serializeSqliteTransactions } from './database/serializeSqliteTransactions.ts'
import { PLUGIN_NAMESPACE } from './defaults.ts'
import { bookingEndpoints } from './endpoints/index.ts'
import { anonymiseCustomersTask } from './jobs/anonymiseCustomers.ts'
import { expireRequestsTask } from './jobs/expireRequests.ts'
import { markNoShowsTask } from './jobs/markNoShows.ts'
import { refundByPolicyTask, settlePaymentTask } from './jobs/payments.ts'
import { reconcilePaymentsTask } from './jobs/reconcilePayments.ts'
import { releaseExpiredHoldsTask } from './jobs/releaseExpiredHolds.ts'
import { sendMessageTask } from './jobs/sendMessage.ts'
import { translationsFor } from './translations/index.ts'
import { sanitizeOptions } from './utilities/sanitizeOptions.ts'

/**
 * Adds appointment booking to a Payload site: services, staff, schedules, bookings and requests,
 * the public `/api/booking/*` endpoints, and the capacity hook that makes overbooking impossible.
 */
export const bookingPlugin =
  (pluginOptions: BookingPluginOptions = {}): Plugin =>
  (incomingConfig: Config): Config => {
    const options = sanitizeOptions(pluginOptions, incomingConfig)
    const factories: Record<BookingCollectionKey, (o: typeof options) => CollectionConfig> = {
      availability: availabilityCollection,
      bookings: bookingsCollection,
      customerPackages: customerPackagesCollection,
      customers: customersCollection,
      packages: packagesCollection,
      payments: paymentsCollection,
      points: pointsLedgerCollection,
      requests: requestsCollection,
      rewards: rewardsCollection,
      services: servicesCollection,
      staff: staffCollection,
    }
    // Collections stay when the plugin is disabled, so the schema never changes with the flag.
    const order: BookingCollectionKey[] = [
      'services',
      'staff',
      'availability',
      'customers',
      'bookings',
      'requests',
      'payments',
      'packages',
      'customerPackages',
      'rewards',
      'points',
    ]
    const collections = order.map((key) => {
      const defaultCollection = factories[key](options)
      const override = options.collectionOverrides[key]
      return override ? override({ defaultCollection }) : defaultCollection
    })

    const config: Config = {
      ...incomingConfig,
      collections: [...(incomingConfig.collections ?? []), ...collections],
      i18n: mergeTranslations(incomingConfig.i18n),
    }
    if (!options.enabled) {
      return config
    }

    config.admin = withBookingAdmin(incomingConfig.admin, options)
    config.endpoints = [...(incomingConfig.endpoints ?? []), ...bookingEndpoints(options)]
    config.jobs = {
      ...incomingConfig.jobs,
      tasks: [
        ...(incomingConfig.jobs?.tasks ?? []),
        releaseExpiredHoldsTask(options),
        expireRequestsTask(options),
        sendMessageTask(options),
        settlePaymentTask(options),
        refundByPolicyTask(options),
        reconcilePaymentsTask(options),
        markNoShowsTask(options),
        anonymiseCustomersTask(options),
      ],
    }
    config.onInit = async (payload) => {
      serializeSqliteTransactions(payload)
      if (payload.db.name === 'sqlite' && !(payload.db as { transactionOptions?: unknown }).transactionOptions) {
        payload.logger.error(
          'payload-booking: SQLite transactions are off, so bookings cannot be written safely. ' +
            'Pass transactionOptions: {} to sqliteAdapter().',
        )
      }
      await incomingConfig.onInit?.(payload)
    }
    return config
  }

/** Our strings, under our namespace, for every language we ship; the host's own strings win. */
const mergeTranslations = (i18n: Config['i18n']): Config['i18n'] => {
  const ours = translationsFor(PLUGIN_NAMESPACE)
  const host = (i18n?.translations ?? {}) as Record<string, Record<string, Record<string, string>>>
  const translations: Record<string, unknown> = { ...host }
  for (const [lang, strings] of Object.entries(ours)) {
    const hostLang = host[lang] ?? {}
    translations[lang] = {
      ...hostLang,
      [PLUGIN_NAMESPACE]: { ...(strings[PLUGIN_NAMESPACE] as Record<string, string>), ...hostLang[PLUGIN_NAMESPACE] },
    }
  }
  return { ...i18n, translations: translations as NonNullable<Config['i18n']>['translations'] }
}
