import Stripe from 'stripe'
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'

import type { FakeSession, FakeStripe } from './helpers/fakeStripe.ts'
import type { PaymentSite } from './helpers/payments.ts'

import { stripeProvider } from '../src/payments/stripeProvider.ts'
import { completeSession, expireSession, startFakeStripe } from './helpers/fakeStripe.ts'
import { at, customer, findBooking, holdAndPay, paymentsOf, startPaymentSite, to } from './helpers/payments.ts'

// Stripe Checkout (the provider's default mode) through the real `stripe` SDK against a local fake
// of Stripe's API, webhooks signed for real: the visitor is sent to Stripe's page and back, a
// `checkout.session.completed` webhook (or the status check on return, or the reconcile job)
// settles the payment. Nothing leaves the machine.
const WEBHOOK_SECRET = 'whsec_test_checkout'
let site: PaymentSite
let stripe: FakeStripe
let eventCounter = 0
const signer = new Stripe('sk_test_signer_only')

beforeAll(async () => {
  stripe = await startFakeStripe()
  const provider = stripeProvider({ host: '127.0.0.1', port: stripe.port, protocol: 'http', secretKey: 'sk_test_123', webhookSecret: WEBHOOK_SECRET })
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

const eventFor = (type: string, session: FakeSession) =>
  JSON.stringify({ api_version: '2025-01-27', created: 1_774_000_000, data: { object: session }, id: `evt_cs_${++eventCounter}`, livemode: false, object: 'event', type })

const deliver = (payload: string, signature = signer.webhooks.generateTestHeaderString({ payload, secret: WEBHOOK_SECRET })) =>
  site.h.http('POST', '/api/booking/payments/webhook/stripe', payload, { 'stripe-signature': signature })

/** The Checkout Session the fake Stripe created for a payment answer. */
const sessionOf = (pay: { body: { payment: { id: number | string } } }) =>
  [...stripe.sessions.values()].find((s) => s.metadata.paymentId === String(pay.body.payment.id))!

const refundsOf = (session: FakeSession) => stripe.refunds.filter((r) => r.paymentIntent === session.payment_intent)

const confirmedAt = async (start: string) =>
  (
    await site.h.payload.find({
      collection: 'bookings',
      overrideAccess: true,
      where: { and: [{ start: { equals: start } }, { staff: { equals: site.studio.staff.anna } }, { status: { equals: 'confirmed' } }] },
    })
  ).docs

const queuedJobs = async () =>
  (await site.h.payload.find({ collection: 'payload-jobs', limit: 0, overrideAccess: true, where: { completedAt: { exists: false } } })).totalDocs

const reconcile = async () => {
  await site.h.payload.jobs.queue({ input: {}, queue: 'booking', task: 'bookingReconcilePayments' as never })
  await site.runQueue()
}

describe('Stripe Checkout: paying within the hold', () => {
  it('creates a Checkout Session for the price that returns to the page, and confirms the booking from the signed webhook', async () => {
    const before = Math.floor(Date.now() / 1000)
    const { hold, pay } = await holdAndPay(site, { customer: customer('Eva', 'de'), start: at(26, 9) })
    expect(pay.status).toBe(201)
    const session = sessionOf(pay)
    const paymentId = String(pay.body.payment.id)
    expect(pay.body).toMatchObject({ checkoutUrl: session.url, clientSecret: null })
    expect(session).toMatchObject({
      amount_total: 4000,
      client_reference_id: paymentId,
      currency: 'eur',
      customer_email: 'eva@example.com',
      locale: 'de',
      metadata: { bookingId: String(hold.id), paymentId, reference: hold.reference },
      payment_intent_metadata: { bookingId: String(hold.id), paymentId },
    })
    // Back to the page the widget was on, with the outcome in the query and the hash kept.
    expect(session.success_url).toBe(`https://studio.example/book?service=cut&pbw_checkout=paid&pbw_payment=${paymentId}#widget`)
    expect(session.cancel_url).toBe(`https://studio.example/book?service=cut&pbw_checkout=cancelled&pbw_payment=${paymentId}#widget`)
    // The hold is 15 minutes, Stripe wants at least 30: the session lives 30 (and a minute), the hold still decides.
    expect(session.expires_at).toBeGreaterThanOrEqual(before + 30 * 60)
    expect(session.expires_at).toBeLessThan(before + 35 * 60)
    expect((await paymentsOf(site, hold.id))[0]).toMatchObject({ provider: 'stripe', providerPaymentId: session.id, startedAt: '2026-03-23T06:00:00.000Z', status: 'pending' })

    const res = await deliver(eventFor('checkout.session.completed', completeSession(stripe, session.id)))
    expect(res.status).toBe(200)
    expect(res.body).toMatchObject({ queued: true })
    expect((await findBooking(site, hold.id)).status).toBe('held') // the queue decides, not the request
    await site.runQueue()
    expect(await findBooking(site, hold.id)).toMatchObject({ paymentStatus: 'paid', status: 'confirmed' })
    expect((await paymentsOf(site, hold.id))[0]).toMatchObject({ status: 'paid' })
    const receipt = (await site.mail.waitFor(3)).find((m) => /Quittung/.test(m.subject ?? ''))!
    expect(to(receipt)).toBe('eva@example.com')
    expect(receipt.text).toMatch(/Bezahlt: 40,00\s€/)
  })

  it('needs an http(s) returnUrl: a missing or other one is a 400 that records nothing', async () => {
    for (const returnUrl of [null, 'javascript:alert(1)', 'ftp://studio.example/', '/book', 'https://user:pw@studio.example/']) {
      const { hold, pay } = await holdAndPay(site, { customer: customer('Ida'), returnUrl, start: at(26, 10) })
      expect(pay.status, String(returnUrl)).toBe(400)
      expect(pay.body.errors[0].field).toBe('returnUrl')
      expect(await paymentsOf(site, hold.id)).toHaveLength(0)
      await site.h.payload.delete({ id: hold.id, collection: 'bookings', overrideAccess: true })
    }
  })

  it('confirms on the return from checkout (status check) before the webhook, which then changes nothing', async () => {
    const { hold, pay } = await holdAndPay(site, { customer: customer('Uma'), start: at(26, 14) })
    const session = completeSession(stripe, sessionOf(pay).id)
    const status = await site.h.http('POST', '/api/booking/payments/status', { holdToken: hold.token })
    expect(status.status).toBe(200)
    expect(status.body).toMatchObject({ booking: { paymentStatus: 'paid', status: 'confirmed' }, payment: { amount: 4000, status: 'paid' } })
    expect((await deliver(eventFor('checkout.session.completed', session))).body).toMatchObject({ duplicate: true })
  })

  it('settles a duplicate webhook once: one booking, one receipt', async () => {
    const { hold, pay } = await holdAndPay(site, { customer: customer('Dan'), start: at(26, 11) })
    const event = eventFor('checkout.session.completed', completeSession(stripe, sessionOf(pay).id))
    expect((await deliver(event)).status).toBe(200)
    expect((await deliver(event)).status).toBe(200) // Stripe retries before the queue ran...
    await site.runQueue()
    expect((await deliver(event)).body).toMatchObject({ duplicate: true }) // ...and after
    await site.runQueue()
    expect(await confirmedAt(at(26, 11))).toHaveLength(1)
    expect((await paymentsOf(site, hold.id)).map((p) => p.status)).toEqual(['paid'])
    expect(refundsOf(sessionOf(pay))).toHaveLength(0)
    await site.mail.waitFor(3)
    await new Promise((resolve) => setTimeout(resolve, 300))
    expect(site.mail.messages.filter((m) => /Receipt/.test(m.subject ?? ''))).toHaveLength(1)
  })

  it('answers a bad signature with 400 and changes nothing', async () => {
    const { hold, pay } = await holdAndPay(site, { customer: customer('Mia'), start: at(26, 12) })
    const payload = eventFor('checkout.session.completed', completeSession(stripe, sessionOf(pay).id))
    const jobsBefore = await queuedJobs()
    expect((await deliver(payload, signer.webhooks.generateTestHeaderString({ payload, secret: 'whsec_someone_else' }))).status).toBe(400)
    expect((await deliver(payload, 't=1,v1=deadbeef')).status).toBe(400)
    expect((await site.h.http('POST', '/api/booking/payments/webhook/stripe', payload)).status).toBe(400) // unsigned
    const tampered = payload.replace('"amount_total":4000', '"amount_total":1')
    expect((await deliver(tampered, signer.webhooks.generateTestHeaderString({ payload, secret: WEBHOOK_SECRET }))).status).toBe(400)
    expect(await queuedJobs()).toBe(jobsBefore)
    await site.runQueue()
    expect((await findBooking(site, hold.id)).status).toBe('held')
    expect((await paymentsOf(site, hold.id))[0]!.status).toBe('pending')
  })

  it('marks an expired session failed, and waits for a completed session that is not paid yet (bank debit)', async () => {
    const { hold, pay } = await holdAndPay(site, { customer: customer('Ola'), start: at(26, 13) })
    const session = sessionOf(pay)
    expect((await deliver(eventFor('checkout.session.completed', { ...session, status: 'complete' }))).body).toMatchObject({ ignored: true })
    await deliver(eventFor('checkout.session.expired', expireSession(stripe, session.id)))
    await site.runQueue()
    expect((await paymentsOf(site, hold.id))[0]!.status).toBe('failed')
    expect((await findBooking(site, hold.id)).status).toBe('held') // the hold expires as holds do
  })
})

describe('Stripe Checkout: paying after the hold expired', () => {
  it('refunds in full through the session\'s PaymentIntent when the time was taken meanwhile, and never double-books', async () => {
    const { hold, pay } = await holdAndPay(site, { customer: customer('Lea', 'fr'), start: at(27, 9) })
    const sessionId = sessionOf(pay).id
    site.h.clock.set('2026-03-23T06:20:00Z') // the 15-minute hold is over; Stripe's session is still open
    await site.h.payload.jobs.queue({ input: {}, queue: 'booking', task: 'bookingReleaseExpiredHolds' as never })
    await site.runQueue()
    expect((await findBooking(site, hold.id)).status).toBe('cancelled')
    const phone = await site.h.payload.create({
      collection: 'bookings',
      data: { customer: { name: 'Caller', phone: '+49 30 1' }, service: site.studio.services.cut, source: 'phone', staff: site.studio.staff.anna, start: at(27, 9) } as never,
    })

    const session = completeSession(stripe, sessionId)
    await deliver(eventFor('checkout.session.completed', session))
    await site.runQueue()
    expect((await confirmedAt(at(27, 9))).map((b) => b.id)).toEqual([phone.id])
    expect(await findBooking(site, hold.id)).toMatchObject({ paymentStatus: 'refunded', status: 'cancelled' })
    expect(refundsOf(session)).toEqual([
      { amount: 4000, idempotencyKey: `payload-booking-refund-${pay.body.payment.id}-unconfirmable`, paymentIntent: `pi_test_from_${sessionId}` },
    ])
    expect((await paymentsOf(site, hold.id))[0]).toMatchObject({ refundedAmount: 4000, status: 'refunded' })
    const told = (await site.mail.waitFor(1)).find((m) => to(m) === 'lea@example.com')!
    expect(told.subject).toMatch(/trop tard/)
  })
})

describe('Stripe Checkout: the amount check', () => {
  it('does not take another currency as paid (status check): the payment fails, what arrived is refunded, the hold stays', async () => {
    const { hold, pay } = await holdAndPay(site, { customer: customer('Kai'), start: at(27, 10) })
    const session = completeSession(stripe, sessionOf(pay).id, { currency: 'usd' })
    const logged = vi.spyOn(site.h.payload.logger, 'error')
    const status = await site.h.http('POST', '/api/booking/payments/status', { holdToken: hold.token })
    expect(status.status).toBe(200)
    expect(status.body).toMatchObject({ booking: { paymentStatus: 'pending', status: 'held' }, payment: { status: 'failed' } })
    const [payment] = await paymentsOf(site, hold.id)
    expect(payment!.problem).toMatch(/expected 4000 EUR, received 4000 USD/)
    expect(payment!.refundedAmount).toBe(0) // another currency: the refund is on record, not counted as euros
    expect(payment!.refunds[0]).toMatchObject({ amount: 4000, status: 'succeeded' })
    expect(refundsOf(session)).toHaveLength(1)
    expect(logged).toHaveBeenCalled()
    logged.mockRestore()
    // The webhook, arriving later, changes nothing.
    expect((await deliver(eventFor('checkout.session.completed', session))).body).toMatchObject({ duplicate: true })
    expect(await confirmedAt(at(27, 10))).toHaveLength(0)
  })

  it('does not take a smaller amount as paid (webhook)', async () => {
    const { hold, pay } = await holdAndPay(site, { customer: customer('Lou'), start: at(27, 11) })
    const session = completeSession(stripe, sessionOf(pay).id, { amountTotal: 400 })
    await deliver(eventFor('checkout.session.completed', session))
    await site.runQueue()
    expect(await findBooking(site, hold.id)).toMatchObject({ paymentStatus: 'pending', status: 'held' })
    expect((await paymentsOf(site, hold.id))[0]).toMatchObject({ refundedAmount: 400, status: 'failed' })
    expect(refundsOf(session).map((r) => r.amount)).toEqual([400])
  })
})

describe('Stripe Checkout: reconciling payments whose webhook never arrived', () => {
  it('asks Stripe about pending payments older than five minutes and settles them the same way', async () => {
    const paid = await holdAndPay(site, { customer: customer('Rio'), start: at(27, 12) })
    const abandoned = await holdAndPay(site, { customer: customer('Sam'), start: at(27, 13) })
    completeSession(stripe, sessionOf(paid.pay).id) // paid, but the webhook is never sent
    expireSession(stripe, sessionOf(abandoned.pay).id)
    site.h.clock.set('2026-03-23T06:03:00Z')
    const fresh = await holdAndPay(site, { customer: customer('Tia'), start: at(27, 14) })
    completeSession(stripe, sessionOf(fresh.pay).id)
    const ours = [paid, abandoned, fresh].map((x) => `/v1/checkout/sessions/${sessionOf(x.pay).id}`)
    const asked = () => stripe.requests.filter((r) => r.method === 'GET' && ours.includes(r.path)).length
    const askedBefore = asked()

    site.h.clock.set('2026-03-23T06:06:00Z') // the first two are six minutes old, the third three
    await reconcile()
    expect(await findBooking(site, paid.hold.id)).toMatchObject({ paymentStatus: 'paid', status: 'confirmed' })
    expect((await paymentsOf(site, abandoned.hold.id))[0]!.status).toBe('failed')
    expect((await paymentsOf(site, fresh.hold.id))[0]!.status).toBe('pending') // its webhook may still come
    expect(asked() - askedBefore).toBe(2)
    const receipts = (await site.mail.waitFor(3)).filter((m) => to(m) === 'rio@example.com' && /Receipt/.test(m.subject ?? ''))
    expect(receipts).toHaveLength(1)

    site.h.clock.set('2026-03-23T06:09:00Z')
    await reconcile()
    expect(await findBooking(site, fresh.hold.id)).toMatchObject({ paymentStatus: 'paid', status: 'confirmed' })
    expect(asked() - askedBefore).toBe(3) // settled payments are not asked about again
    expect((await deliver(eventFor('checkout.session.completed', sessionOf(paid.pay)))).body).toMatchObject({ duplicate: true })
  })
})

describe('Stripe Checkout: PaymentIntent events', () => {
  it('ignores the PaymentIntent events of its sessions (the session events settle them)', async () => {
    const { pay } = await holdAndPay(site, { customer: customer('Vic'), start: at(27, 15) })
    const session = completeSession(stripe, sessionOf(pay).id)
    const intent = stripe.intents.get(session.payment_intent!)!
    const payload = JSON.stringify({ created: 1_774_000_000, data: { object: intent }, id: `evt_pi_${++eventCounter}`, object: 'event', type: 'payment_intent.succeeded' })
    expect((await deliver(payload)).body).toMatchObject({ ignored: 'unknown payment' })
  })
})
