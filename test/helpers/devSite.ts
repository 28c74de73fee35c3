import type { ChildProcess } from 'node:child_process'
import type { Browser, Page } from 'playwright-core'

import { execSync, spawn } from 'node:child_process'
import net from 'node:net'
import { chromium } from 'playwright-core'

import type { TestDatabase } from './database.ts'

import { createTestDatabase } from './database.ts'

/** First compile of a page of the dev app can take minutes on a cold cache and 2 cores. */
export const COMPILE_TIMEOUT = 240_000

export interface DevSite {
  /** `http://127.0.0.1:<port>` */
  base: string
  browser: Browser
  database: TestDatabase
  /** Logs in through the admin's login form. */
  login: (page: Page, email?: string, password?: string) => Promise<void>
  newPage: (viewport?: { height: number; width: number }) => Promise<Page>
  /** Everything the dev server printed so far. */
  output: () => string
  stop: () => Promise<void>
}

export const ADMIN_EMAIL = 'owner@example.com'
export const ADMIN_PASSWORD = 'browser-test-pw'

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

/**
 * The dev app exactly as `npm run dev` starts it (seeded demo studio), on a fresh database, plus
 * Debian's Chromium. `NEXT_TEST_DIST_DIR` picks Next's build folder (default `.next-test`), so two
 * people running browser tests at once do not share one.
 */
export const startDevSite = async (env: Record<string, string> = {}): Promise<DevSite> => {
  const database = await createTestDatabase()
  const port = await freePort()
  const base = `http://127.0.0.1:${port}`
  let output = ''
  const server: ChildProcess = spawn(process.execPath, ['dev/start.mjs'], {
    detached: true,
    env: {
      ...process.env,
      DATABASE_URI: database.uri,
      NEXT_DIST_DIR: process.env.NEXT_TEST_DIST_DIR || '.next-test',
      PORT: String(port),
      SEED_ADMIN_EMAIL: ADMIN_EMAIL,
      SEED_ADMIN_PASSWORD: ADMIN_PASSWORD,
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  server.stdout!.on('data', (chunk) => (output += String(chunk)))
  server.stderr!.on('data', (chunk) => (output += String(chunk)))
  await new Promise<void>((resolve, reject) => {
    const started = Date.now()
    const timer = setInterval(() => {
      if (/\/admin compiled \(200\)/.test(output)) {
        clearInterval(timer)
        resolve()
      } else if (Date.now() - started > COMPILE_TIMEOUT || server.exitCode !== null) {
        clearInterval(timer)
        reject(new Error(`dev server never compiled /admin:\n${output.slice(-3000)}`))
      }
    }, 250)
  })
  const browser = await chromium.launch({
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
    executablePath: chromiumPath(),
  })
  return {
    base,
    browser,
    database,
    login: async (page, email = ADMIN_EMAIL, password = ADMIN_PASSWORD) => {
      await page.goto(`${base}/admin/login`, { timeout: COMPILE_TIMEOUT })
      await page.fill('#field-email', email, { timeout: 60_000 })
      await page.fill('#field-password', password)
      await page.click('button[type=submit]')
      await page.waitForURL((url) => !url.pathname.endsWith('/login'), { timeout: 60_000 })
    },
    newPage: (viewport = { height: 800, width: 1280 }) => browser.newPage({ viewport }),
    output: () => output,
    stop: async () => {
      await browser.close().catch(() => undefined)
      if (server.pid && server.exitCode === null) {
        process.kill(-server.pid, 'SIGTERM')
        await new Promise((resolve) => server.once('exit', resolve))
      }
      await database.drop()
    },
  }
}
