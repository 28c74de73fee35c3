import Stripe from 'stripe'
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'

import type { FakeStripe, FakeIntent } from './helpers/fakeStripe.ts'
import type { PaymentSite } from './helpers/payments.ts'

import { settlePayment } from '../src/operations/payments/settlePayment.ts'
import { stripeProvider } from '../src/payments/stripeProvider.ts'
import { sanitizeOptions } from '../src/utilities/sanitizeOptions.ts'
import { startFakeStripe, succeed } from './helpers/fakeStripe.ts'
import { at, customer, findBooking, holdAndPay, paymentsOf, startPaymentSite, to } from './helpers/payments.ts'

// The Stripe provider in PaymentIntent mode (your own Payment Element) through the real `stripe`
// SDK, pointed at a local fake of Stripe's API; webhooks are signed for real. Nothing leaves the
// machine. Checkout Session mode (the default): test/payments-checkout.test.ts.
const WEBHOOK_SECRET = 'whsec_test_payload_booking'
let site: PaymentSite
let stripe: FakeStripe
let eventCounter = 0
let provider: ReturnType<typeof stripeProvider>
/** The plugin's options as the site runs them (same clock, same provider). */
const sanitized = () =>
  sanitizeOptions({ clock: () => site.h.clock.now, payments: { provider }, timezone: 'Europe/Berlin' }, { admin: { user: 'users' } })
const signer = new Stripe('sk_test_signer_only')

beforeAll(async () => {
  stripe = await startFakeStripe()
  provider = stripeProvider({
    host: '127.0.0.1',
    mode: 'payment-intent',
    port: stripe.port,
    protocol: 'http',
    publishableKey: 'pk_test_123',
    secretKey: 'sk_test_123',
    webhookSecret: WEBHOOK_SECRET,
  })
  site = await startPaymentSite({ provider })
})
afterAll(async () => {
  await site?.h.close()
  await site?.mail.stop()
  await stripe?.close()
})
beforeEach(async () => {
  site.h.clock.set('2026-03-23T06:00:00Z')
  await site.runQueue()
  site.mail.messages.length = 0
})

const eventFor = (type: string, intent: FakeIntent) =>
  JSON.stringify({ api_version: '2025-01-27', created: 1_774_000_000, data: { object: intent }, id: `evt_test_${++eventCounter}`, livemode: false, object: 'event', type })

const deliver = (payload: string, signature = signer.webhooks.generateTestHeaderString({ payload, secret: WEBHOOK_SECRET })) =>
  site.h.http('POST', '/api/booking/payments/webhook/stripe', payload, { 'stripe-signature': signature })

/** The PaymentIntent the fake Stripe created for a payment answer. */
const intentOf = (pay: { body: { payment: { id: number | string } } }) =>
  [...stripe.intents.values()].find((i) => i.metadata.paymentId === String(pay.body.payment.id))!

const queuedJobs = async () =>
  (await site.h.payload.find({ collection: 'payload-jobs', limit: 0, overrideAccess: true, where: { completedAt: { exists: false } } })).totalDocs

const confirmedAt = async (start: string) =>
  (await site.h.payload.find({
    collection: 'bookings',
    overrideAccess: true,
    where: { and: [{ start: { equals: start } }, { staff: { equals: site.studio.staff.anna } }, { status: { equals: 'confirmed' } }] },
  })).docs

