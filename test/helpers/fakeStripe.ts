import { createServer } from 'node:http'

export interface FakeIntent {
  amount: number
  amount_received: number
  client_secret: string
  currency: string
  id: string
  metadata: Record<string, string>
  object: 'payment_intent'
  status: string
}

export interface FakeSession {
  amount_total: number
  cancel_url: string
  client_reference_id: null | string
  currency: string
  customer_email: null | string
  expires_at: number
  id: string
  locale: null | string
  metadata: Record<string, string>
  object: 'checkout.session'
  payment_intent: null | string
  /** What the session's PaymentIntent will carry (`payment_intent_data[metadata]`). */
  payment_intent_metadata: Record<string, string>
  payment_status: 'no_payment_required' | 'paid' | 'unpaid'
  status: 'complete' | 'expired' | 'open'
  success_url: string
  url: null | string
}

export interface FakeStripe {
  close: () => Promise<void>
  intents: Map<string, FakeIntent>
  port: number
  /** Every refund asked for: its parameters and the idempotency key. */
  refunds: { amount: number; idempotencyKey: null | string; paymentIntent: string }[]
  requests: { idempotencyKey: null | string; method: string; path: string }[]
  sessions: Map<string, FakeSession>
}

const STRIPE_MIN_SESSION_SECONDS = 30 * 60
const STRIPE_MAX_SESSION_SECONDS = 24 * 60 * 60

/** `prefix[key]=value` form fields as an object (the SDK's encoding of a metadata hash). */
const hashOf = (form: URLSearchParams, prefix: string): Record<string, string> => {
  const out: Record<string, string> = {}
  const pattern = new RegExp(`^${prefix.replace(/[[\]]/g, '\\$&')}\\[([^\\]]+)\\]$`)
  for (const [name, value] of form) {
    const match = pattern.exec(name)
    if (match) out[match[1]!] = value
  }
  return out
}

const invalid = (message: string, param?: string) => ({ error: { message, param, type: 'invalid_request_error' } })

/**
 * A local stand-in for the few Stripe API endpoints the provider uses (create and retrieve a
 * PaymentIntent or a Checkout Session, create a refund), answered in Stripe's shapes and checked
 * like Stripe checks them (a session's `expires_at` 30 min to 24 h ahead, its URLs, its line); the real `stripe` SDK talks to it
 * over HTTP. Idempotency keys are honoured like Stripe does: a repeated key gets the first answer.
 */
