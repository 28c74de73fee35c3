// The request queue in real Chromium against the dev site: a visitor's request arrives, the
// consultant logs in, sees the badge, declines one request with a reason and books another; then
// the database and the e-mails (a real SMTP round trip) say what happened.
import type { Page } from 'playwright-core'

import { mkdirSync } from 'node:fs'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { DevSite } from '../helpers/devSite.ts'
import type { MailCatcher } from '../helpers/mailCatcher.ts'

import { ADMIN_EMAIL, ADMIN_PASSWORD, COMPILE_TIMEOUT, startDevSite } from '../helpers/devSite.ts'
import { startMailCatcher } from '../helpers/mailCatcher.ts'

type Doc = Record<string, any>

let site: DevSite
let mail: MailCatcher
let page: Page
let adminToken: string

const api = async (method: string, pathname: string, body?: unknown, token: null | string = adminToken): Promise<Doc> => {
  const res = await fetch(site.base + pathname, {
    body: body === undefined ? undefined : JSON.stringify(body),
    headers: { ...(body === undefined ? {} : { 'Content-Type': 'application/json' }), ...(token ? { Authorization: `JWT ${token}` } : {}) },
    method,
  })
  const json = (await res.json()) as Doc
  expect(res.status, `${method} ${pathname}: ${JSON.stringify(json)}`).toBeLessThan(300)
  return json
}

/** Runs the booking queue now instead of waiting for the dev app's once-a-minute cron. */
const flushMail = async () => {
  await api('GET', '/api/payload-jobs/run?queue=booking&limit=50')
}

const mailTo = (address: string) =>
  mail.messages.filter((m) => (Array.isArray(m.to) ? m.to : [m.to]).some((to) => to?.text.includes(address)))

const waitForMailTo = async (address: string, content: RegExp) => {
  const started = Date.now()
  for (;;) {
    await flushMail()
    const found = mailTo(address).find((m) => content.test(`${m.subject}\n${m.text}`))
    if (found) {
      return found
    }
    if (Date.now() - started > 60_000) {
      throw new Error(`no mail to ${address} matching ${content}; got ${mail.messages.map((m) => m.subject).join(' | ')}`)
    }
    await new Promise((resolve) => setTimeout(resolve, 1000))
  }
}

let visitorRequest: Doc
let seededRequest: Doc
let freeStart: string

beforeAll(async () => {
  mail = await startMailCatcher()
  site = await startDevSite({ SMTP_URL: `smtp://127.0.0.1:${mail.port}` })
  adminToken = (await api('POST', '/api/users/login', { email: ADMIN_EMAIL, password: ADMIN_PASSWORD }, null)).token
  const queue = await api('GET', '/api/booking-requests/queue?tab=active')
  seededRequest = queue.docs[0]
  // A time Carla is free for the consultation: the first day with a free start, as the Book form sees it.
  const today = new Date()
  for (let day = 1; day <= 21 && !freeStart; day++) {
    const date = new Date(today.getTime() + day * 86_400_000).toISOString().slice(0, 10)
    const check = await api('GET', `/api/booking-requests/${seededRequest.id}/slots?date=${date}`)
    freeStart = check.slots[0]?.start
  }
  expect(freeStart, 'Carla has no free consultation time in the next three weeks').toBeTruthy()
  // The visitor asks through the public endpoint, like the booking page does.
  const created = await api(
    'POST',
    '/api/booking/requests',
    {
      customer: { email: 'lena@example.org', locale: 'de', name: 'Lena Vogel' },
      message: 'Ich hätte gern eine Beratung vor der Hochzeit.',
      preferredStart: freeStart,
      service: seededRequest.service.id,
      staff: seededRequest.staff.id,
    },
    null,
  )
  visitorRequest = created.request
  page = await site.newPage()
}, COMPILE_TIMEOUT + 120_000)

afterAll(async () => {
  await site?.stop()
  await mail?.stop()
})

