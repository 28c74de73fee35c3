import type { TaskConfig } from 'payload'

import type { SanitizedBookingOptions } from '../types.ts'

export const ANONYMISE_CUSTOMERS_TASK = 'bookingAnonymiseCustomers'

/** Placeholder (issue #6, customers): the retention job. */
export const anonymiseCustomersTask = (_options: SanitizedBookingOptions): TaskConfig => ({
  slug: ANONYMISE_CUSTOMERS_TASK,
  handler: () => ({ output: {} }),
  label: 'Anonymise customers past the retention period',
})
