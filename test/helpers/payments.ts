import type { ParsedMail } from 'mailparser'

import { nodemailerAdapter } from '@payloadcms/email-nodemailer'

import type { BookingPluginOptions } from '../../src/types.ts'
import type { Studio } from './fixtures.ts'
import type { Harness } from './harness.ts'
import type { MailCatcher } from './mailCatcher.ts'

import { seedStudio } from './fixtures.ts'
import { startHarness } from './harness.ts'
import { startMailCatcher } from './mailCatcher.ts'

export interface PaymentSite {
  /** A logged-in user's Authorization header. */
  auth: (email: string, password: string) => Promise<Record<string, string>>
  h: Harness
  mail: MailCatcher
  /** Runs the booking queue until nothing is left (jobs may queue messages). */
  runQueue: () => Promise<void>
  studio: Studio
}

/** Monday 2026-03-23 07:00 Berlin; Thursday 26th 10:00 Berlin = 09:00Z. */
export const at = (day: number, hourUtc: number) => `2026-03-${day}T${String(hourUtc).padStart(2, '0')}:00:00.000Z`

/**
 * The studio on a fresh database with payments on, real SMTP, and the haircut paid online
 * (40 EUR, full refund up to 24 h before, half until the start).
 */
export const startPaymentSite = async (payments: BookingPluginOptions['payments']): Promise<PaymentSite> => {
  const mail = await startMailCatcher()
  const h = await startHarness({
    email: nodemailerAdapter({
      defaultFromAddress: 'studio@example.com',
      defaultFromName: 'Studio Mitte',
      skipVerify: true,
      transportOptions: { host: '127.0.0.1', ignoreTLS: true, port: mail.port, secure: false },
    }),
    pluginOptions: {
      notifications: { businessAddress: 'Torstraße 1, 10119 Berlin', businessName: 'Studio Mitte', retry: { attempts: 3, delayMs: 200 } },
      payments,
    },
  })
  const studio = await seedStudio(h.payload)
  await h.payload.update({
    id: studio.services.cut,
    collection: 'services',
    data: {
      payment: 'required',
      refundRules: [
        { hoursBefore: 24, percent: 100 },
        { hoursBefore: 0, percent: 50 },
      ],
    } as never,
  })
  const runQueue = async () => {
    for (let i = 0; i < 5; i++) {
      const result = await h.payload.jobs.run({ limit: 100, queue: 'booking' })
      if (!result || Object.keys((result as { jobStatus?: object }).jobStatus ?? {}).length === 0) break
    }
  }
  const auth = async (email: string, password: string) => {
    const login = await h.http('POST', '/api/users/login', { email, password })
    return { Authorization: `JWT ${login.body.token}` }
  }
  return { auth, h, mail, runQueue, studio }
}

export const to = (message: ParsedMail) => (Array.isArray(message.to) ? message.to[0] : message.to)!.text

export const customer = (name: string, locale = 'en') => ({ email: `${name.toLowerCase()}@example.com`, locale, name })

export const RETURN_URL = 'https://studio.example/book?service=cut#widget'

/** Holds a slot and starts paying for it; returns the hold and the payment answer. */
export const holdAndPay = async (
  site: PaymentSite,
  args: { customer?: Record<string, string>; returnUrl?: null | string; service?: number | string; staff?: number | string; start: string },
) => {
  const hold = await site.h.http('POST', '/api/booking/holds', {
    service: args.service ?? site.studio.services.cut,
    staff: args.staff ?? site.studio.staff.anna,
    start: args.start,
  })
  if (hold.status !== 201) throw new Error(`hold: ${hold.status} ${JSON.stringify(hold.body)}`)
  const pay = await site.h.http('POST', '/api/booking/payments', {
    customer: args.customer ?? customer('Eva'),
    holdToken: hold.body.token,
    // The page the widget is on (a hosted checkout returns there); null leaves it out.
    ...(args.returnUrl === null ? {} : { returnUrl: args.returnUrl ?? RETURN_URL }),
  })
  return { hold: hold.body, pay }
}

export const findBooking = (site: PaymentSite, id: number | string) =>
  site.h.payload.findByID({ id, collection: 'bookings', depth: 0, overrideAccess: true }) as Promise<Record<string, any>>

export const paymentsOf = async (site: PaymentSite, bookingId: number | string) =>
  (
    await site.h.payload.find({
      collection: 'booking-payments',
      depth: 0,
      overrideAccess: true,
      sort: 'createdAt',
      where: { booking: { equals: bookingId } },
    })
  ).docs as Record<string, any>[]
