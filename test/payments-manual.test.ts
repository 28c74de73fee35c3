import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'

import type { PaymentSite } from './helpers/payments.ts'

import { manualProvider } from '../src/payments/manualProvider.ts'
import { at, customer, findBooking, holdAndPay, paymentsOf, startPaymentSite, to } from './helpers/payments.ts'

// The manual provider: the hold waits for staff to mark the payment as received. Also the
// policy refunds on cancellation, which work the same whatever the provider.
let site: PaymentSite
let admin: Record<string, string>

beforeAll(async () => {
  site = await startPaymentSite({ provider: manualProvider(), receipt: { details: ['USt-IdNr. DE123456789'], tax: { label: 'MwSt.', rate: 19 } } })
  admin = await site.auth('admin@example.com', 'admin-password')
})
afterAll(async () => {
  await site?.h.close()
  await site?.mail.stop()
})
beforeEach(async () => {
  site.h.clock.set('2026-03-23T06:00:00Z')
  await site.runQueue()
  site.mail.messages.length = 0
})

const markPaid = (paymentId: number | string, headers = admin) =>
  site.h.http('POST', `/api/booking/payments/${paymentId}/mark-paid`, {}, headers)

/** A booking paid in full and confirmed, on Thursday at `hourUtc`. */
const paidBooking = async (hourUtc: number, who = customer('Eva'), day = 26) => {
  const { hold, pay } = await holdAndPay(site, { customer: who, start: at(day, hourUtc) })
  expect(pay.status).toBe(201)
  expect((await markPaid(pay.body.payment.id)).status).toBe(200)
  await site.runQueue()
  return { cancelToken: pay.body.cancelToken as string, id: hold.id as number | string, paymentId: pay.body.payment.id, reference: hold.reference as string }
}

