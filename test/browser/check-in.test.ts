import type { Page } from 'playwright-core'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { DevSite } from '../helpers/devSite.ts'

import { qrSvg } from '../../src/react/manageQr.ts'
import { addDays, localDateOf, wallClockToInstant } from '../../src/scheduling/time.ts'
import { ADMIN_EMAIL, ADMIN_PASSWORD, COMPILE_TIMEOUT, startDevSite } from '../helpers/devSite.ts'

// Check-in in real Chromium against the dev app (seeded demo studio, SQLite): the customer's
// manage page shows the booking's QR code and cancels it; the admin's check-in view checks a
// typed reference in at once (and undoes it), and lists a phone number's bookings of today.
// Each result is read back over REST. The browser runs in New York; the studio is in Berlin.
const TZ = 'Europe/Berlin'
const PHONE = '+49 171 9876543'

let site: DevSite
let page: Page
let token: string
const made: Record<string, { id: number; reference: string }> = {}

const rest = async (path: string, init: RequestInit = {}) => {
  const res = await fetch(`${site.base}${path}`, {
    ...init,
    headers: { 'content-type': 'application/json', ...(token ? { Authorization: `JWT ${token}` } : {}), ...init.headers },
  })
  return { body: (await res.json()) as any, status: res.status }
}
const bookingDoc = async (id: number) => (await rest(`/api/bookings/${id}?depth=0`)).body

beforeAll(async () => {
  site = await startDevSite()
  const login = await rest('/api/users/login', { body: JSON.stringify({ email: ADMIN_EMAIL, password: ADMIN_PASSWORD }), method: 'POST' })
  token = login.body.token
  const services = (await rest('/api/services?depth=0&limit=50')).body.docs as { id: number; name: string }[]
  const haircut = services.find((s) => s.name === 'Haircut')!
  const people = (await rest('/api/staff?depth=0&limit=10')).body.docs as { id: number; name: string; services: number[] }[]
  const cutters = people.filter((p) => p.services.includes(haircut.id))
  // Today at 06:00 and 06:30 in Berlin, before anyone's working hours: free whatever the seed holds.
  const today = localDateOf(Date.now(), TZ)
  const at = (date: string, time: string) => new Date(wallClockToInstant(date, time, TZ)).toISOString()
  const book = async (key: string, staff: number, start: string, phone = PHONE) => {
    const res = await rest('/api/bookings?depth=0', {
      body: JSON.stringify({ customer: { name: `Greta ${key}`, phone }, service: haircut.id, source: 'phone', staff, start, status: 'confirmed' }),
      method: 'POST',
    })
    expect(res.status, JSON.stringify(res.body)).toBe(201)
    made[key] = { id: res.body.doc.id, reference: res.body.doc.reference }
  }
  await book('Early', cutters[0]!.id, at(today, '06:00'))
  await book('Second', cutters[1]!.id, at(today, '06:00'))
  await book('Tomorrow', cutters[0]!.id, at(addDays(today, 1), '06:00'))
  await book('Solo', cutters[0]!.id, at(today, '07:00'), '+49 160 1234567')
  const context = await site.browser.newContext({ timezoneId: 'America/New_York', viewport: { height: 800, width: 1280 } })
  page = await context.newPage()
}, COMPILE_TIMEOUT + 60_000)

afterAll(async () => {
  await site?.stop()
})

