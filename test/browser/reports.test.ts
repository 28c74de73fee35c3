import type { Page } from 'playwright-core'

import { readFile } from 'node:fs/promises'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { DevSite } from '../helpers/devSite.ts'

import { ADMIN_EMAIL, ADMIN_PASSWORD, COMPILE_TIMEOUT, startDevSite } from '../helpers/devSite.ts'

// The reports dashboard in real Chromium against the dev app (seeded demo studio, SQLite): the
// cards show what the endpoint answers for the same period, presets and filters land in the URL
// and survive a reload, the CSV downloads, and a staff user can pick only themselves. The
// browser runs in New York; the studio is in Berlin (periods are the studio's days).
const TZ = 'Europe/Berlin'

let site: DevSite
let page: Page
let token: string

const rest = async (path: string, bearer = token) => {
  const res = await fetch(`${site.base}${path}`, { headers: bearer ? { Authorization: `JWT ${bearer}` } : {} })
  return { body: (await res.json()) as any, status: res.status }
}
const loginToken = async (email: string) => {
  const res = await fetch(`${site.base}/api/users/login`, {
    body: JSON.stringify({ email, password: ADMIN_PASSWORD }),
    headers: { 'content-type': 'application/json' },
    method: 'POST',
  })
  return ((await res.json()) as { token: string }).token
}

/** This month's first and last date in Berlin, worked out here without the plugin's code. */
const thisMonth = () => {
  const today = new Intl.DateTimeFormat('en-CA', { day: '2-digit', month: '2-digit', timeZone: TZ, year: 'numeric' }).format(new Date())
  const [y, m] = [Number(today.slice(0, 4)), Number(today.slice(5, 7))]
  const last = new Date(Date.UTC(y, m, 0)).getUTCDate()
  return { from: `${today.slice(0, 7)}-01`, to: `${today.slice(0, 7)}-${String(last).padStart(2, '0')}` }
}

const card = async (label: string) => {
  const text = await page.getByRole('region', { name: label }).locator('.pb-reports__card-value').textContent()
  return text ?? ''
}
const settle = () => page.waitForFunction(() => !document.querySelector('.pb-reports')?.textContent?.includes('Loading'), null, { timeout: 30_000 })

beforeAll(async () => {
  site = await startDevSite()
  token = await loginToken(ADMIN_EMAIL)
  const context = await site.browser.newContext({ acceptDownloads: true, timezoneId: 'America/New_York', viewport: { height: 900, width: 1280 } })
  page = await context.newPage()
  await site.login(page)
}, COMPILE_TIMEOUT + 60_000)

afterAll(async () => {
  await site?.stop()
})

describe('the reports dashboard', () => {
  it("opens on this month and shows the endpoint's numbers", async () => {
    await page.goto(`${site.base}/admin/booking-reports`, { timeout: COMPILE_TIMEOUT })
    await page.getByRole('region', { name: 'Bookings' }).waitFor({ timeout: COMPILE_TIMEOUT })
    await settle()
    expect(new URL(page.url()).searchParams.get('preset')).toBe('thisMonth')
    const { from, to } = thisMonth()
    const api = (await rest(`/api/booking/reports?from=${from}&to=${to}`)).body
    expect(api.totals.bookings).toBeGreaterThan(0) // the seed books the next two weeks
    await expect.poll(() => card('Bookings')).toBe(String(api.totals.bookings))
    expect(await card('Requests')).toBe(String(api.totals.requests.received))
    expect(await page.locator('.recharts-wrapper').count()).toBe(3)
    expect(await page.locator('.pb-reports__tables tbody tr').count()).toBe(api.staff.length + api.services.length)
  })

  it('keeps a staff filter and a custom period in the URL, across a reload', async () => {
    const { from, to } = thisMonth()
    const api = (await rest(`/api/booking/reports?from=${from}&to=${to}`)).body
    const someone = api.choices.staff[0]
    await page.getByLabel('Staff member').selectOption(String(someone.id))
    await settle()
    await page.waitForURL((url) => url.searchParams.get('staff') === String(someone.id))
    const own = (await rest(`/api/booking/reports?from=${from}&to=${to}&staff=${someone.id}`)).body
    await expect.poll(() => card('Bookings')).toBe(String(own.totals.bookings))

    await page.getByLabel('From', { exact: true }).fill(from)
    await page.getByLabel('To', { exact: true }).fill(to.slice(0, 8) + '15')
    await settle()
    await page.waitForURL((url) => url.searchParams.get('to') === `${to.slice(0, 8)}15`)
    await page.reload()
    await page.getByRole('region', { name: 'Bookings' }).waitFor({ timeout: 60_000 })
    await settle()
    expect(await page.getByLabel('Staff member').inputValue()).toBe(String(someone.id))
    expect(await page.getByRole('button', { name: 'Custom' }).getAttribute('aria-pressed')).toBe('true')
    const half = (await rest(`/api/booking/reports?from=${from}&to=${to.slice(0, 8)}15&staff=${someone.id}`)).body
    await expect.poll(() => card('Bookings')).toBe(String(half.totals.bookings))

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByText('Download CSV').click()])
    expect(download.suggestedFilename()).toBe(`booking-report-${from}_${to.slice(0, 8)}15-staff-${someone.id}.csv`)
    const csv = await readFile((await download.path())!, 'utf8')
    const total = csv.replace(/^\uFEFF/, '').split('\r\n')[1]!.split(',')
    expect(total[0]).toBe('total')
    expect(Number(total[3])).toBe(half.totals.bookings)
  })

  it('lets a staff user pick only themselves', async () => {
    const staffToken = await loginToken('staff@example.com')
    const { from, to } = thisMonth()
    const own = (await rest(`/api/booking/reports?from=${from}&to=${to}`, staffToken)).body
    expect(own.choices.staff).toHaveLength(1)
    const context = await site.browser.newContext({ timezoneId: 'America/New_York', viewport: { height: 900, width: 1280 } })
    const staffPage = await context.newPage()
    await site.login(staffPage, 'staff@example.com', ADMIN_PASSWORD)
    await staffPage.goto(`${site.base}/admin/booking-reports?preset=thisMonth`, { timeout: COMPILE_TIMEOUT })
    await staffPage.getByRole('region', { name: 'Bookings' }).waitFor({ timeout: 60_000 })
    await staffPage.waitForFunction(() => document.querySelectorAll('select option').length > 2)
    const options = await staffPage.getByLabel('Staff member').locator('option').allTextContents()
    expect(options).toEqual(['All staff', own.choices.staff[0].name])
    await expect
      .poll(() => staffPage.getByRole('region', { name: 'Bookings' }).locator('.pb-reports__card-value').textContent())
      .toBe(String(own.totals.bookings))
    await context.close()
  })
})