describe('paying for a hold with the manual provider', () => {
  it('starts a payment for the price, keeps the hold, and confirms only when an admin marks it paid; the receipt goes out', async () => {
    const { hold, pay } = await holdAndPay(site, { customer: customer('Lena', 'de'), start: at(26, 9) })
    expect(pay.status).toBe(201)
    expect(pay.body.payment).toMatchObject({ amount: 4000, currency: 'EUR', kind: 'full', provider: 'manual', status: 'pending' })
    expect(pay.body.booking).toMatchObject({ holdExpiresAt: hold.expiresAt, reference: hold.reference, status: 'held' })
    expect(typeof pay.body.cancelToken).toBe('string')
    expect((await findBooking(site, hold.id)).status).toBe('held')

    // Confirming the hold without paying is refused: a paid service is confirmed by its payment.
    const sneak = await site.h.http('POST', '/api/booking/bookings', {
      customer: customer('Lena'), holdToken: hold.token, service: site.studio.services.cut, staff: site.studio.staff.anna, start: at(26, 9),
    })
    expect(sneak.status).toBe(409)
    expect(sneak.body.errors[0].data.reason).toBe('payment-required')

    // Not for visitors or staff: admins only.
    expect((await markPaid(pay.body.payment.id, {})).status).toBe(401)
    expect((await markPaid(pay.body.payment.id, await site.auth('anna@example.com', 'anna-password'))).status).toBe(403)

    const marked = await markPaid(pay.body.payment.id)
    expect(marked.status).toBe(200)
    expect(marked.body).toMatchObject({ payment: { status: 'paid' }, result: 'confirmed' })
    const booking = await findBooking(site, hold.id)
    expect(booking).toMatchObject({ customer: { email: 'lena@example.com', name: 'Lena' }, paymentStatus: 'paid', status: 'confirmed' })
    expect(booking.holdExpiresAt ?? null).toBeNull()
    expect((await markPaid(pay.body.payment.id)).body.result).toBe('already-settled') // twice: nothing more
    // The admin calendar shows it paid.
    const calendar = await site.h.http('GET', '/api/booking/calendar?from=2026-03-26&to=2026-03-26', undefined, await site.auth('admin@example.com', 'admin-password'))
    expect(calendar.status).toBe(200)
    expect(calendar.body.bookings.find((b: { id: unknown }) => String(b.id) === String(hold.id))).toMatchObject({ paymentStatus: 'paid' })

    await site.runQueue()
    const messages = await site.mail.waitFor(3) // confirmation, receipt, Anna's notice
    const receipt = messages.find((m) => to(m) === 'lena@example.com' && /Quittung/.test(m.subject ?? ''))!
    expect(receipt.subject).toContain(hold.reference)
    expect(receipt.text).toMatch(/Bezahlt: 40,00\s€/)
    expect(receipt.text).toContain('Enthält 19 % MwSt.')
    expect(receipt.text).toMatch(/6,39\s€/) // 40 € includes 6.39 € at 19 %
    expect(receipt.text).toContain('USt-IdNr. DE123456789')
    expect(receipt.text).toContain('Studio Mitte')
    expect(messages.filter((m) => to(m) === 'lena@example.com')).toHaveLength(2)

    // The manage link works with the token the payment call returned.
    const lookup = await site.h.http('GET', `/api/booking/lookup?reference=${hold.reference}&token=${pay.body.cancelToken}`)
    expect(lookup.status).toBe(200)
    expect(lookup.body.booking).toMatchObject({ paymentStatus: 'paid', status: 'confirmed' })
  })

  it('shows the payment state on the public lookup: pending while held, nothing for a booking paid on site', async () => {
    const { hold, pay } = await holdAndPay(site, { customer: customer('Pia'), start: at(24, 12) })
    const held = await site.h.http('GET', `/api/booking/lookup?reference=${hold.reference}&token=${pay.body.cancelToken}`)
    expect(held.body.booking).toMatchObject({ paymentStatus: 'pending', status: 'held' })
    const colourHold = await site.h.http('POST', '/api/booking/holds', { service: site.studio.services.colour, staff: site.studio.staff.anna, start: at(24, 8) })
    const onSite = await site.h.http('POST', '/api/booking/bookings', {
      customer: customer('Pia'), holdToken: colourHold.body.token, service: site.studio.services.colour, staff: site.studio.staff.anna, start: at(24, 8),
    })
    expect(onSite.status, JSON.stringify(onSite.body)).toBe(201)
    expect(onSite.body.booking.paymentStatus).toBeNull()
    const lookup = await site.h.http('GET', `/api/booking/lookup?reference=${onSite.body.booking.reference}&token=${onSite.body.cancelToken}`)
    expect(lookup.body.booking.paymentStatus).toBeNull()
  })

  it('keeps payments away from visitors and staff; admins read them', async () => {
    await paidBooking(12)
    expect((await site.h.http('GET', '/api/booking-payments')).status).toBe(403)
    expect((await site.h.http('GET', '/api/booking-payments', undefined, await site.auth('anna@example.com', 'anna-password'))).status).toBe(403)
    const list = await site.h.http('GET', '/api/booking-payments', undefined, admin)
    expect(list.status).toBe(200)
    expect(list.body.docs.length).toBeGreaterThan(0)
    expect(list.body.docs[0]).not.toHaveProperty('eventIds')
  })

  it('refuses payment for a service paid on site, and for an expired hold', async () => {
    const hold = await site.h.http('POST', '/api/booking/holds', { service: site.studio.services.colour, staff: site.studio.staff.anna, start: at(27, 8) })
    expect(hold.status).toBe(201)
    const free = await site.h.http('POST', '/api/booking/payments', { customer: customer('Ida'), holdToken: hold.body.token })
    expect(free.status).toBe(409)
    expect(free.body.errors[0].data.reason).toBe('payment-not-required')

    const late = await site.h.http('POST', '/api/booking/holds', { service: site.studio.services.cut, staff: site.studio.staff.anna, start: at(27, 12) })
    site.h.clock.set('2026-03-23T06:16:00Z')
    const expired = await site.h.http('POST', '/api/booking/payments', { customer: customer('Ida'), holdToken: late.body.token })
    expect(expired.status).toBe(409)
    expect(expired.body.errors[0].data.reason).toBe('hold-expired')
  })

  it('charges a deposit: a fixed amount per seat or a percentage, and the receipt names what is left to pay', async () => {
    await site.h.payload.update({ id: site.studio.services.colour, collection: 'services', data: { depositPercent: 25, payment: 'deposit' } as never })
    const { hold, pay } = await holdAndPay(site, { customer: customer('Tom'), service: site.studio.services.colour, start: at(27, 14) })
    expect(pay.body.payment).toMatchObject({ amount: 2000, kind: 'deposit', total: 8000 })
    await markPaid(pay.body.payment.id)
    expect((await findBooking(site, hold.id)).paymentStatus).toBe('deposit')
    await site.runQueue()
    const receipt = (await site.mail.waitFor(3)).find((m) => /Receipt/.test(m.subject ?? ''))!
    expect(receipt.text).toMatch(/Deposit paid: €20\.00/)
    expect(receipt.text).toMatch(/Due at the appointment: €60\.00/)
    await site.h.payload.update({ id: site.studio.services.colour, collection: 'services', data: { payment: 'none' } as never })
  })
})

