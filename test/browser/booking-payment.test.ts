import type { Page } from 'playwright-core'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { DevSite } from '../helpers/devSite.ts'

import { request } from '../helpers/harness.ts'
import { ADMIN_EMAIL, ADMIN_PASSWORD, COMPILE_TIMEOUT, startDevSite } from '../helpers/devSite.ts'

// "Pay and book" on the seeded /book page: the Yoga class is paid online (`payment: 'required'`)
// and the dev site takes payments with the manual provider, so the admin marks the payment paid.

let site: DevSite
let auth: Record<string, string>
/** The payment the first test marks paid (the second refunds part of it by hand). */
let paidPayment: { bookingId: number | string; id: number | string } | null = null

const admin = async (method: 'GET' | 'POST', pathname: string) => {
  const res = await request(site.base, method, pathname, method === 'POST' ? {} : undefined, auth)
  expect(res.status, JSON.stringify(res.body)).toBe(200)
  return res.body
}

const widget = (page: Page) => page.locator('section.pbw-widget')

beforeAll(async () => {
  // No Stripe keys: the dev site uses the manual provider.
  site = await startDevSite({ STRIPE_SECRET_KEY: '' })
  const login = await request(site.base, 'POST', '/api/users/login', { email: ADMIN_EMAIL, password: ADMIN_PASSWORD })
  auth = { Authorization: `JWT ${login.body.token}` }
}, COMPILE_TIMEOUT + 60_000)

afterAll(async () => {
  await site?.stop()
})

describe('"Pay and book" in the booking widget', () => {
  it('shows the price, holds the time while the payment is pending, and confirms once the admin marks it paid', async () => {
    const page = await site.newPage()
    await page.goto(`${site.base}/book`, { timeout: COMPILE_TIMEOUT })
    await page.locator('section.pbw-widget[data-ready="true"]').waitFor({ timeout: 60_000 })
    // The price is known before a time is picked.
    const yoga = widget(page).getByRole('button', { name: /Yoga class/ })
    expect(await yoga.innerText()).toContain('Paid online when you book: €18.00')
    await yoga.click()
    await expect.poll(() => widget(page).innerText(), { timeout: 30_000 }).toContain('Paid online when you book: €18.00')
    await widget(page).getByRole('button', { name: /^Choose / }).first().click()
    await widget(page).getByRole('timer').waitFor({ timeout: 30_000 })
    await widget(page).getByLabel('Name').fill('Paula Pays')
    await widget(page).getByRole('textbox', { name: /^E-mail/ }).fill('paula@example.com')
    // Paid services say so on the button (no "Book now").
    expect(await widget(page).getByRole('button', { name: 'Book now' }).count()).toBe(0)
    await widget(page).getByRole('button', { name: 'Pay and book' }).click()

    // Pending: held (the countdown goes on), confirmed once the business receives the payment.
    await widget(page).getByText('Your time is held; it is confirmed once the business receives your payment.').waitFor({ timeout: 30_000 })
    expect(await widget(page).getByRole('timer').innerText()).toMatch(/holding this time for you for \d+:\d\d/)
    const text = await widget(page).innerText()
    expect(text).toContain('To pay: €18.00')
    const reference = /BK-[2-9A-Z]{8}/.exec(text)?.[0]
    expect(reference).toBeTruthy()
    const held = (await admin('GET', `/api/bookings?where[reference][equals]=${reference}&depth=0`)).docs[0]
    expect(held).toMatchObject({ paymentStatus: 'pending', status: 'held' })

    // The admin received the money: mark it paid, run the queue (receipt e-mail).
    const paymentDoc = (await admin('GET', `/api/booking-payments?where[booking][equals]=${held.id}&depth=0`)).docs[0]
    expect(paymentDoc).toMatchObject({ amount: 1800, kind: 'full', provider: 'manual', status: 'pending' })
    await admin('POST', `/api/booking/payments/${paymentDoc.id}/mark-paid`)
    await admin('GET', '/api/payload-jobs/run?queue=booking')

    // The widget's poll sees it: the normal confirmation, with the calendar file and the manage link.
    await widget(page).getByRole('heading', { name: 'You are booked' }).waitFor({ timeout: 30_000 })
    expect(await widget(page).innerText()).toContain(reference!)
    const ics = decodeURIComponent((await widget(page).getByRole('link', { name: /Add to calendar/ }).getAttribute('href'))!)
    expect(ics).toContain(`UID:${reference}@payload-booking`)
    expect(await widget(page).getByRole('link', { name: 'Manage or cancel' }).count()).toBe(1)
    const stored = (await admin('GET', `/api/bookings?where[reference][equals]=${reference}&depth=0`)).docs[0]
    expect(stored).toMatchObject({ customer: { email: 'paula@example.com', name: 'Paula Pays' }, paymentStatus: 'paid', status: 'confirmed' })
    paidPayment = { bookingId: held.id, id: paymentDoc.id }
    await page.close()
  })

  it('records money paid back by hand from the payment\'s sidebar ("Mark refunded")', async () => {
    expect(paidPayment).not.toBeNull()
    const page = await site.newPage()
    await site.login(page)
    await page.goto(`${site.base}/admin/collections/booking-payments/${paidPayment!.id}`, { timeout: COMPILE_TIMEOUT })
    const amount = page.getByLabel('Amount paid back (EUR)')
    await amount.waitFor({ timeout: 60_000 })
    expect(await amount.inputValue()).toBe('18') // what is left to refund
    await amount.fill('5.50')
    await page.getByLabel('Note (optional)').fill('Mat was missing')
    await page.getByRole('button', { name: 'Mark refunded' }).click()
    await expect
      .poll(async () => (await admin('GET', `/api/booking-payments/${paidPayment!.id}?depth=0`)).refundedAmount, { timeout: 30_000 })
      .toBe(550)
    const payment = await admin('GET', `/api/booking-payments/${paidPayment!.id}?depth=0`)
    expect(payment).toMatchObject({ status: 'partially-refunded' })
    expect(payment.refunds[0]).toMatchObject({ amount: 550, reason: 'Mat was missing', recordedBy: ADMIN_EMAIL, status: 'succeeded' })
    expect((await admin('GET', `/api/bookings/${paidPayment!.bookingId}?depth=0`)).paymentStatus).toBe('partially-refunded')
    // The page reloads and offers the rest.
    await expect.poll(() => amount.inputValue(), { timeout: 30_000 }).toBe('12.5')
    await page.close()
  }, COMPILE_TIMEOUT)
})
