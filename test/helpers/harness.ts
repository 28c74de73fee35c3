import type { Config, EmailAdapter, Payload, SanitizedConfig } from 'payload'

import { getPayload } from 'payload'

import type { BookingPluginOptions } from '../../src/types.ts'
import type { TestDatabase } from './database.ts'
import type { TestClock } from './testConfig.ts'
import type { TestServer } from './httpServer.ts'

import { createTestDatabase } from './database.ts'
import { startHttpServer } from './httpServer.ts'
import { buildTestConfig, createClock } from './testConfig.ts'

export interface Harness {
  /** A second Payload instance with its own connection pool on the same database. */
  addInstance: (key: string) => Promise<{ payload: Payload; server: TestServer }>
  clock: TestClock
  close: () => Promise<void>
  config: Promise<SanitizedConfig>
  database: TestDatabase
  /** GET/POST against the real HTTP server; returns status and parsed JSON. */
  http: (method: 'GET' | 'POST', path: string, body?: unknown, headers?: Record<string, string>) => Promise<HttpResult>
  payload: Payload
  server: TestServer
}

export interface HttpResult {
  body: any
  status: number
}

export const request = async (
  baseUrl: string,
  method: 'GET' | 'POST',
  path: string,
  body?: unknown,
  headers: Record<string, string> = {},
): Promise<HttpResult> => {
  const response = await fetch(baseUrl + path, {
    body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
    headers: { 'content-type': 'application/json', ...headers },
    method,
  })
  const text = await response.text()
  let parsed: unknown = text
  try {
    parsed = JSON.parse(text)
  } catch {
    // not JSON: the test sees the raw text
  }
  return { body: parsed, status: response.status }
}

interface PgPool {
  end: () => Promise<void>
  idleCount: number
  totalCount: number
}

/**
 * Payload's `destroy()` leaves Postgres pool clients checked out (the dev schema push keeps
 * some), and `pool.end()` then waits for them forever: end the pool, but don't wait past 2 s;
 * dropping the database with FORCE afterwards ends whatever is left.
 */
const closePayload = async (payload: Payload) => {
  const pool = (payload.db as unknown as { pool?: PgPool }).pool
  await payload.db.destroy?.()
  if (pool) {
    await Promise.race([pool.end().catch(() => undefined), new Promise((resolve) => setTimeout(resolve, 2000))])
  }
}

/** Boots Payload with the plugin on a fresh database, plus a real HTTP server in front of it. */
export const startHarness = async (
  options: {
    clock?: string
    email?: EmailAdapter | Promise<EmailAdapter>
    localization?: Config['localization']
    pluginOptions?: BookingPluginOptions
  } = {},
): Promise<Harness> => {
  const database = await createTestDatabase()
  const clock = createClock(options.clock ?? '2026-03-23T06:00:00Z')
  const config = buildTestConfig(database, clock, options.pluginOptions, options.email, options.localization)
  const key = `main-${database.uri}`
  const payload = await getPayload({ config, key })
  const server = await startHttpServer(config, key)
  const extra: { payload: Payload; server: TestServer }[] = []
  return {
    addInstance: async (name) => {
      const instanceKey = `${name}-${database.uri}`
      const instance = { payload: await getPayload({ config, key: instanceKey }), server: await startHttpServer(config, instanceKey) }
      extra.push(instance)
      return instance
    },
    clock,
    close: async () => {
      for (const instance of [...extra, { payload, server }]) {
        await instance.server.close()
        await closePayload(instance.payload)
      }
      await database.drop()
    },
    config,
    database,
    http: (method, path, body, headers) => request(server.url, method, path, body, headers),
    payload,
    server,
  }
}