describe('Stripe: paying within the hold', () => {
  it('creates a PaymentIntent for the price and confirms the booking from the signed webhook, with a receipt', async () => {
    const { hold, pay } = await holdAndPay(site, { customer: customer('Eva'), start: at(26, 9) })
    expect(pay.status).toBe(201)
    const intent = intentOf(pay)
    expect(intent).toMatchObject({ amount: 4000, currency: 'eur', metadata: { bookingId: String(hold.id), paymentId: String(pay.body.payment.id) } })
    expect(pay.body).toMatchObject({ clientSecret: intent.client_secret, publishableKey: 'pk_test_123' })
    expect((await paymentsOf(site, hold.id))[0]).toMatchObject({ provider: 'stripe', providerPaymentId: intent.id, status: 'pending' })

    const res = await deliver(eventFor('payment_intent.succeeded', succeed(stripe, intent.id)))
    expect(res.status).toBe(200)
    expect(res.body).toMatchObject({ queued: true })
    expect((await findBooking(site, hold.id)).status).toBe('held') // the queue decides, not the request
    await site.runQueue()
    expect(await findBooking(site, hold.id)).toMatchObject({ paymentStatus: 'paid', status: 'confirmed' })
    expect((await paymentsOf(site, hold.id))[0]).toMatchObject({ status: 'paid' })

    const messages = await site.mail.waitFor(3)
    const receipt = messages.find((m) => /Receipt for your booking/.test(m.subject ?? ''))!
    expect(to(receipt)).toBe('eva@example.com')
    expect(receipt.text).toMatch(/Paid: €40\.00/)
    expect(receipt.text).toContain('Stripe')
  })

  it('settles a duplicate webhook once: one booking, one receipt', async () => {
    const { hold, pay } = await holdAndPay(site, { customer: customer('Dan'), start: at(26, 11) })
    const intent = succeed(stripe, intentOf(pay).id)
    const event = eventFor('payment_intent.succeeded', intent)
    // Stripe retries: the same event twice before the queue runs, and once more afterwards.
    expect((await deliver(event)).status).toBe(200)
    expect((await deliver(event)).status).toBe(200)
    await site.runQueue()
    const again = await deliver(event)
    expect(again.body).toMatchObject({ duplicate: true })
    await site.runQueue()
    expect(await confirmedAt(at(26, 11))).toHaveLength(1)
    expect(await paymentsOf(site, hold.id)).toHaveLength(1)
    expect((await paymentsOf(site, hold.id))[0]!.status).toBe('paid')
    expect(stripe.refunds.filter((r) => r.paymentIntent === intent.id)).toHaveLength(0)
    await site.mail.waitFor(3)
    await new Promise((resolve) => setTimeout(resolve, 300))
    expect(site.mail.messages.filter((m) => /Receipt/.test(m.subject ?? ''))).toHaveLength(1)
  })

  it('answers a bad signature with 400 and changes nothing', async () => {
    const { hold, pay } = await holdAndPay(site, { customer: customer('Mia'), start: at(26, 12) })
    const intent = succeed(stripe, intentOf(pay).id)
    const payload = eventFor('payment_intent.succeeded', intent)
    const jobsBefore = await queuedJobs()
    const forged = signer.webhooks.generateTestHeaderString({ payload, secret: 'whsec_someone_else' })
    expect((await deliver(payload, forged)).status).toBe(400)
    expect((await deliver(payload, 't=1,v1=deadbeef')).status).toBe(400)
    expect((await site.h.http('POST', '/api/booking/payments/webhook/stripe', payload)).status).toBe(400) // unsigned
    const tampered = payload.replace('"amount":4000', '"amount":1')
    expect((await deliver(tampered, signer.webhooks.generateTestHeaderString({ payload, secret: WEBHOOK_SECRET }))).status).toBe(400)
    expect(await queuedJobs()).toBe(jobsBefore)
    await site.runQueue()
    expect((await findBooking(site, hold.id)).status).toBe('held')
    expect((await paymentsOf(site, hold.id))[0]!.status).toBe('pending')
  })

  it('marks a failed payment failed and leaves the hold to expire', async () => {
    const { hold, pay } = await holdAndPay(site, { customer: customer('Ola'), start: at(26, 13) })
    const intent = intentOf(pay)
    await deliver(eventFor('payment_intent.payment_failed', intent))
    await site.runQueue()
    expect((await paymentsOf(site, hold.id))[0]!.status).toBe('failed')
    expect((await findBooking(site, hold.id)).status).toBe('held')
  })

  it('confirms a payment that succeeds after a declined card (the same PaymentIntent, another card)', async () => {
    const { hold, pay } = await holdAndPay(site, { customer: customer('Pat'), start: at(26, 15) })
    const intent = intentOf(pay)
    await deliver(eventFor('payment_intent.payment_failed', intent))
    await site.runQueue()
    expect((await paymentsOf(site, hold.id))[0]!.status).toBe('failed')
    expect((await deliver(eventFor('payment_intent.succeeded', succeed(stripe, intent.id)))).body).toMatchObject({ queued: true })
    await site.runQueue()
    expect(await findBooking(site, hold.id)).toMatchObject({ paymentStatus: 'paid', status: 'confirmed' })
    expect((await paymentsOf(site, hold.id))[0]!.status).toBe('paid')
  })

  it('confirms on the return from checkout (status check) before the webhook, which then changes nothing', async () => {
    const { hold, pay } = await holdAndPay(site, { customer: customer('Uma'), start: at(26, 14) })
    const intent = succeed(stripe, intentOf(pay).id)
    const status = await site.h.http('POST', '/api/booking/payments/status', { holdToken: hold.token })
    expect(status.status).toBe(200)
    expect(status.body).toMatchObject({ booking: { paymentStatus: 'paid', status: 'confirmed' }, payment: { amount: 4000, status: 'paid' } })
    expect((await deliver(eventFor('payment_intent.succeeded', intent))).body).toMatchObject({ duplicate: true })
  })
})

