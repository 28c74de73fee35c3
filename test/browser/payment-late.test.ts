import type { Page } from 'playwright-core'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { DevSite } from '../helpers/devSite.ts'
import type { FakeStripe } from '../helpers/fakeStripe.ts'

import { ADMIN_EMAIL, ADMIN_PASSWORD, COMPILE_TIMEOUT, startDevSite } from '../helpers/devSite.ts'
import { startFakeStripe } from '../helpers/fakeStripe.ts'
import { request } from '../helpers/harness.ts'

// "Pay and book" with Stripe Checkout on the seeded /book page: the dev site's Stripe provider
// talks to a local stand-in of Stripe's API, whose hosted page pays (or goes back) and returns the
// visitor to /book. The widget picks up where it was and asks /payments/status until the payment
// settles: the confirmation, or "your payment came too late" when the hold ran out and the time
// was taken meanwhile. Holds last 40 s here (BOOKING_HOLD_MINUTES) so one test can watch one run out.
const HOLD_SECONDS = 40

let site: DevSite
let stripe: FakeStripe
let auth: Record<string, string>

const api = async (method: 'GET' | 'PATCH' | 'POST', pathname: string, body?: unknown) => {
  const res = await request(site.base, method as 'GET', pathname, body, auth)
  expect(res.status, JSON.stringify(res.body)).toBeLessThan(300)
  return res.body
}

const widget = (page: Page) => page.locator('section.pbw-widget')

/** Beard trim (one seat, paid online for this test), the first time offered, the details, "Pay and book". */
const payForBeardTrim = async (page: Page, name: string) => {
  await page.goto(`${site.base}/book`, { timeout: COMPILE_TIMEOUT })
  await page.locator('section.pbw-widget[data-ready="true"]').waitFor({ timeout: 60_000 })
  await widget(page).getByRole('button', { name: /Beard trim/ }).click()
  const choose = widget(page).getByRole('button', { name: /^Choose / }).first()
  await choose.waitFor({ timeout: 30_000 })
  const start = (await choose.getAttribute('data-start'))!
  await choose.click()
  await widget(page).getByRole('timer').waitFor({ timeout: 30_000 })
  await widget(page).getByLabel('Name').fill(name)
  const email = `${name.toLowerCase().replace(/\W+/g, '.')}@example.com`
  await widget(page).getByRole('textbox', { name: /^E-mail/ }).fill(email)
  await widget(page).getByRole('button', { name: 'Pay and book' }).click()
  // Off to Stripe's page (the stand-in's).
  await page.getByRole('heading', { name: 'Fake Stripe Checkout' }).waitFor({ timeout: 30_000 })
  const held = (await api('GET', `/api/bookings?where[customer.email][equals]=${encodeURIComponent(email)}&depth=0`)).docs[0]
  expect(held).toMatchObject({ paymentStatus: 'pending', status: 'held' })
  expect(new Date(held.start).toISOString()).toBe(start)
  return { email, held, start }
}

beforeAll(async () => {
  stripe = await startFakeStripe()
  site = await startDevSite({
    BOOKING_HOLD_MINUTES: String(HOLD_SECONDS / 60),
    STRIPE_API_URL: `http://127.0.0.1:${stripe.port}`,
    STRIPE_SECRET_KEY: 'sk_test_browser',
    STRIPE_WEBHOOK_SECRET: 'whsec_test_browser',
  })
  const login = await request(site.base, 'POST', '/api/users/login', { email: ADMIN_EMAIL, password: ADMIN_PASSWORD })
  auth = { Authorization: `JWT ${login.body.token}` }
  const beard = (await api('GET', '/api/services?where[name][equals]=Beard trim&depth=0')).docs[0]
  await api('PATCH', `/api/services/${beard.id}`, { payment: 'required' })
}, COMPILE_TIMEOUT + 60_000)

afterAll(async () => {
  await site?.stop()
  await stripe?.close()
})

describe('Stripe Checkout in the booking widget', () => {
  it('goes to Stripe and back: "Back" keeps the hold and offers to pay again, "Pay" confirms the booking', async () => {
    const page = await site.newPage()
    const { held } = await payForBeardTrim(page, 'Chris Checkout')
    const session = [...stripe.sessions.values()].find((s) => s.metadata.bookingId === String(held.id))!
    expect(session).toMatchObject({ amount_total: 1500, currency: 'eur', customer_email: 'chris.checkout@example.com' })

    // "Back": the widget is where the visitor left it, the countdown still running.
    await page.getByRole('link', { name: 'Back' }).click()
    await widget(page).getByRole('link', { name: 'Pay and book' }).waitFor({ timeout: 60_000 })
    expect(await widget(page).getByRole('timer').innerText()).toMatch(/holding this time for you for 0:\d\d/)
    expect(page.url()).not.toContain('pbw_checkout') // the return parameters leave the address bar

    await widget(page).getByRole('link', { name: 'Pay and book' }).click()
    await page.getByRole('button', { name: 'Pay' }).click()
    // Back from a paid checkout: the widget asks the plugin, which asks Stripe (no webhook needed).
    await widget(page).getByRole('heading', { name: 'You are booked' }).waitFor({ timeout: 60_000 })
    expect(await widget(page).innerText()).toContain(held.reference)
    expect(await widget(page).getByRole('link', { name: 'Manage or cancel' }).count()).toBe(1)
    expect(await api('GET', `/api/bookings/${held.id}?depth=0`)).toMatchObject({ paymentStatus: 'paid', status: 'confirmed' })
    await page.close()
  }, COMPILE_TIMEOUT)

  it('says the payment came too late, and refunds it, when the hold ran out and the time was taken', async () => {
    const page = await site.newPage()
    const { held, start } = await payForBeardTrim(page, 'Lena Late')
    // The visitor lingers on Stripe's page; the hold runs out and a caller gets the time.
    await new Promise((resolve) => setTimeout(resolve, Date.parse(held.holdExpiresAt) - Date.now() + 1500))
    await api('POST', '/api/bookings', {
      customer: { name: 'Caller', phone: '+49 30 5550111' },
      service: held.service,
      source: 'phone',
      staff: held.staff,
      start,
      status: 'confirmed',
    })

    await page.getByRole('button', { name: 'Pay' }).click()
    await widget(page).getByText('Your payment came too late: the time was no longer free. It has been refunded. Please choose another time.').waitFor({ timeout: 60_000 })
    // Back at the times, to pick another.
    await widget(page).getByRole('button', { name: /^Choose / }).first().waitFor({ timeout: 30_000 })
    expect(await api('GET', `/api/bookings/${held.id}?depth=0`)).toMatchObject({ paymentStatus: 'refunded', status: 'cancelled' })
    const session = [...stripe.sessions.values()].find((s) => s.metadata.bookingId === String(held.id))!
    expect(stripe.refunds).toContainEqual(expect.objectContaining({ amount: 1500, paymentIntent: session.payment_intent }))
    const confirmed = (await api('GET', `/api/bookings?where[start][equals]=${encodeURIComponent(start)}&where[staff][equals]=${held.staff}&where[status][equals]=confirmed&depth=0`)).docs
    expect(confirmed.map((b: { customer: { name: string } }) => b.customer.name)).toEqual(['Caller'])
    await page.close()
  }, COMPILE_TIMEOUT)
})
