import type { Page } from 'playwright-core'

import { mkdirSync, statSync } from 'node:fs'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { DevSite } from '../helpers/devSite.ts'

import { request } from '../helpers/harness.ts'
import { ADMIN_EMAIL, ADMIN_PASSWORD, COMPILE_TIMEOUT, startDevSite } from '../helpers/devSite.ts'

// The seeded /book page of the dev app in real Chromium. Holds last 20 s here
// (BOOKING_HOLD_MINUTES), so one test can watch a hold run out.
const HOLD_SECONDS = 20

let site: DevSite
let auth: Record<string, string>

const admin = async (pathname: string) => {
  const res = await request(site.base, 'GET', pathname, undefined, auth)
  expect(res.status, JSON.stringify(res.body)).toBe(200)
  return res.body
}

const serviceId = async (name: string) => {
  const body = await admin(`/api/services?where[name][equals]=${encodeURIComponent(name)}&depth=0`)
  return body.docs[0].id as number
}

/** The widget (the second booking block on the page; the first is the services list). */
const widget = (page: Page) => page.locator('section.pbw-widget')

const focused = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null
    return el ? `${el.tagName} ${el.getAttribute('aria-label') ?? ''} ${(el.textContent ?? '').trim()}`.slice(0, 120) : ''
  })

/** Presses Tab until the focused element matches; fails after `max` presses. */
const tabTo = async (page: Page, match: RegExp, max = 60) => {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab')
    if (match.test(await focused(page))) return
  }
  throw new Error(`never reached ${match} by Tab; focus is on ${await focused(page)}`)
}

const openBookPage = async (page: Page, query = '') => {
  await page.goto(`${site.base}/book${query}`, { timeout: COMPILE_TIMEOUT })
  // Hydrated: the client widget marks itself once its handlers are attached.
  await page.locator('section.pbw-widget[data-ready="true"]').waitFor({ timeout: 60_000 })
}

beforeAll(async () => {
  site = await startDevSite({ BOOKING_HOLD_MINUTES: String(HOLD_SECONDS / 60) })
  const login = await request(site.base, 'POST', '/api/users/login', { email: ADMIN_EMAIL, password: ADMIN_PASSWORD })
  auth = { Authorization: `JWT ${login.body.token}` }
}, COMPILE_TIMEOUT + 60_000)

afterAll(async () => {
  await site?.stop()
})

