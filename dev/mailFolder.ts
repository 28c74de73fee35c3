import type { Transport } from 'nodemailer'

import { createWriteStream, mkdirSync } from 'node:fs'
import path from 'node:path'

/**
 * The dev site's mail: every message is written as an .eml file into `dir` (open it with any
 * mail program, or read it as text), instead of going out over SMTP.
 */
export const mailFolderTransport = (dir: string): Transport => ({
  name: 'dev-mail-folder',
  send(mail, callback) {
    mkdirSync(dir, { recursive: true })
    const to = String(mail.data.to ?? 'unknown').replace(/[^\w@.-]+/g, '_').slice(0, 60)
    const file = path.join(dir, `${new Date().toISOString().replace(/[:.]/g, '-')}-${to}.eml`)
    const out = createWriteStream(file)
    mail.message.createReadStream().pipe(out)
    out.on('error', (error) => callback(error, undefined as never))
    out.on('finish', () => {
      console.log(`[mail] ${String(mail.data.subject ?? '')} -> ${path.relative(process.cwd(), file)}`)
      callback(null, { envelope: mail.message.getEnvelope(), messageId: mail.message.messageId() } as never)
    })
  },
  version: '1',
})
