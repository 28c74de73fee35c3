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

export interface FakeStripe {
  close: () => Promise<void>
  intents: Map<string, FakeIntent>
  port: number
  /** Every refund asked for: its parameters and the idempotency key. */
  refunds: { amount: number; idempotencyKey: null | string; paymentIntent: string }[]
  requests: { idempotencyKey: null | string; method: string; path: string }[]
}

/**
 * A local stand-in for the few Stripe API endpoints the provider uses (create and retrieve a
 * PaymentIntent, create a refund), answered in Stripe's shapes; the real `stripe` SDK talks to it
 * over HTTP. Idempotency keys are honoured like Stripe does: a repeated key gets the first answer.
 */
export const startFakeStripe = async (): Promise<FakeStripe> => {
  const intents = new Map<string, FakeIntent>()
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
    if (req.method === 'POST' && path === '/v1/refunds') {
      const paymentIntent = String(form.get('payment_intent'))
      const amount = Number(form.get('amount'))
      refunds.push({ amount, idempotencyKey: key, paymentIntent })
      return send(200, { amount, id: `re_test_${++counter}`, object: 'refund', payment_intent: paymentIntent, status: 'succeeded' })
    }
    send(404, { error: { message: `Unrecognized request URL (${req.method}: ${path})`, type: 'invalid_request_error' } })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  return {
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections()
        server.close(() => resolve())
      }),
    intents,
    port: (server.address() as { port: number }).port,
    refunds,
    requests,
  }
}

/** Marks a PaymentIntent paid, as Stripe would once the card is charged. */
export const succeed = (stripe: FakeStripe, id: string): FakeIntent => {
  const intent = stripe.intents.get(id)!
  intent.status = 'succeeded'
  intent.amount_received = intent.amount
  return intent
}
