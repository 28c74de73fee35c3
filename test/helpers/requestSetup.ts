// Shared setup for the request-workflow tests: a harness with a real SMTP catcher, the studio,
// a staff login for Carla (who does the request-only consultations), and REST helpers.
import type { ParsedMail } from 'mailparser'

import { nodemailerAdapter } from '@payloadcms/email-nodemailer'
import { expect } from 'vitest'

import type { BookingPluginOptions } from '../../src/types.ts'
import type { Studio } from './fixtures.ts'
import type { Harness, HttpResult } from './harness.ts'
import type { MailCatcher } from './mailCatcher.ts'

import { seedStudio } from './fixtures.ts'
import { request, startHarness } from './harness.ts'
import { startMailCatcher } from './mailCatcher.ts'

export type Id = number | string
export type Doc = Record<string, any>
export type Method = 'GET' | 'PATCH' | 'POST'

export const MONDAY = '2026-03-23T06:00:00.000Z'

export const idOf = (value: unknown): Id => (value && typeof value === 'object' ? (value as { id: Id }).id : (value as Id))
export const same = (a: unknown, b: unknown) => String(idOf(a)) === String(idOf(b))
export const to = (message: ParsedMail) => (Array.isArray(message.to) ? message.to[0] : message.to)!.text
/** The actions of a request's history, oldest first. */
export const actions = (doc: Doc): string[] => ((doc.history as Doc[] | undefined) ?? []).map((e) => e.action)

export interface RequestWorld {
  /** A REST call against a given server (default: the harness's), logged in with `token` if given. */
  call: (method: Method, path: string, options?: { body?: unknown; token?: string; url?: string }) => Promise<HttpResult>
  carlaUser: { id: Id }
  h: Harness
  mail: MailCatcher
  /** Runs the booking queue (messages, expiry). */
  runQueue: () => Promise<unknown>
  studio: Studio
  tokens: { admin: string; anna: string; carla: string }
}

export const startRequestWorld = async (pluginOptions: BookingPluginOptions = {}): Promise<RequestWorld> => {
  const mail = await startMailCatcher()
  const h = await startHarness({
    email: nodemailerAdapter({
      defaultFromAddress: 'studio@example.com',
      defaultFromName: 'Studio Mitte',
      skipVerify: true,
      transportOptions: { host: '127.0.0.1', ignoreTLS: true, port: mail.port, secure: false },
    }),
    pluginOptions: { notifications: { businessName: 'Studio Mitte', retry: { attempts: 2, delayMs: 100 } }, ...pluginOptions },
  })
  const studio = await seedStudio(h.payload)
  const carlaUser = await h.payload.create({
    collection: 'users',
    data: { email: 'carla@example.com', password: 'carla-password', role: 'staff' } as never,
  })
  await h.payload.update({ id: studio.staff.carla, collection: 'staff', data: { user: carlaUser.id } as never })

  const call: RequestWorld['call'] = (method, path, options = {}) =>
    // The harness types GET/POST only; fetch itself takes any method.
    request(options.url ?? h.server.url, method as 'POST', path, options.body, options.token ? { Authorization: `JWT ${options.token}` } : {})
  const login = async (email: string, password: string) => {
    const res = await call('POST', '/api/users/login', { body: { email, password } })
    expect(res.status).toBe(200)
    return res.body.token as string
  }
  return {
    call,
    carlaUser,
    h,
    mail,
    runQueue: () => h.payload.jobs.run({ limit: 100, queue: 'booking' }),
    studio,
    tokens: {
      admin: await login('admin@example.com', 'admin-password'),
      anna: await login('anna@example.com', 'anna-password'),
      carla: await login('carla@example.com', 'carla-password'),
    },
  }
}

/**
 * The tests' vocabulary, bound to the world booted in beforeAll: public requests, staff actions,
 * reads over REST and past every hook, and the error shape `{ errors: [{ message, field? }] }`.
 */
export const requestHelpers = (world: () => RequestWorld) => {
  const w = world
  return {
    /** An action as the admin, or as `token` (null: anonymous), optionally on another server. */
    act: (id: Id, action: string, body?: unknown, token: null | string = w().tokens.admin, url?: string) =>
      w().call('POST', `/api/booking-requests/${id}/${action}`, { body, token: token ?? undefined, url }),
    /** A request through the public endpoint; by default a consultation with Carla from Mia. */
    ask: async (extra: Doc = {}): Promise<Id> => {
      const { studio } = w()
      const body = { customer: { email: 'mia@example.org', name: 'Mia' }, service: studio.services.consult, staff: studio.staff.carla, ...extra }
      const res = await w().call('POST', '/api/booking/requests', { body })
      expect(res.status, JSON.stringify(res.body)).toBe(201)
      expect(res.body.request).toMatchObject({ status: 'new' })
      expect(res.body.request.reference).toBeTruthy()
      return res.body.request.id
    },
    /** Confirmed bookings of a staff member at a start. */
    confirmedAt: async (staff: Id, start: string) =>
      (
        await w().h.payload.find({
          collection: 'bookings',
          limit: 0,
          pagination: false,
          where: { and: [{ staff: { equals: staff } }, { start: { equals: start } }, { status: { equals: 'confirmed' } }] },
        })
      ).docs,
    /**
     * Queues bookingExpireRequests on the booking queue and runs that job alone. On SQLite, run in
     * one `jobs.run` batch with a reminder that re-queues itself (the test clock lags real time),
     * it reported success yet stored only some of its updates and left the job `processing`.
     */
    expireJob: async () => {
      const job = (await w().h.payload.jobs.queue({ input: {}, queue: 'booking', task: 'bookingExpireRequests' as never })) as { id: Id }
      const result = await w().h.payload.jobs.runByID({ id: job.id })
      expect(result.jobStatus?.[String(job.id)]?.status).toBe('success')
    },
    /** The request as an admin reads it over REST. */
    read: async (id: Id): Promise<Doc> => {
      const res = await w().call('GET', `/api/booking-requests/${id}?depth=0`, { token: w().tokens.admin })
      expect(res.status).toBe(200)
      return res.body
    },
    refused: (res: HttpResult, status: number, field?: string) => {
      expect(res.status, JSON.stringify(res.body)).toBe(status)
      expect(typeof res.body.errors?.[0]?.message).toBe('string')
      if (field) {
        expect(res.body.errors[0].field).toBe(field)
      }
    },
    status: (res: HttpResult, expected: number) => expect(res.status, JSON.stringify(res.body)).toBe(expected),
    /** The request as stored, past every hook (readers see expiry before it is stored). */
    stored: async (id: Id) =>
      (await w().h.payload.db.findOne({ collection: 'booking-requests', where: { id: { equals: id } } })) as Doc,
  }
}

export const lastEntry = (doc: Doc) => (doc.history as Doc[]).at(-1)!
export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

export const stopRequestWorld = async (world: RequestWorld | undefined) => {
  await world?.h.close()
  await world?.mail.stop()
}
