import type { ParsedMail } from 'mailparser'

import { simpleParser } from 'mailparser'
import { SMTPServer } from 'smtp-server'

/**
 * A real SMTP server on loopback that keeps what it receives, parsed. `stop()` and `start()`
 * simulate an outage on the same port.
 */
export interface MailCatcher {
  messages: ParsedMail[]
  port: number
  start: () => Promise<void>
  stop: () => Promise<void>
  /** Resolves once at least `count` messages arrived (fails after `timeout` ms). */
  waitFor: (count: number, timeout?: number) => Promise<ParsedMail[]>
}

export const startMailCatcher = async (): Promise<MailCatcher> => {
  const messages: ParsedMail[] = []
  let server: SMTPServer | null = null
  let port = 0
  const pending: Promise<void>[] = []

  const start = async () => {
    if (server) {
      return
    }
    server = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS'],
      logger: false,
      onData(stream, _session, callback) {
        const parsed = simpleParser(stream).then((mail) => {
          messages.push(mail)
        })
        pending.push(parsed)
        parsed.then(() => callback(), callback)
      },
    })
    await new Promise<void>((resolve) => server!.listen(port, '127.0.0.1', resolve))
    port = (server.server.address() as { port: number }).port
  }
  await start()
  return {
    messages,
    get port() {
      return port
    },
    start,
    stop: () =>
      new Promise<void>((resolve) => {
        const closing = server
        server = null
        if (closing) {
          closing.close(() => resolve())
        } else {
          resolve()
        }
      }),
    waitFor: async (count, timeout = 10_000) => {
      const started = Date.now()
      while (messages.length < count) {
        if (Date.now() - started > timeout) {
          throw new Error(`expected ${count} messages, got ${messages.length}`)
        }
        await new Promise((resolve) => setTimeout(resolve, 25))
      }
      await Promise.all(pending)
      return messages
    },
  }
}