describe('the booking widget on /book', () => {
  it('books a haircut start to end with the keyboard only', async () => {
    const page = await site.newPage()
    await openBookPage(page)
    await tabTo(page, /^BUTTON .*Haircut/)
    await page.keyboard.press('Enter')
    // The time step takes the focus, proposes the best times and names the zone.
    await expect.poll(() => focused(page)).toMatch(/^H3 .*Choose a time/)
    await expect.poll(() => widget(page).innerText()).toContain('Times in Europe/Berlin')
    // The first availability call compiles its route in `next dev`: wait for the times themselves.
    await widget(page).getByRole('button', { name: /^Choose / }).first().waitFor({ timeout: 60_000 })
    await tabTo(page, /^BUTTON Choose /)
    const chosen = await page.evaluate(() => document.activeElement!.getAttribute('data-start'))
    await page.keyboard.press('Enter')
    // A hold: the confirm step with its countdown.
    await expect.poll(() => focused(page), { timeout: 30_000 }).toMatch(/^H3 .*Your details/)
    expect(await widget(page).getByRole('timer').innerText()).toMatch(/holding this time for you for 0:\d\d/)
    await page.keyboard.press('Tab')
    await page.keyboard.type('Eva Keyboard')
    await page.keyboard.press('Tab')
    await page.keyboard.type('eva.keyboard@example.com')
    await page.keyboard.press('Tab')
    await page.keyboard.type('+49 30 5550100')
    await tabTo(page, /^BUTTON .*Book now/, 3)
    await page.keyboard.press('Enter')
    await expect.poll(() => focused(page), { timeout: 30_000 }).toMatch(/^H3 .*You are booked/)
    const text = await widget(page).innerText()
    const reference = /BK-[2-9A-Z]{8}/.exec(text)?.[0]
    expect(reference).toBeTruthy()
    // The calendar file and the manage link are there, and reachable by keyboard.
    const ics = decodeURIComponent((await widget(page).getByRole('link', { name: /Add to calendar/ }).getAttribute('href'))!)
    expect(ics).toContain(`UID:${reference}@payload-booking`)
    await tabTo(page, /^A .*Manage or cancel/, 5)
    // In the database: confirmed, for the visitor, at the time chosen.
    const stored = (await admin(`/api/bookings?where[reference][equals]=${reference}&depth=0`)).docs[0]
    expect(stored).toMatchObject({ customer: { email: 'eva.keyboard@example.com', name: 'Eva Keyboard' }, source: 'online', status: 'confirmed' })
    expect(new Date(stored.start).toISOString()).toBe(chosen)
    await page.close()
  })

  it('a request-only service sets expectations, says "Request now" and creates a request', async () => {
    const page = await site.newPage()
    await openBookPage(page)
    await widget(page).getByRole('button', { name: /Personal styling consultation/ }).click()
    await expect.poll(() => widget(page).innerText()).toContain('cannot be booked immediately')
    await widget(page).getByRole('button', { name: /^Choose / }).first().click()
    await widget(page).getByLabel('Name').fill('Rita Request')
    await widget(page).getByRole('textbox', { name: /^Phone/ }).fill('+49 30 5550199')
    await widget(page).getByLabel('Message (optional)').fill('Before the wedding, please')
    expect(await widget(page).innerText()).toContain('The business will receive your request and let you know')
    await widget(page).getByRole('button', { name: 'Request now' }).click()
    await widget(page).getByText('Our staff will be in touch with you soon').waitFor({ timeout: 30_000 })
    const reference = /RQ-[2-9A-Z]{8}/.exec(await widget(page).innerText())?.[0]
    expect(reference).toBeTruthy()
    const stored = (await admin(`/api/booking-requests?where[reference][equals]=${reference}&depth=0`)).docs[0]
    expect(stored).toMatchObject({ customer: { name: 'Rita Request', phone: '+49 30 5550199' }, message: 'Before the wedding, please', status: 'new' })
    expect(stored.preferredStart).toBeTruthy()
    await page.close()
  })

  it('when the hold runs out, the visitor is told and picks a time again', async () => {
    const page = await site.newPage()
    await openBookPage(page)
    await widget(page).getByRole('button', { name: /Beard trim/ }).click()
    await widget(page).getByRole('button', { name: /^Choose / }).first().click()
    await widget(page).getByRole('timer').waitFor({ timeout: 30_000 })
    const notice = widget(page).getByRole('alert').filter({ hasText: 'expired' })
    await notice.waitFor({ timeout: (HOLD_SECONDS + 15) * 1000 })
    expect(await notice.innerText()).toContain('Your reserved time has expired and was released. Please choose a time again.')
    // Back on the time step, with times to pick from; picking one holds again.
    await expect.poll(() => focused(page)).toMatch(/expired/)
    await widget(page).getByRole('button', { name: /^Choose / }).first().click()
    await widget(page).getByRole('timer').waitFor({ timeout: 30_000 })
    await page.close()
  })

  it('losing the race for a time says so plainly and shows fresh times', async () => {
    const page = await site.newPage()
    await openBookPage(page)
    await widget(page).getByRole('button', { name: /Colour/ }).click()
    const staffSelect = widget(page).getByLabel('With whom')
    await staffSelect.waitFor()
    const anna = await staffSelect.locator('option', { hasText: 'Anna' }).getAttribute('value')
    await staffSelect.selectOption(anna!)
    const first = widget(page).getByRole('button', { name: /^Choose / }).first()
    await expect.poll(() => first.getAttribute('data-start')).toBeTruthy()
    const start = (await first.getAttribute('data-start'))!
    // Someone else books that very time with Anna first.
    const rival = await request(site.base, 'POST', '/api/booking/bookings', {
      customer: { email: 'rival@example.com', name: 'Rival' },
      service: await serviceId('Colour'),
      staff: Number(anna),
      start,
    })
    expect(rival.status, JSON.stringify(rival.body)).toBe(201)
    await first.click()
    const notice = widget(page).getByRole('alert').filter({ hasText: 'someone else has just taken that time' })
    await notice.waitFor({ timeout: 30_000 })
    // Fresh times are loaded, without the one that was lost.
    await expect.poll(() => widget(page).getByRole('button', { name: /^Choose / }).count(), { timeout: 30_000 }).toBeGreaterThan(0)
    expect(await widget(page).locator(`button[data-start="${start}"]`).count()).toBe(0)
    await page.close()
  })

  it('shows only the proposals of a "suggest" service, and nothing but a request form for a "request" one', async () => {
    const patch = async (id: number, data: Record<string, unknown>) => {
      const res = await fetch(`${site.base}/api/services/${id}`, {
        body: JSON.stringify(data),
        headers: { ...auth, 'content-type': 'application/json' },
        method: 'PATCH',
      })
      expect(res.status).toBe(200)
    }
    const beard = await serviceId('Beard trim')
    const colour = await serviceId('Colour')
    await patch(beard, { disclosure: 'suggest', suggestCount: 3 })
    await patch(colour, { disclosure: 'request' })
    try {
      const page = await site.newPage()
      await openBookPage(page, `?service=${beard}&lang=fr`)
      const times = widget(page).getByRole('button', { name: /^Choisir / })
      await expect.poll(() => times.count(), { timeout: 30_000 }).toBeGreaterThan(0)
      expect(await times.count()).toBeLessThanOrEqual(3)
      expect(await widget(page).innerText()).toContain('Horaires en Europe/Berlin')
      // "Other days": one day, again at most 3 times.
      const day = new Date(Date.parse((await times.last().getAttribute('data-start'))!) + 86_400_000).toISOString().slice(0, 10)
      await widget(page).getByLabel('Autres jours : choisissez une date').fill(day)
      await widget(page).getByRole('button', { name: 'Afficher les horaires' }).click()
      await expect.poll(() => widget(page).locator('h4').first().innerText()).not.toBe('Meilleurs horaires')
      expect(await times.count()).toBeLessThanOrEqual(3)

      await widget(page).getByRole('button', { name: 'Changer de prestation' }).click()
      await widget(page).getByRole('button', { name: /Coloration/ }).click()
      await expect.poll(() => widget(page).innerText()).toContain('ne peut pas être réservée immédiatement')
      expect(await widget(page).locator('button[data-start]').count()).toBe(0)
      await widget(page).getByLabel('Date').fill(day)
      await widget(page).getByLabel('Heure').fill('10:30')
      await widget(page).getByRole('button', { name: 'Continuer' }).click()
      await widget(page).getByLabel('Nom').fill('Claire Propose')
      await widget(page).getByRole('textbox', { name: /^E-mail/ }).fill('claire@example.com')
      await widget(page).getByRole('button', { name: 'Demander maintenant' }).click()
      await widget(page).getByText('Notre équipe vous contactera prochainement').waitFor({ timeout: 30_000 })
      const reference = /RQ-[2-9A-Z]{8}/.exec(await widget(page).innerText())?.[0]
      const stored = (await admin(`/api/booking-requests?where[reference][equals]=${reference}&depth=0`)).docs[0]
      expect(stored).toMatchObject({ customer: { email: 'claire@example.com', locale: 'fr', name: 'Claire Propose' }, status: 'new' })
      // 10:30 in Berlin, whatever the browser's zone.
      const berlin = new Intl.DateTimeFormat('en-GB', { hour: '2-digit', minute: '2-digit', timeZone: 'Europe/Berlin' })
      expect(berlin.format(new Date(stored.preferredStart))).toBe('10:30')
      await page.close()
    } finally {
      await patch(beard, { disclosure: 'all' })
      await patch(colour, { disclosure: 'all' })
    }
  })

  it('fits a 360 px wide screen (screenshot in docs/)', async () => {
    const page = await site.newPage({ height: 740, width: 360 })
    await openBookPage(page, `?service=${await serviceId('Haircut')}`)
    await widget(page).getByRole('button', { name: /^Choose / }).first().waitFor({ timeout: 30_000 })
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)
    expect(overflow).toBeLessThanOrEqual(0)
    // Next's dev-mode badge is not part of the widget.
    await page.evaluate(() => document.querySelectorAll('nextjs-portal').forEach((el) => el.remove()))
    const file = path.resolve('docs/booking-widget-360.png')
    mkdirSync(path.dirname(file), { recursive: true })
    await widget(page).screenshot({ path: file })
    expect(statSync(file).size).toBeLessThan(250_000)
    await page.close()
  })
})
