import { createCipheriv, createDecipheriv, createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto'

/** A random secret for a customer (hold or manage/cancel token): 32 bytes, URL-safe. */
export const newToken = (): string => randomBytes(32).toString('base64url')

/** What is stored instead of a token. */
export const hashToken = (token: string): string => createHash('sha256').update(token).digest('hex')

/** Constant-time comparison of a presented token with a stored hash. */
export const tokenMatches = (token: unknown, storedHash: unknown): boolean => {
  if (typeof token !== 'string' || typeof storedHash !== 'string' || token.length === 0) {
    return false
  }
  const a = Buffer.from(hashToken(token), 'hex')
  const b = Buffer.from(storedHash, 'hex')
  return a.length === b.length && timingSafeEqual(a, b)
}

const ALPHABET = '23456789ABCDEFGHJKLMNPQRSTUVWXYZ' // no 0/O, 1/I: read out over the phone

/** A short, human-readable reference such as `BK-7Q4M9XH2` (32^8 ≈ 10^12 values). */
export const newReference = (prefix: string): string => {
  const bytes = randomBytes(8)
  let code = ''
  for (const byte of bytes) {
    code += ALPHABET[byte % ALPHABET.length]
  }
  return `${prefix}-${code}`
}

const keyFor = (secret: string) => createHmac('sha256', secret).update('payload-booking:manage-token').digest()

/**
 * Seals a booking's manage token under a key derived from the server secret, so that later
 * messages (reminders, reschedules) and idempotent replays can hand the customer their link again,
 * while the database alone (a leaked backup) reveals nothing. Checks compare the SHA-256 hash.
 */
export const sealToken = (token: string, secret: string): string => {
  const iv = randomBytes(12)
  const cipher = createCipheriv('aes-256-gcm', keyFor(secret), iv)
  const body = Buffer.concat([cipher.update(token, 'utf8'), cipher.final()])
  return [iv, cipher.getAuthTag(), body].map((part) => part.toString('base64url')).join('.')
}

export const unsealToken = (sealed: string, secret: string): null | string => {
  try {
    const [iv, tag, body] = sealed.split('.').map((part) => Buffer.from(part, 'base64url'))
    const decipher = createDecipheriv('aes-256-gcm', keyFor(secret), iv!)
    decipher.setAuthTag(tag!)
    return Buffer.concat([decipher.update(body!), decipher.final()]).toString('utf8')
  } catch {
    return null // a tampered or foreign value is simply not a token
  }
}

/** The stored form of a new manage token: its hash (to check it) and its sealed copy (to send it again). */
export const manageTokenFields = (token: string, secret: string) => ({
  cancelTokenHash: hashToken(token),
  sealedManageToken: sealToken(token, secret),
})

/** A stable fingerprint of a request body, to tell a replay from a different request. */
export const fingerprint = (value: unknown): string =>
  createHash('sha256').update(stableStringify(value)).digest('hex')

const stableStringify = (value: unknown): string => {
  if (Array.isArray(value)) {
    return `[${value.map(stableStringify).join(',')}]`
  }
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : 1))
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${stableStringify(v)}`).join(',')}}`
  }
  return JSON.stringify(value) ?? 'null'
}