export const startFakeStripe = async (): Promise<FakeStripe> => {
  const intents = new Map<string, FakeIntent>()
  const sessions = new Map<string, FakeSession>()
  const refunds: FakeStripe['refunds'] = []
  const requests: FakeStripe['requests'] = []
  const answered = new Map<string, string>()
  let counter = 0
  const server = createServer(async (req, res) => {
    const chunks: Buffer[] = []
    for await (const chunk of req) chunks.push(chunk as Buffer)
    const form = new URLSearchParams(Buffer.concat(chunks).toString('utf8'))
    const key = (req.headers['idempotency-key'] as string | undefined) ?? null
    const path = (req.url ?? '').split('?')[0]!
    requests.push({ idempotencyKey: key, method: req.method ?? '', path })
    const send = (status: number, body: unknown) => {
      const text = JSON.stringify(body)
      if (key && req.method === 'POST') answered.set(key, text)
      res.writeHead(status, { 'content-type': 'application/json', 'request-id': `req_${++counter}` })
      res.end(text)
    }
    // Stripe's hosted Checkout page, for browser tests: "Pay" completes the session and sends the
    // visitor to its success_url, "Back" to its cancel_url.
    const page = /^\/c\/pay\/([^/]+)$/.exec(path)
    if (page) {
      const session = sessions.get(page[1]!)
      if (!session || session.status !== 'open') {
        res.writeHead(404, { 'content-type': 'text/html' })
        res.end('<h1>This checkout session is no longer open</h1>')
        return
      }
      if (req.method === 'POST') {
        completeSession(fake, session.id)
        res.writeHead(303, { location: session.success_url })
        res.end()
        return
      }
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' })
      res.end(
        `<!doctype html><title>Fake Stripe Checkout</title><h1>Fake Stripe Checkout</h1>` +
          `<p>Amount: ${session.amount_total} ${session.currency}</p>` +
          `<form method="post"><button type="submit">Pay</button></form><a href="${session.cancel_url.replace(/"/g, '&quot;')}">Back</a>`,
      )
      return
    }
    if (key && answered.has(key)) {
      res.writeHead(200, { 'content-type': 'application/json', 'idempotent-replayed': 'true' })
      res.end(answered.get(key))
      return
    }
    if (req.method === 'POST' && path === '/v1/payment_intents') {
      const id = `pi_test_${++counter}`
      const metadata: Record<string, string> = {}
      for (const [name, value] of form) {
        const match = /^metadata\[(.+)\]$/.exec(name)
        if (match) metadata[match[1]!] = value
      }
      const intent: FakeIntent = {
        amount: Number(form.get('amount')),
        amount_received: 0,
        client_secret: `${id}_secret_${counter}`,
        currency: String(form.get('currency')),
        id,
        metadata,
        object: 'payment_intent',
        status: 'requires_payment_method',
      }
      intents.set(id, intent)
      return send(200, intent)
    }
    const retrieve = /^\/v1\/payment_intents\/([^/]+)$/.exec(path)
    if (req.method === 'GET' && retrieve) {
      const intent = intents.get(retrieve[1]!)
      return intent ? send(200, intent) : send(404, { error: { message: 'No such payment_intent', type: 'invalid_request_error' } })
    }
    if (req.method === 'POST' && path === '/v1/checkout/sessions') {
      const now = Math.floor(Date.now() / 1000)
      const expiresAt = Number(form.get('expires_at') ?? now + STRIPE_MAX_SESSION_SECONDS)
      if (expiresAt < now + STRIPE_MIN_SESSION_SECONDS || expiresAt > now + STRIPE_MAX_SESSION_SECONDS) {
        return send(400, invalid('The `expires_at` timestamp must be between 30 minutes and 24 hours from Checkout Session creation.', 'expires_at'))
      }
      for (const name of ['success_url', 'cancel_url']) {
        if (!/^https?:\/\//.test(form.get(name) ?? '')) return send(400, invalid(`Not a valid URL: ${name}`, name))
      }
      if (form.get('mode') !== 'payment' || form.get('line_items[1][quantity]') !== null) {
        return send(400, invalid('This stand-in takes one line in payment mode'))
      }
      const unitAmount = Number(form.get('line_items[0][price_data][unit_amount]'))
      const quantity = Number(form.get('line_items[0][quantity]'))
      const id = `cs_test_${++counter}`
      const session: FakeSession = {
        amount_total: unitAmount * quantity,
        cancel_url: String(form.get('cancel_url')),
        client_reference_id: form.get('client_reference_id'),
        currency: String(form.get('line_items[0][price_data][currency]')),
        customer_email: form.get('customer_email'),
        expires_at: expiresAt,
        id,
        locale: form.get('locale'),
        metadata: hashOf(form, 'metadata'),
        object: 'checkout.session',
        payment_intent: null,
        payment_intent_metadata: hashOf(form, 'payment_intent_data[metadata]'),
        payment_status: 'unpaid',
        status: 'open',
        success_url: String(form.get('success_url')),
        url: `http://127.0.0.1:${(server.address() as { port: number }).port}/c/pay/${id}`,
      }
      sessions.set(id, session)
      return send(200, session)
    }
    const retrieveSession = /^\/v1\/checkout\/sessions\/([^/]+)$/.exec(path)
    if (req.method === 'GET' && retrieveSession) {
      const session = sessions.get(retrieveSession[1]!)
      return session ? send(200, session) : send(404, invalid('No such checkout.session'))
    }
    if (req.method === 'POST' && path === '/v1/refunds') {
      const paymentIntent = String(form.get('payment_intent'))
      const amount = Number(form.get('amount'))
      refunds.push({ amount, idempotencyKey: key, paymentIntent })
      return send(200, { amount, id: `re_test_${++counter}`, object: 'refund', payment_intent: paymentIntent, status: 'succeeded' })
    }
    send(404, { error: { message: `Unrecognized request URL (${req.method}: ${path})`, type: 'invalid_request_error' } })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const fake: FakeStripe = {
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections()
        server.close(() => resolve())
      }),
    intents,
    port: (server.address() as { port: number }).port,
    refunds,
    requests,
    sessions,
  }
  return fake
}

/** Marks a PaymentIntent paid, as Stripe would once the card is charged. */
export const succeed = (stripe: FakeStripe, id: string): FakeIntent => {
  const intent = stripe.intents.get(id)!
  intent.status = 'succeeded'
  intent.amount_received = intent.amount
  return intent
}

/**
 * The visitor paid on the Checkout page: Stripe creates the session's PaymentIntent (succeeded)
 * and completes the session. `amountTotal` overrides what was charged (to test the amount check).
 */
export const completeSession = (stripe: FakeStripe, id: string, override: { amountTotal?: number; currency?: string } = {}): FakeSession => {
  const session = stripe.sessions.get(id)!
  const amount = override.amountTotal ?? session.amount_total
  const currency = override.currency ?? session.currency
  const intentId = `pi_test_from_${id}`
  stripe.intents.set(intentId, {
    amount,
    amount_received: amount,
    client_secret: `${intentId}_secret`,
    currency,
    id: intentId,
    metadata: session.payment_intent_metadata,
    object: 'payment_intent',
    status: 'succeeded',
  })
  Object.assign(session, { amount_total: amount, currency, payment_intent: intentId, payment_status: 'paid', status: 'complete' })
  return session
}

/** Nobody paid before `expires_at`: Stripe expires the session. */
export const expireSession = (stripe: FakeStripe, id: string): FakeSession =>
  Object.assign(stripe.sessions.get(id)!, { status: 'expired' as const, url: null })