describe('Stripe: paying after the hold expired', () => {
  it('refunds in full through Stripe when the time was taken meanwhile, tells the customer, and never double-books', async () => {
    const { hold, pay } = await holdAndPay(site, { customer: customer('Lea', 'fr'), start: at(27, 9) })
    const intentId = intentOf(pay).id
    site.h.clock.set('2026-03-23T06:20:00Z') // the 15-minute hold is over
    await site.runQueue() // nothing due yet...
    await site.h.payload.jobs.queue({ input: {}, queue: 'booking', task: 'bookingReleaseExpiredHolds' as never })
    await site.runQueue() // ...the cleanup releases the hold
    expect((await findBooking(site, hold.id)).status).toBe('cancelled')
    const phone = await site.h.payload.create({
      collection: 'bookings',
      data: { customer: { name: 'Caller', phone: '+49 30 1' }, service: site.studio.services.cut, source: 'phone', staff: site.studio.staff.anna, start: at(27, 9) } as never,
    })

    await deliver(eventFor('payment_intent.succeeded', succeed(stripe, intentId)))
    await site.runQueue()
    const confirmed = await confirmedAt(at(27, 9))
    expect(confirmed.map((b) => b.id)).toEqual([phone.id])
    expect(await findBooking(site, hold.id)).toMatchObject({ paymentStatus: 'refunded', status: 'cancelled' })
    expect(stripe.refunds.filter((r) => r.paymentIntent === intentId)).toEqual([
      { amount: 4000, idempotencyKey: `payload-booking-refund-${pay.body.payment.id}-unconfirmable`, paymentIntent: intentId },
    ])
    const [payment] = await paymentsOf(site, hold.id)
    expect(payment).toMatchObject({ refundedAmount: 4000, status: 'refunded' })
    expect(payment!.refunds[0]).toMatchObject({ amount: 4000, status: 'succeeded' })
    const messages = await site.mail.waitFor(1)
    const told = messages.find((m) => to(m) === 'lea@example.com')!
    expect(told.subject).toMatch(/trop tard/)
    expect(told.text).toMatch(/40,00\s€/)
  })

  it('refunds the expired hold and confirms the newer one when both pay for one time (hold not yet released)', async () => {
    const first = await holdAndPay(site, { customer: customer('Ann'), start: at(27, 14) })
    site.h.clock.set('2026-03-23T06:30:00Z') // the first hold ran out; nobody released it yet
    const second = await holdAndPay(site, { customer: customer('Ben'), start: at(27, 14) })
    expect(second.pay.status).toBe(201)
    const [a, b] = [intentOf(first.pay).id, intentOf(second.pay).id]
    await Promise.all([
      deliver(eventFor('payment_intent.succeeded', succeed(stripe, a))),
      deliver(eventFor('payment_intent.succeeded', succeed(stripe, b))),
    ])
    await site.runQueue()
    expect((await confirmedAt(at(27, 14))).map((x) => x.id)).toEqual([second.hold.id])
    expect(await findBooking(site, first.hold.id)).toMatchObject({ paymentStatus: 'refunded', status: 'cancelled' })
    expect(stripe.refunds.filter((r) => r.paymentIntent === a)).toHaveLength(1)
    expect(stripe.refunds.filter((r) => r.paymentIntent === b)).toHaveLength(0)
  })

  it('settles one payment once when two workers run it at the same moment', async () => {
    const { hold, pay } = await holdAndPay(site, { customer: customer('Cy'), start: at(27, 15) })
    succeed(stripe, intentOf(pay).id)
    const results = await Promise.all(
      [1, 2, 3].map(() => settlePayment(site.h.payload, sanitized(), { outcome: 'succeeded', paymentId: pay.body.payment.id })),
    )
    expect(results.map((r) => r.result).sort()).toEqual(['already-settled', 'already-settled', 'confirmed'])
    expect(await findBooking(site, hold.id)).toMatchObject({ paymentStatus: 'paid', status: 'confirmed' })
    expect(stripe.refunds.filter((r) => r.paymentIntent === intentOf(pay).id)).toHaveLength(0)
  })

  it('still confirms a late payment when the time is free, also while the expired hold is not yet released', async () => {
    const { hold, pay } = await holdAndPay(site, { customer: customer('Ivo'), start: at(27, 11) })
    const intentId = intentOf(pay).id
    site.h.clock.set('2026-03-23T07:00:00Z')
    await deliver(eventFor('payment_intent.succeeded', succeed(stripe, intentId)))
    await site.runQueue()
    expect(await findBooking(site, hold.id)).toMatchObject({ paymentStatus: 'paid', status: 'confirmed' })
    expect(stripe.refunds.filter((r) => r.paymentIntent === intentId)).toHaveLength(0)
  })

  it('refunds by policy through Stripe when the customer cancels: half within 24 h', async () => {
    const { hold, pay } = await holdAndPay(site, { customer: customer('Noa'), start: at(27, 13) })
    const intentId = intentOf(pay).id
    await deliver(eventFor('payment_intent.succeeded', succeed(stripe, intentId)))
    await site.runQueue()
    site.h.clock.set('2026-03-27T08:00:00Z') // 5 h before
    const res = await site.h.http('POST', '/api/booking/cancel', { reference: hold.reference, token: pay.body.cancelToken })
    expect(res.body.booking.refund).toMatchObject({ amount: 2000, percent: 50 })
    await site.runQueue()
    await site.runQueue()
    expect(stripe.refunds.filter((r) => r.paymentIntent === intentId)).toEqual([
      { amount: 2000, idempotencyKey: `payload-booking-refund-${pay.body.payment.id}-cancel`, paymentIntent: intentId },
    ])
    expect((await paymentsOf(site, hold.id))[0]).toMatchObject({ refundedAmount: 2000, status: 'partially-refunded' })
  })
})

