import type { Page } from 'playwright-core'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { DevSite } from '../helpers/devSite.ts'

import { addDays, localDateOf, wallClockToInstant, weekdayOf } from '../../src/scheduling/time.ts'
import { ADMIN_EMAIL, ADMIN_PASSWORD, COMPILE_TIMEOUT, startDevSite } from '../helpers/devSite.ts'

// The admin calendar in real Chromium against the dev app (seeded demo studio, SQLite): a phone
// booking by clicking a free time, moved by drag and drop (later in the day, then to another
// staff member's column), and a conflicting one refused; each result read back over REST.
// The browser runs in New York: the calendar must still show and write Berlin wall-clock times.
const TZ = 'Europe/Berlin'

let site: DevSite
let page: Page
let token: string
let staff: { anna: number; ben: number }
let date: string

const rest = async (path: string, init: RequestInit = {}) => {
  const res = await fetch(`${site.base}${path}`, {
    ...init,
    headers: { 'content-type': 'application/json', ...(token ? { Authorization: `JWT ${token}` } : {}), ...init.headers },
  })
  return { body: (await res.json()) as any, status: res.status }
}

const bookingsOf = async (name: string) =>
  (await rest(`/api/bookings?depth=0&limit=10&where[customer.name][equals]=${encodeURIComponent(name)}`)).body.docs as any[]

const berlin = (time: string) => new Date(wallClockToInstant(date, time, TZ)).toISOString()

/** Scrolls the grid so `time` is in view and returns that point in the staff member's column. */
const pointAt = async (staffId: number, time: string, xFraction = 0.3) => {
  const minutes = Number(time.slice(0, 2)) * 60 + Number(time.slice(3))
  const column = page.locator(`.pb-cal__col[data-staff-id="${staffId}"]`)
  await page.evaluate((m) => {
    const wrap = document.querySelector('.pb-cal__grid-wrap')!
    const start = Number(document.querySelector('.pb-cal__grid')!.getAttribute('data-axis-start'))
    wrap.scrollTop = Math.max(0, m - start - 150)
  }, minutes)
  const axisStart = Number(await page.locator('.pb-cal__grid').getAttribute('data-axis-start'))
  const box = (await column.boundingBox())!
  return { x: box.x + box.width * xFraction, y: box.y + (minutes - axisStart) + 5 }
}

beforeAll(async () => {
  site = await startDevSite()
  const login = await rest('/api/users/login', { body: JSON.stringify({ email: ADMIN_EMAIL, password: ADMIN_PASSWORD }), method: 'POST' })
  token = login.body.token
  const people = (await rest('/api/staff?depth=0&limit=10')).body.docs as { id: number; name: string }[]
  staff = { anna: people.find((p) => p.name.startsWith('Anna'))!.id, ben: people.find((p) => p.name.startsWith('Ben'))!.id }
  // A Monday three weeks out: past the seeded two weeks, so Anna's and Ben's days are empty.
  date = addDays(localDateOf(Date.now(), TZ), 21)
  while (weekdayOf(date) !== 'mon') date = addDays(date, 1)
  const context = await site.browser.newContext({ timezoneId: 'America/New_York', viewport: { height: 800, width: 1280 } })
  page = await context.newPage()
}, COMPILE_TIMEOUT + 60_000)

afterAll(async () => {
  await site?.stop()
})

