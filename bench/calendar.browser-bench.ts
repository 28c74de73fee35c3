// The admin calendar's render speed in headless Chromium: a week with 500 bookings across 10 staff
// against an empty week, alternating with the arrow keys (client-side, like a user). For each
// switch the view marks when the data arrived and when the first full paint after it happened
// (two animation frames after React committed). Writes results as JSON to BENCH_OUT.
import { writeFileSync } from 'node:fs'
import { expect, it } from 'vitest'

import { addDays, localDateOf, wallClockToInstant } from '../src/scheduling/time.ts'
import { ADMIN_EMAIL, ADMIN_PASSWORD, COMPILE_TIMEOUT, startDevSite } from '../test/helpers/devSite.ts'
import { weekStart } from '../src/components/BookingCalendar/calendarTime.ts'

const TZ = 'Europe/Berlin'
const STAFF = 10
const BOOKINGS = 500
const ROUNDS = Number(process.env.BENCH_ROUNDS || 8)

const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!
}
const summary = (values: number[]) => ({ max: Math.max(...values), n: values.length, p50: percentile(values, 50), p95: percentile(values, 95) })

it('renders a week of 500 bookings', async () => {
  const site = await startDevSite()
  try {
    let token = ''
    const rest = async (path: string, body?: unknown) => {
      const res = await fetch(`${site.base}${path}`, {
        body: body === undefined ? undefined : JSON.stringify(body),
        headers: { 'content-type': 'application/json', ...(token ? { Authorization: `JWT ${token}` } : {}) },
        method: body === undefined ? 'GET' : 'POST',
        signal: AbortSignal.timeout(120_000),
      })
      const text = await res.text()
      let parsed: any = text
      try {
        parsed = JSON.parse(text)
      } catch {
        // not JSON (a dev-server hiccup): the caller sees the raw text and the status
      }
      return { body: parsed, status: res.status }
    }
    token = (await rest('/api/users/login', { email: ADMIN_EMAIL, password: ADMIN_PASSWORD })).body.token
    const services = (await rest('/api/services?depth=0&limit=20')).body.docs as { durationMinutes: number; id: number; name: string }[]
    const haircut = services.find((s) => s.name === 'Haircut')!
    const beard = services.find((s) => s.name === 'Beard trim')!

    // A week ten weeks out (no demo bookings), the week after it stays empty.
    const week = weekStart(addDays(localDateOf(Date.now(), TZ), 70))
    const emptyWeek = addDays(week, 7)
    const started = Date.now()
    const allDays = (['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const).map((day) => ({ day, end: '20:00', start: '08:00' }))
    const staffIds: number[] = []
    for (let s = 0; s < STAFF; s++) {
      const doc = (await rest('/api/staff?depth=0', { name: `Bench ${String(s + 1).padStart(2, '0')}`, services: [haircut.id, beard.id] })).body.doc
      staffIds.push(doc.id)
      await rest('/api/availability?depth=0', { staff: doc.id, timezone: TZ, weekly: allDays })
    }
    // 500 bookings: 50 per person, 7 a day (8 on Monday), every 90 minutes from 08:00.
    const jobs: { service: number; staff: number; start: string }[] = []
    for (let i = 0; i < BOOKINGS; i++) {
      const s = i % STAFF
      const n = Math.floor(i / STAFF) // 0..49 for each person
      const day = n < 8 ? 0 : 1 + Math.floor((n - 8) / 7)
      const slot = n < 8 ? n : (n - 8) % 7
      const minutes = 8 * 60 + slot * 90
      const time = `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`
      jobs.push({ service: i % 3 === 0 ? beard.id : haircut.id, staff: staffIds[s]!, start: new Date(wallClockToInstant(addDays(week, day), time, TZ)).toISOString() })
    }
    let next = 0
    const worker = async () => {
      while (next < jobs.length) {
        const job = jobs[next++]!
        const data = { ...job, customer: { name: `Customer ${next}`, phone: '+49 30 123456' }, source: 'phone' }
        const res = await rest('/api/bookings?depth=0', data)
        expect(res.status, JSON.stringify(res.body).slice(0, 300)).toBe(201)
      }
    }
    await worker() // one at a time: parallel writers to the dev server on SQLite made it drop or hang responses
    const seedSeconds = (Date.now() - started) / 1000

    const page = await site.newPage({ height: 800, width: 1280 })
    await site.login(page)
    await page.goto(`${site.base}/admin/booking-calendar?view=week&date=${week}`, { timeout: COMPILE_TIMEOUT })
    await page.waitForSelector('.pb-cal[data-painted]:not([data-painted="0"])', { timeout: COMPILE_TIMEOUT })
    const shown = await page.locator('.pb-cal__event').count()
    expect(shown).toBe(BOOKINGS)

    /** Switches the week with an arrow key and reads the marks of that one load. */
    const measure = async (key: 'ArrowLeft' | 'ArrowRight') => {
      const before = Number(await page.locator('.pb-cal').getAttribute('data-painted'))
      await page.evaluate(() => performance.clearMarks())
      await page.keyboard.press(key)
      await page.waitForFunction((n) => Number(document.querySelector('.pb-cal')?.getAttribute('data-painted')) > n, before, { timeout: 60_000 })
      return page.evaluate(() => {
        const at = (name: string) => performance.getEntriesByName(name).at(-1)!.startTime
        return { paint: at('booking-calendar:painted') - at('booking-calendar:data'), request: at('booking-calendar:data') - at('booking-calendar:request') }
      })
    }
    const full: { paint: number; request: number }[] = []
    const empty: { paint: number; request: number }[] = []
    await measure('ArrowRight') // warm-up: to the empty week and back
    await measure('ArrowLeft')
    for (let round = 0; round < ROUNDS; round++) {
      empty.push(await measure('ArrowRight'))
      full.push(await measure('ArrowLeft'))
    }
    const result = {
      bookingsShown: shown,
      emptyWeek,
      emptyWeekPaint: summary(empty.map((m) => m.paint)),
      fullWeekPaint: summary(full.map((m) => m.paint)),
      fullWeekRequest: summary(full.map((m) => m.request)),
      seedSeconds,
      staff: STAFF,
      week,
    }
    if (process.env.BENCH_OUT) writeFileSync(process.env.BENCH_OUT, JSON.stringify(result, null, 2))
  } finally {
    await site.stop()
  }
})