describe('the request queue in the admin', () => {
  it('shows the consultant the new request and the badge with the count of unanswered ones', async () => {
    await site.login(page, 'carla@example.com', ADMIN_PASSWORD)
    await page.goto(`${site.base}/admin/booking-requests-queue`, { timeout: COMPILE_TIMEOUT })
    const row = page.locator(`tr[data-request="${visitorRequest.reference}"]`)
    await row.waitFor({ timeout: 90_000 })
    expect(await row.textContent()).toContain('Lena Vogel')
    expect(await row.locator('svg[aria-label="Not contacted yet"]').count()).toBe(1)
    // Two seeded requests and the visitor's: three wait for an answer.
    await expect.poll(() => page.locator('.booking-nav__badge').textContent(), { timeout: 30_000 }).toBe('3')
    expect(await page.getByRole('tab', { name: /Active/ }).textContent()).toContain('3')
  })

  it('declines a request with a reason: it leaves the Active tab, the badge drops, the customer is told why', async () => {
    const row = page.locator(`tr[data-request="${seededRequest.reference}"]`)
    await row.getByRole('button', { exact: true, name: 'Decline' }).click()
    const dialog = page.getByRole('dialog')
    await dialog.getByRole('button', { name: 'Decline request' }).click()
    // A blank reason is refused before anything is sent.
    await dialog.getByText('Please fill this in.').waitFor()
    await dialog.getByLabel(/Reason/).fill('We are closed for training that week.')
    await dialog.getByRole('button', { name: 'Decline request' }).click()
    await page.getByRole('status').filter({ hasText: 'Request declined' }).waitFor()
    await row.waitFor({ state: 'detached' })
    await expect.poll(() => page.locator('.booking-nav__badge').textContent()).toBe('2')

    const stored = await api('GET', `/api/booking-requests/${seededRequest.id}?depth=0`)
    expect(stored).toMatchObject({ declineReason: 'We are closed for training that week.', status: 'declined' })
    expect(stored.history.at(-1)).toMatchObject({ action: 'declined' })
    const message = await waitForMailTo(seededRequest.customer.email, /closed for training/)
    expect(message.text).toContain('We are closed for training that week.')

    await page.getByRole('tab', { name: /Declined/ }).click()
    await page.locator(`tr[data-request="${seededRequest.reference}"]`).waitFor()
    expect(page.url()).toContain('tab=declined')
  })

  it('books the visitor’s request at the preferred time the form shows as free; the customer gets the confirmation', async () => {
    await page.getByRole('tab', { name: /Active/ }).click()
    const row = page.locator(`tr[data-request="${visitorRequest.reference}"]`)
    await row.getByRole('button', { exact: true, name: 'Book' }).click()
    const dialog = page.getByRole('dialog')
    await dialog.getByText(/ is free$/).waitFor({ timeout: 30_000 })
    await mkdirScreenshot(page, 'request-queue-book.png')
    await dialog.getByRole('button', { name: 'Book now' }).click()
    const notice = page.getByRole('status').filter({ hasText: /Booked: BK-/ })
    await notice.waitFor()
    const reference = /BK-[2-9A-Z]{8}/.exec((await notice.textContent()) ?? '')![0]

    const stored = await api('GET', `/api/booking-requests/${visitorRequest.id}?depth=0`)
    expect(stored.status).toBe('booked')
    const { docs } = await api('GET', `/api/bookings?where[reference][equals]=${reference}&depth=0`)
    expect(docs).toHaveLength(1)
    expect(docs[0]).toMatchObject({ source: 'request', start: freeStart, status: 'confirmed' })
    expect(String(docs[0].id)).toBe(String(stored.booking))
    expect(String(docs[0].staff)).toBe(String(seededRequest.staff.id))
    const confirmation = await waitForMailTo('lena@example.org', new RegExp(reference))
    expect(confirmation.attachments.some((a) => a.contentType.startsWith('text/calendar'))).toBe(true)

    await page.getByRole('tab', { name: /Booked/ }).click()
    await page.locator(`tr[data-request="${visitorRequest.reference}"]`).waitFor()
    await mkdirScreenshot(page, 'request-queue.png')
  })
})

/** Screenshots for people, under test/artifacts/ (git-ignored). */
const mkdirScreenshot = async (target: Page, name: string) => {
  const dir = path.resolve('test/artifacts')
  mkdirSync(dir, { recursive: true })
  await target.screenshot({ path: path.join(dir, name) })
}