describe('Stripe: the amount check', () => {
  it('does not take another amount as paid: the payment fails with the mismatch, what arrived is refunded, the hold stays', async () => {
    const { hold, pay } = await holdAndPay(site, { customer: customer('Zoe'), start: at(27, 12) })
    const intent = succeed(stripe, intentOf(pay).id)
    intent.amount_received = 1000 // 10 € arrived for a 40 € booking
    const logged = vi.spyOn(site.h.payload.logger, 'error')
    await deliver(eventFor('payment_intent.succeeded', intent))
    await site.runQueue()
    expect(await findBooking(site, hold.id)).toMatchObject({ paymentStatus: 'pending', status: 'held' })
    expect(await confirmedAt(at(27, 12))).toHaveLength(0)
    const [payment] = await paymentsOf(site, hold.id)
    expect(payment).toMatchObject({ refundedAmount: 1000, status: 'failed' })
    expect(payment!.problem).toMatch(/Amount mismatch: expected 4000 EUR, received 1000 EUR/)
    expect(stripe.refunds.filter((r) => r.paymentIntent === intent.id)).toEqual([
      { amount: 1000, idempotencyKey: `payload-booking-refund-${pay.body.payment.id}-mismatch`, paymentIntent: intent.id },
    ])
    expect(logged.mock.calls.some(([arg]) => /was not accepted: Amount mismatch/.test(JSON.stringify(arg)))).toBe(true)
    logged.mockRestore()
    // A replay of the event changes nothing more.
    expect((await deliver(eventFor('payment_intent.succeeded', intent))).body).toMatchObject({ duplicate: true })
  })
})