describe('two attempts for one hold', () => {
  it('confirms with the first payment and refunds a second one in full', async () => {
    const { hold, pay } = await holdAndPay(site, { customer: customer('Rex'), start: at(25, 12) })
    const again = await site.h.http('POST', '/api/booking/payments', { customer: customer('Rex'), holdToken: hold.token })
    expect(again.status).toBe(201)
    expect((await markPaid(pay.body.payment.id)).body.result).toBe('confirmed')
    expect((await markPaid(again.body.payment.id)).body).toMatchObject({ payment: { refundedAmount: 4000, status: 'refunded' }, result: 'refunded' })
    expect(await findBooking(site, hold.id)).toMatchObject({ paymentStatus: 'paid', status: 'confirmed' })
    await site.runQueue()
    const rex = (await site.mail.waitFor(4)).filter((m) => to(m) === 'rex@example.com').map((m) => m.subject)
    expect(rex.some((s) => /Refund for your booking/.test(s ?? ''))).toBe(true)
    expect(rex.some((s) => /too late/.test(s ?? ''))).toBe(false)
  })
})

describe('the refund policy on cancellation', () => {
  const cancel = (booking: { cancelToken: string; reference: string }) =>
    site.h.http('POST', '/api/booking/cancel', { reference: booking.reference, token: booking.cancelToken })

  it('refunds in full at least 24 h before the start (customer link), recorded on the payment', async () => {
    const booking = await paidBooking(13, customer('Max'))
    site.h.clock.set('2026-03-25T09:00:00Z') // 24 h before Thursday 09:00Z... the booking is at 13:00Z: 28 h
    const res = await cancel(booking)
    expect(res.status).toBe(200)
    expect(res.body.booking.refund).toEqual({ amount: 4000, currency: 'EUR', percent: 100 })
    await site.runQueue()
    const [payment] = await paymentsOf(site, booking.id)
    expect(payment).toMatchObject({ refundedAmount: 4000, status: 'refunded' })
    expect(payment!.refunds).toHaveLength(1)
    expect(payment!.refunds[0]).toMatchObject({ amount: 4000, status: 'pending' }) // manual: staff pay back by hand
    expect((await findBooking(site, booking.id)).paymentStatus).toBe('refunded')
    const messages = await site.mail.waitFor(1)
    expect(messages.some((m) => /Refund for your booking/.test(m.subject ?? '') && /€40\.00/.test(m.text ?? ''))).toBe(true)
  })

  it('refunds half later than 24 h before the start', async () => {
    const booking = await paidBooking(14, customer('Ada'))
    site.h.clock.set('2026-03-26T10:00:00Z') // 4 h before
    expect((await cancel(booking)).body.booking.refund).toMatchObject({ amount: 2000, percent: 50 })
    await site.runQueue()
    const [payment] = await paymentsOf(site, booking.id)
    expect(payment).toMatchObject({ refundedAmount: 2000, status: 'partially-refunded' })
    expect((await findBooking(site, booking.id)).paymentStatus).toBe('partially-refunded')
    await site.runQueue() // a second run refunds nothing more
    expect((await paymentsOf(site, booking.id))[0]!.refunds).toHaveLength(1)
  })

  it('applies the policy when staff cancel in the admin, and refunds nothing for a no-show', async () => {
    const staffCancel = await paidBooking(15, customer('Bob'))
    site.h.clock.set('2026-03-24T09:00:00Z') // > 24 h before
    const adminUser = site.studio.adminUser
    await site.h.payload.update({
      id: staffCancel.id,
      collection: 'bookings',
      data: { cancellation: { reason: 'Customer phoned' }, status: 'cancelled' },
      overrideAccess: false,
      user: { ...adminUser, collection: 'users', role: 'admin' } as never,
    })
    await site.runQueue()
    expect((await paymentsOf(site, staffCancel.id))[0]).toMatchObject({ refundedAmount: 4000, status: 'refunded' })

    site.h.clock.set('2026-03-23T06:00:00Z')
    const noShow = await paidBooking(10, customer('Kim'), 25)
    site.h.clock.set('2026-03-26T17:00:00Z')
    await site.h.payload.update({ id: noShow.id, collection: 'bookings', data: { status: 'no-show' } })
    await site.runQueue()
    expect((await paymentsOf(site, noShow.id))[0]).toMatchObject({ refundedAmount: 0, status: 'paid' })
    expect((await findBooking(site, noShow.id)).paymentStatus).toBe('paid')
  })
})

