import type { Endpoint } from 'payload'

import type { SanitizedBookingOptions } from '../types.ts'

/** Placeholder: filled in by issue #6 work. */
export const loyaltyEndpoints = (_options: SanitizedBookingOptions): Endpoint[] => []
