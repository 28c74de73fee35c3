import type { Page } from 'playwright-core'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { DevSite } from '../helpers/devSite.ts'

import { COMPILE_TIMEOUT, startDevSite } from '../helpers/devSite.ts'

// The dev app as a newcomer gets it from `npm run dev`, on a fresh database, in real Chromium.
let site: DevSite
let page: Page
let base: string

beforeAll(async () => {
  site = await startDevSite()
  base = site.base
  page = await site.newPage()
}, COMPILE_TIMEOUT + 60_000)

afterAll(async () => {
  await site?.stop()
})

describe('the dev site from npm run dev', () => {
  it('seeds the demo studio and prints the admin URL and the login from SEED_ADMIN_*', () => {
    expect(site.output()).toMatch(/Admin:\s+http:\/\/localhost:\d+\/admin/)
    expect(site.output()).toContain('owner@example.com / browser-test-pw')
  })

  it('logs in and lists the seeded bookings', async () => {
    await site.login(page)
    await page.goto(`${base}/admin/collections/bookings?limit=10`, { timeout: COMPILE_TIMEOUT })
    const rows = page.locator('table tbody tr')
    await rows.first().waitFor({ timeout: 60_000 })
    expect(await rows.count()).toBe(10)
    await expect.poll(() => page.locator('table tbody').textContent()).toMatch(/BK-[2-9A-Z]{8}/)
  })

  it('marks the request-only service in the services list', async () => {
    await page.goto(`${base}/admin/collections/services`, { timeout: COMPILE_TIMEOUT })
    const row = page.locator('table tbody tr', { hasText: 'consultation' })
    await row.waitFor({ timeout: 60_000 })
    expect(await row.textContent()).toContain('On request only')
    expect(await page.locator('table tbody tr', { hasText: 'Haircut' }).textContent()).toContain('Book instantly')
  })

  it('announces unanswered requests above the requests list', async () => {
    await page.goto(`${base}/admin/collections/booking-requests`, { timeout: COMPILE_TIMEOUT })
    const banner = page.getByRole('status').filter({ hasText: 'waiting for an answer' })
    await banner.waitFor({ timeout: 60_000 })
    expect(await banner.textContent()).toMatch(/2 new request/)
    // Both seeded requests are new: each row carries the "not contacted yet" mark.
    await expect.poll(() => page.locator('table tbody svg[aria-label="Not contacted yet"]').count()).toBe(2)
  })
})

describe('customer records in the admin', () => {
  it('lists the customers the seeded bookings made, and offers export and anonymisation on one', async () => {
    await page.goto(`${base}/admin/collections/booking-customers`, { timeout: COMPILE_TIMEOUT })
    const rows = page.locator('table tbody tr')
    await rows.first().waitFor({ timeout: 60_000 })
    expect(await rows.count()).toBeGreaterThan(1)
    await rows.first().locator('a').first().click()
    const exportLink = page.getByRole('link', { name: 'Export data (JSON)' })
    await exportLink.waitFor({ timeout: 60_000 })
    const href = await exportLink.getAttribute('href')
    expect(href).toMatch(/\/api\/booking\/customers\/\d+\/export$/)
    // The link downloads the customer's data with the admin's session.
    const data = await page.evaluate(async (url) => (await fetch(url!, { credentials: 'include' })).json(), href)
    expect(data.customer.email).toContain('@')
    expect(data.bookings.length).toBeGreaterThan(0)
    expect(await page.getByRole('button', { name: 'Anonymise' }).isVisible()).toBe(true)
  })
})
