// `npm run dev`: starts the dev app (Next + Payload) in dev/, then wakes Payload up so that it
// connects to the database, seeds demo data on the first start and prints the admin login.
//
// Env: PORT (default 3000), DATABASE_URI (default: SQLite file dev/booking-dev.db; a postgres://
// URI uses Postgres), PAYLOAD_SECRET, SEED_ADMIN_EMAIL, SEED_ADMIN_PASSWORD, BOOKING_HOLD_MINUTES.
// DEV_WARM_ADMIN=0 skips compiling /admin ahead of the first visit.
import { spawn } from 'node:child_process'
import { existsSync } from 'node:fs'
import net from 'node:net'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const devDir = path.dirname(fileURLToPath(import.meta.url))
const root = path.resolve(devDir, '..')
const port = process.env.PORT || '3000'
const base = `http://127.0.0.1:${port}`
const t0 = Date.now()
const elapsed = () => `${((Date.now() - t0) / 1000).toFixed(1)} s`
const log = (message) => console.log(`[dev] ${message}`)

const nextBin = path.join(root, 'node_modules', '.bin', process.platform === 'win32' ? 'next.cmd' : 'next')
if (!existsSync(nextBin)) {
  console.error('[dev] node_modules/.bin/next is missing: run `npm install` first.')
  process.exit(1)
}

const child = spawn(nextBin, ['dev', 'dev', '--port', port], {
  cwd: root,
  env: {
    ...process.env,
    NEXT_TELEMETRY_DISABLED: process.env.NEXT_TELEMETRY_DISABLED ?? '1',
    PORT: port,
    // Payload spawns `payload generate:types` in dev; tell it where the config is.
    PAYLOAD_CONFIG_PATH: process.env.PAYLOAD_CONFIG_PATH || path.join(devDir, 'payload.config.ts'),
  },
  stdio: 'inherit',
})

let exiting = false
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.on(signal, () => {
    exiting = true
    if (child.exitCode === null && child.signalCode === null) child.kill(signal)
  })
}
child.on('exit', (code, signal) => {
  process.exit(code ?? (signal ? 128 + (signal === 'SIGINT' ? 2 : signal === 'SIGHUP' ? 1 : 15) : 0))
})
child.on('error', (err) => {
  console.error('[dev] could not start next:', err)
  process.exit(1)
})

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms))

/** Resolves once something accepts connections on the port. */
const waitForPort = async () => {
  for (;;) {
    if (exiting || child.exitCode !== null) return false
    const open = await new Promise((resolve) => {
      const socket = net.connect({ host: '127.0.0.1', port: Number(port) })
      socket.once('connect', () => {
        socket.destroy()
        resolve(true)
      })
      socket.once('error', () => resolve(false))
    })
    if (open) return true
    await sleep(250)
  }
}

/** Today's date in the studio's timezone, YYYY-MM-DD. */
const today = new Intl.DateTimeFormat('en-CA', { day: '2-digit', month: '2-digit', timeZone: 'Europe/Berlin', year: 'numeric' }).format(new Date())

const request = async (pathname, attempts = 3) => {
  for (let attempt = 1; ; attempt++) {
    try {
      const res = await fetch(base + pathname, { redirect: 'manual', signal: AbortSignal.timeout(300_000) })
      await res.arrayBuffer()
      return res.status
    } catch (err) {
      if (attempt >= attempts || exiting) throw err
      await sleep(1000)
    }
  }
}

const main = async () => {
  if (!(await waitForPort())) return
  log(`server is listening on ${base} after ${elapsed()}; initializing Payload (an empty database gets the demo data)…`)
  // Any /api route initializes Payload: onInit seeds an empty database and prints the login.
  const status = await request(`/api/booking/availability?service=1&from=${today}&to=${today}`)
  log(`Payload is up (GET /api/booking/availability → ${status}) after ${elapsed()}`)
  if (process.env.DEV_WARM_ADMIN !== '0' && !exiting) {
    const started = Date.now()
    log('compiling /admin ahead of your first visit (about 30 s the first time)…')
    const adminStatus = await request('/admin/login')
    log(`/admin compiled (${adminStatus}) in ${((Date.now() - started) / 1000).toFixed(1)} s. Open http://localhost:${port}/admin`)
  }
}

main().catch((err) => {
  if (!exiting) log(`could not reach the dev server: ${err instanceof Error ? err.message : String(err)}`)
})
