import type { ChildProcess } from 'node:child_process'
import type { Browser, Page } from 'playwright-core'

import { execSync, spawn } from 'node:child_process'
import net from 'node:net'
import { chromium } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { TestDatabase } from '../helpers/database.ts'

import { createTestDatabase } from '../helpers/database.ts'

// The dev app as a newcomer gets it from `npm run dev`, on a fresh database, in real Chromium.
const COMPILE_TIMEOUT = 240_000

let database: TestDatabase
let server: ChildProcess
let browser: Browser
let page: Page
let base: string
let output = ''

const freePort = () =>
  new Promise<number>((resolve) => {
    const probe = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as net.AddressInfo
      probe.close(() => resolve(port))
    })
  })

const chromiumPath = () => {
  try {
    return execSync('which chromium', { encoding: 'utf8' }).trim()
  } catch {
    throw new Error('Chromium is missing: apt-get install -y chromium')
  }
}

const waitForOutput = (pattern: RegExp, timeout: number) =>
  new Promise<void>((resolve, reject) => {
    const started = Date.now()
    const timer = setInterval(() => {
      if (pattern.test(output)) {
        clearInterval(timer)
        resolve()
      } else if (Date.now() - started > timeout || server.exitCode !== null) {
        clearInterval(timer)
        reject(new Error(`dev server never printed ${pattern}:\n${output.slice(-3000)}`))
      }
    }, 250)
  })

beforeAll(async () => {
  database = await createTestDatabase()
  const port = await freePort()
  base = `http://127.0.0.1:${port}`
  server = spawn(process.execPath, ['dev/start.mjs'], {
    detached: true,
    env: {
      ...process.env,
      DATABASE_URI: database.uri,
      NEXT_DIST_DIR: '.next-test',
      PORT: String(port),
      SEED_ADMIN_EMAIL: 'owner@example.com',
      SEED_ADMIN_PASSWORD: 'browser-test-pw',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  server.stdout!.on('data', (chunk) => (output += String(chunk)))
  server.stderr!.on('data', (chunk) => (output += String(chunk)))
  await waitForOutput(/\/admin compiled \(200\)/, COMPILE_TIMEOUT)
  browser = await chromium.launch({
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
    executablePath: chromiumPath(),
  })
  page = await browser.newPage({ viewport: { height: 800, width: 1280 } })
}, COMPILE_TIMEOUT + 60_000)

afterAll(async () => {
  await browser?.close()
  if (server?.pid && server.exitCode === null) {
    process.kill(-server.pid, 'SIGTERM')
    await new Promise((resolve) => server.once('exit', resolve))
  }
  await database?.drop()
})

describe('the dev site from npm run dev', () => {
  it('seeds the demo studio and prints the admin URL and the login from SEED_ADMIN_*', () => {
    expect(output).toMatch(/Admin:\s+http:\/\/localhost:\d+\/admin/)
    expect(output).toContain('owner@example.com / browser-test-pw')
  })

  it('logs in and lists the seeded bookings', async () => {
    await page.goto(`${base}/admin/login`, { timeout: COMPILE_TIMEOUT })
    await page.fill('#field-email', 'owner@example.com', { timeout: 60_000 })
    await page.fill('#field-password', 'browser-test-pw')
    await page.click('button[type=submit]')
    await page.waitForURL(/\/admin$/, { timeout: 60_000 })
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