describe('refunds staff pay back by hand (manual provider)', () => {
  const markRefunded = (paymentId: number | string, body: unknown, headers = admin) =>
    site.h.http('POST', `/api/booking/payments/${paymentId}/mark-refunded`, body, headers)
  const cancel = (booking: { cancelToken: string; reference: string }) =>
    site.h.http('POST', '/api/booking/cancel', { reference: booking.reference, token: booking.cancelToken })

  it('records a partial and then the rest, never more than was paid; the booking follows', async () => {
    const booking = await paidBooking(10, customer('Gus'), 24)
    expect((await markRefunded(booking.paymentId, { amount: 1500 }, {})).status).toBe(401)
    expect((await markRefunded(booking.paymentId, { amount: 1500 }, await site.auth('anna@example.com', 'anna-password'))).status).toBe(403)
    for (const amount of [0, -5, 12.5, '1500']) {
      const bad = await markRefunded(booking.paymentId, { amount })
      expect(bad.status, String(amount)).toBe(400)
      expect(bad.body.errors[0].field).toBe('amount')
    }

    const partial = await markRefunded(booking.paymentId, { amount: 1500, reason: 'Came late, goodwill' })
    expect(partial.status).toBe(200)
    expect(partial.body.payment).toMatchObject({ refundedAmount: 1500, status: 'partially-refunded' })
    expect(await findBooking(site, booking.id)).toMatchObject({ paymentStatus: 'partially-refunded', status: 'confirmed' })
    const [payment] = await paymentsOf(site, booking.id)
    expect(payment!.refunds).toHaveLength(1)
    expect(payment!.refunds[0]).toMatchObject({ amount: 1500, reason: 'Came late, goodwill', recordedBy: 'admin@example.com', status: 'succeeded' })

    const tooMuch = await markRefunded(booking.paymentId, { amount: 2501 })
    expect(tooMuch.status).toBe(400)
    expect(tooMuch.body.errors[0].message).toMatch(/at most 2500/)
    const rest = await markRefunded(booking.paymentId, { amount: 2500 })
    expect(rest.body.payment).toMatchObject({ refundedAmount: 4000, status: 'refunded' })
    expect((await findBooking(site, booking.id)).paymentStatus).toBe('refunded')
    expect((await markRefunded(booking.paymentId, { amount: 1 })).status).toBe(409) // nothing left
    const lookup = await site.h.http('GET', `/api/booking/lookup?reference=${booking.reference}&token=${booking.cancelToken}`)
    expect(lookup.body.booking.paymentStatus).toBe('refunded')
  })

  it('records two refunds at once without refunding more than was paid', async () => {
    const booking = await paidBooking(11, customer('Hal'), 24)
    const answers = await Promise.all([markRefunded(booking.paymentId, { amount: 3000 }), markRefunded(booking.paymentId, { amount: 3000 })])
    expect(answers.map((a) => a.status).sort()).toEqual([200, 400])
    expect((await paymentsOf(site, booking.id))[0]).toMatchObject({ refundedAmount: 3000, status: 'partially-refunded' })
  })

  it('marks a refund the policy recorded as paid back, and refuses pending and non-manual payments', async () => {
    const booking = await paidBooking(8, customer('Ivy'), 25)
    site.h.clock.set('2026-03-23T07:00:00Z') // more than 24 h before: a full refund, recorded as pending
    await cancel(booking)
    await site.runQueue()
    expect((await paymentsOf(site, booking.id))[0]!.refunds[0]).toMatchObject({ amount: 4000, status: 'pending' })
    const done = await markRefunded(booking.paymentId, {})
    expect(done.status).toBe(200)
    const [payment] = await paymentsOf(site, booking.id)
    expect(payment).toMatchObject({ refundedAmount: 4000, status: 'refunded' })
    expect(payment!.refunds).toHaveLength(1)
    expect(payment!.refunds[0]).toMatchObject({ amount: 4000, recordedBy: 'admin@example.com', status: 'succeeded' })
    expect((await markRefunded(booking.paymentId, {})).status).toBe(400) // nothing waits any more

    const { pay } = await holdAndPay(site, { customer: customer('Joy'), start: at(24, 14) })
    const pending = await markRefunded(pay.body.payment.id, { amount: 100 })
    expect(pending.status).toBe(409)
    expect(pending.body.errors[0].data.reason).toBe('not-refundable')
    expect((await markRefunded(999_999, { amount: 100 })).status).toBe(404)
  })
})