describe("the customer's manage page", () => {
  it('shows the booking with its QR code and reference, and cancels it', async () => {
    // A booking made online, as a customer would: the first free haircut time.
    const services = (await rest('/api/services?depth=0&limit=50')).body.docs as { id: number; name: string }[]
    const haircut = services.find((s) => s.name === 'Haircut')!
    const from = localDateOf(Date.now(), TZ)
    const slots = (await rest(`/api/booking/availability?service=${haircut.id}&from=${from}&to=${addDays(from, 13)}`)).body.slots
    const res = await fetch(`${site.base}/api/booking/bookings`, {
      body: JSON.stringify({ customer: { email: 'mia@example.org', name: 'Mia Manage' }, service: haircut.id, staff: slots[0].staff, start: slots[0].start }),
      headers: { 'content-type': 'application/json' },
      method: 'POST',
    })
    const { booking, cancelToken } = (await res.json()) as any
    expect(res.status).toBe(201)

    await page.goto(`${site.base}/booking/manage?reference=${booking.reference}&token=${encodeURIComponent(cancelToken)}`, { timeout: COMPILE_TIMEOUT })
    const manage = page.locator('.pbw-manage')
    const qr = manage.getByRole('img', { name: new RegExp(booking.reference) })
    await qr.waitFor({ timeout: COMPILE_TIMEOUT })
    // The code drawn is the QR code of the reference.
    expect(await qr.locator('path').getAttribute('d')).toBe(qrSvg(booking.reference).path)
    expect(await manage.locator('.pbw-reference').innerText()).toBe(booking.reference)
    expect(await manage.innerText()).toContain('Haircut')
    expect(await manage.innerText()).toContain('Times in Europe/Berlin')
    expect(await manage.locator('[data-status]').innerText()).toBe('Confirmed')

    await manage.getByRole('button', { name: 'Cancel booking' }).click()
    await manage.getByRole('button', { name: 'Yes, cancel it' }).click()
    await manage.getByRole('status').filter({ hasText: 'Your booking is cancelled.' }).waitFor()
    expect(await manage.locator('[data-status]').innerText()).toBe('Cancelled')
    expect((await bookingDoc(booking.id)).status).toBe('cancelled')
  }, COMPILE_TIMEOUT)
})

describe('the check-in view', () => {
  it('checks a typed reference in at once (any case, spaces) and undoes it', async () => {
    await site.login(page)
    await page.goto(`${site.base}/admin/booking-check-in`, { timeout: COMPILE_TIMEOUT })
    const input = page.getByLabel('Reference or phone number')
    await input.waitFor({ timeout: COMPILE_TIMEOUT })
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('pb-ci-query')

    const { id, reference } = made.Early!
    await input.pressSequentially(` ${reference.slice(0, 7).toLowerCase()} ${reference.slice(7)}`)
    await input.press('Enter')
    const outcome = page.getByTestId('checkin-outcome')
    await outcome.getByText('✓ Checked in').waitFor({ timeout: 60_000 })
    expect(await outcome.innerText()).toContain('Greta Early')
    expect(await outcome.innerText()).toContain('Haircut')
    expect((await bookingDoc(id)).checkedInAt).toBeTruthy()
    // Ready for the next scan.
    expect(await input.inputValue()).toBe('')
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('pb-ci-query')

    // Scanning it again says so instead of checking in twice.
    await input.fill(reference)
    await input.press('Enter')
    await outcome.getByText(/Already checked in at \d\d:\d\d/).waitFor()

    await outcome.getByRole('button', { name: 'Undo check-in' }).click()
    await outcome.getByText(`Check-in of ${reference} undone.`).waitFor()
    expect((await bookingDoc(id)).checkedInAt ?? null).toBeNull()
  }, COMPILE_TIMEOUT)

  it("lists a phone number's bookings of today, each checked in with one click", async () => {
    const input = page.getByLabel('Reference or phone number')
    await input.fill('0171 987 6543')
    await input.press('Enter')
    const list = page.getByTestId('checkin-list')
    await list.waitFor()
    const rows = list.locator('li')
    await expect.poll(() => rows.count()).toBe(2)
    const text = await list.innerText()
    expect(text).toContain(made.Early!.reference)
    expect(text).toContain(made.Second!.reference)
    expect(text).not.toContain(made.Tomorrow!.reference)
    expect(text).toContain('06:00–06:45')

    await rows.filter({ hasText: made.Second!.reference }).getByRole('button', { name: 'Check in' }).click()
    await rows.filter({ hasText: made.Second!.reference }).getByRole('button', { name: 'Undo check-in' }).waitFor()
    expect((await bookingDoc(made.Second!.id)).checkedInAt).toBeTruthy()
    expect((await bookingDoc(made.Early!.id)).checkedInAt ?? null).toBeNull()
  }, COMPILE_TIMEOUT)

  it("checks in a phone number's only booking of today with Enter", async () => {
    const input = page.getByLabel('Reference or phone number')
    await input.fill('0160 123 4567')
    await input.press('Enter')
    const outcome = page.getByTestId('checkin-outcome')
    await outcome.getByText('✓ Checked in').waitFor()
    expect(await outcome.innerText()).toContain('Greta Solo')
    expect((await bookingDoc(made.Solo!.id)).checkedInAt).toBeTruthy()
  }, COMPILE_TIMEOUT)
})