describe('the admin calendar', () => {
  it('opens the day view with a column per staff member', async () => {
    await site.login(page)
    await page.goto(`${site.base}/admin/booking-calendar?view=day&date=${date}`, { timeout: COMPILE_TIMEOUT })
    await page.locator(`.pb-cal__col[data-staff-id="${staff.anna}"]`).waitFor({ timeout: COMPILE_TIMEOUT })
    expect(await page.locator('.pb-cal__col-head').allTextContents()).toEqual(['Anna Müller', 'Ben Schneider', 'Carla Rossi'])
    expect(await page.locator('.pb-cal__header').textContent()).toContain('Europe/Berlin')
  }, COMPILE_TIMEOUT)

  it('creates a phone booking by clicking a free time, after a live "free" check', async () => {
    const at = await pointAt(staff.anna, '10:00')
    await page.mouse.click(at.x, at.y)
    const form = page.locator('form.pb-cal__form')
    await form.waitFor()
    await form.locator('select[name=service]').selectOption({ label: 'Haircut' })
    expect(await form.locator('input[name=start]').inputValue()).toBe('10:00')
    await form.locator('input[name=customerName]').fill('Paula Telefon')
    await form.locator('input[name=customerPhone]').fill('+49 30 5550100')
    await expect.poll(() => form.locator('.pb-cal__slot-status').getAttribute('data-state'), { timeout: 30_000 }).toBe('free')
    await form.locator('input[name=customerName]').press('Enter')
    await page.locator('.pb-cal__event', { hasText: 'Paula Telefon' }).waitFor({ timeout: 30_000 })

    const [booking] = await bookingsOf('Paula Telefon')
    expect(booking).toMatchObject({
      customer: { name: 'Paula Telefon', phone: '+49 30 5550100' },
      end: berlin('10:45'),
      source: 'phone',
      staff: staff.anna,
      start: berlin('10:00'),
      status: 'confirmed',
    })
  }, 60_000)

  it('moves the booking by drag and drop, later in the day and then to another staff member', async () => {
    const drag = async (to: { x: number; y: number }) => {
      const block = page.locator('.pb-cal__event', { hasText: 'Paula Telefon' })
      await block.scrollIntoViewIfNeeded()
      const box = (await block.boundingBox())!
      await page.mouse.move(box.x + box.width / 2, box.y + 8)
      await page.mouse.down()
      await page.mouse.move(box.x + box.width / 2, box.y + 30, { steps: 4 })
      await page.mouse.move(to.x, to.y, { steps: 8 })
      await page.mouse.up()
    }
    // Grab 8 px below the top edge at 10:00, drop 8 px below 11:00: one hour later.
    const later = await pointAt(staff.anna, '11:00')
    await drag({ x: later.x, y: later.y + 3 })
    await expect.poll(async () => (await bookingsOf('Paula Telefon'))[0].start, { timeout: 30_000 }).toBe(berlin('11:00'))
    expect((await bookingsOf('Paula Telefon'))[0]).toMatchObject({ end: berlin('11:45'), staff: staff.anna })

    const ben = await pointAt(staff.ben, '11:00')
    await drag({ x: ben.x, y: ben.y + 3 })
    await expect.poll(async () => (await bookingsOf('Paula Telefon'))[0].staff, { timeout: 30_000 }).toBe(staff.ben)
    expect((await bookingsOf('Paula Telefon'))[0]).toMatchObject({ end: berlin('11:45'), start: berlin('11:00') })
    await page.locator(`.pb-cal__col[data-staff-id="${staff.ben}"] .pb-cal__event`, { hasText: 'Paula Telefon' }).waitFor()
  }, 90_000)

  it('shows the conflict before saving and refuses a booking that collides', async () => {
    const at = await pointAt(staff.ben, '10:30', 0.8)
    await page.mouse.click(at.x, at.y)
    const form = page.locator('form.pb-cal__form')
    await form.waitFor()
    await form.locator('select[name=service]').selectOption({ label: 'Haircut' })
    expect(await form.locator('input[name=start]').inputValue()).toBe('10:30')
    await form.locator('input[name=customerName]').fill('Konrad Konflikt')
    const status = form.locator('.pb-cal__slot-status')
    await expect.poll(() => status.getAttribute('data-state'), { timeout: 30_000 }).toBe('conflict')
    const [paula] = await bookingsOf('Paula Telefon')
    expect(await status.textContent()).toContain(paula.reference)
    expect(await status.textContent()).toContain('11:00–11:45')

    await form.locator('input[name=customerName]').press('Enter')
    await expect.poll(() => form.locator('[role=alert]').textContent(), { timeout: 30_000 }).toMatch(/Not saved: .*taken/)
    expect(await bookingsOf('Konrad Konflikt')).toEqual([])
    expect(await bookingsOf('Paula Telefon')).toHaveLength(1)
    await form.locator('input[name=customerName]').press('Escape')
    await form.waitFor({ state: 'detached' })
  }, 60_000)

  it('changes the length by dragging the lower edge, and undoes a move the capacity check refuses', async () => {
    const block = () => page.locator('.pb-cal__event', { hasText: 'Paula Telefon' })
    await block().scrollIntoViewIfNeeded()
    const edge = (await block().locator('.pb-cal__resize').boundingBox())!
    await page.mouse.move(edge.x + edge.width / 2, edge.y + edge.height / 2)
    await page.mouse.down()
    await page.mouse.move(edge.x + edge.width / 2, edge.y + 8, { steps: 3 })
    await page.mouse.move(edge.x + edge.width / 2, edge.y + edge.height / 2 + 15, { steps: 3 })
    await page.mouse.up()
    await expect.poll(async () => (await bookingsOf('Paula Telefon'))[0].end, { timeout: 30_000 }).toBe(berlin('12:00'))

    // Someone else takes Ben's 13:00 meanwhile; dragging Paula there is refused and undone.
    const services = (await rest('/api/services?depth=0&limit=20')).body.docs as { id: number; name: string }[]
    const taken = await rest('/api/bookings?depth=0', {
      body: JSON.stringify({ customer: { name: 'Otto Vorher' }, service: services.find((x) => x.name === 'Haircut')!.id, source: 'phone', staff: staff.ben, start: berlin('13:00') }),
      method: 'POST',
    })
    expect(taken.status).toBe(201)
    const box = (await block().boundingBox())!
    const target = await pointAt(staff.ben, '13:00', 0.5)
    await block().scrollIntoViewIfNeeded()
    const from = (await block().boundingBox())!
    await page.mouse.move(from.x + from.width / 2, from.y + 8)
    await page.mouse.down()
    await page.mouse.move(from.x + from.width / 2, from.y + 30, { steps: 4 })
    await page.mouse.move(target.x, from.y + 8 + 120, { steps: 8 }) // two hours later: 13:00
    await page.mouse.up()
    await page.getByText(/Not moved: .*taken/).waitFor({ timeout: 30_000 })
    expect((await bookingsOf('Paula Telefon'))[0]).toMatchObject({ end: berlin('12:00'), staff: staff.ben, start: berlin('11:00') })
    await expect.poll(async () => Math.round((await block().boundingBox())!.height)).toBe(Math.round(box.height))
    expect(await page.locator(`.pb-cal__col[data-staff-id="${staff.ben}"] .pb-cal__event`, { hasText: 'Paula Telefon' }).count()).toBe(1)
  }, 90_000)

  it('checks the customer in from the booking’s details', async () => {
    await page.locator('.pb-cal__event', { hasText: 'Paula Telefon' }).click()
    const details = page.locator('aside.pb-cal__details')
    await details.getByRole('button', { name: 'Check in' }).click()
    await expect.poll(async () => (await bookingsOf('Paula Telefon'))[0].checkedInAt, { timeout: 30_000 }).toEqual(expect.any(String))
    await page.locator('.pb-cal__event', { hasText: 'Paula Telefon' }).locator('[aria-label="Checked in"]').waitFor({ timeout: 30_000 })
  }, 60_000)

  it('moves the day with the arrow keys, t goes to today, n opens a new booking', async () => {
    await page.locator('.pb-cal__title').click() // focus on the page, not on a field
    await page.keyboard.press('ArrowRight')
    await page.waitForURL((url) => url.searchParams.get('date') === addDays(date, 1))
    await page.keyboard.press('t')
    await page.waitForURL((url) => url.searchParams.get('date') === localDateOf(Date.now(), TZ))
    await page.keyboard.press('n')
    await page.locator('form.pb-cal__form').waitFor()
    expect(await page.evaluate(() => document.activeElement?.getAttribute('name'))).toBe('customerName')
  }, 60_000)
})
