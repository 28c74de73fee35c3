/**
 * The two bodies of a message, built from the same parts: a simple, accessible HTML document
 * (inline styles only, a real data table of label/value rows, one button-like link) and a
 * plain-text version with the same information. Every string in the parts is plain text; this
 * module escapes all of it.
 */

import { escapeHtml } from './format.ts'

export interface MessageRow {
  /** Makes the value a link (mailto:, tel:). */
  href?: string
  label: string
  /** Plain text; line breaks are kept. */
  value: string
}

export interface MessageParts {
  /** The main call to action, e.g. the manage link. */
  action?: { intro?: string; label: string; url: string }
  /** Closing lines: sign-off and name, or a footer. */
  closing: string[]
  /** A smaller closing line under the sign-off (e.g. "sent automatically"). */
  footer?: string
  greeting: string
  /** An image under the rows (the check-in QR code), with a caption that also goes into the text. */
  image?: { alt: string; caption: string; src: string }
  intro: string
  /** The `lang` of the HTML document. */
  lang: string
  outro?: string
  rows: MessageRow[]
  subject: string
}

const FONT = "-apple-system, BlinkMacSystemFont, 'Segoe UI', Roboto, Helvetica, Arial, sans-serif"
const P = 'margin:0 0 16px 0;'
const CELL = 'padding:8px 0;border-bottom:1px solid #e5e7eb;vertical-align:top;text-align:left;'

/** Escaped text with line breaks as <br>. */
const block = (text: string): string => escapeHtml(text).replace(/\r\n|\r|\n/g, '<br>')

/** True for a link we are willing to put in an href. */
export const isSafeUrl = (url: string): boolean => /^(https?:|mailto:|tel:)/i.test(url.trim())

export function renderHtml(parts: MessageParts): string {
  const rows = parts.rows
    .map((row) => {
      const value =
        row.href && isSafeUrl(row.href)
          ? `<a href="${escapeHtml(row.href)}" style="color:#1d4ed8;">${block(row.value)}</a>`
          : block(row.value)
      return (
        `<tr><th scope="row" style="${CELL}padding-right:16px;color:#4b5563;font-weight:normal;white-space:nowrap;">` +
        `${escapeHtml(row.label)}</th><td style="${CELL}color:#111827;">${value}</td></tr>`
      )
    })
    .join('\n')
  const body: string[] = [
    `<p style="${P}">${block(parts.greeting)}</p>`,
    `<p style="${P}">${block(parts.intro)}</p>`,
  ]
  if (rows) {
    body.push(
      `<table style="border-collapse:collapse;width:100%;margin:0 0 24px 0;font-size:15px;">\n<tbody>\n${rows}\n</tbody>\n</table>`,
    )
  }
  if (parts.image && /^cid:[\w.@-]+$/.test(parts.image.src)) {
    body.push(
      `<p style="margin:0 0 24px 0;text-align:center;"><img src="${escapeHtml(parts.image.src)}" alt="${escapeHtml(parts.image.alt)}" ` +
        'width="200" height="200" style="display:block;margin:0 auto 8px auto;width:200px;height:200px;border:0;">' +
        `<span style="font-size:14px;color:#4b5563;">${block(parts.image.caption)}</span></p>`,
    )
  }
  if (parts.action && isSafeUrl(parts.action.url)) {
    if (parts.action.intro) body.push(`<p style="${P}">${block(parts.action.intro)}</p>`)
    body.push(
      `<p style="margin:0 0 24px 0;"><a href="${escapeHtml(parts.action.url)}" style="display:inline-block;` +
        'padding:12px 20px;background-color:#1f2937;color:#ffffff;text-decoration:none;border-radius:6px;font-weight:bold;">' +
        `${escapeHtml(parts.action.label)}</a></p>`,
    )
  }
  if (parts.outro) body.push(`<p style="${P}">${block(parts.outro)}</p>`)
  if (parts.closing.length > 0) {
    body.push(`<p style="margin:0;">${parts.closing.map(block).join('<br>')}</p>`)
  }
  if (parts.footer) {
    body.push(`<p style="margin:24px 0 0 0;font-size:13px;color:#6b7280;">${block(parts.footer)}</p>`)
  }
  return [
    '<!DOCTYPE html>',
    `<html lang="${escapeHtml(parts.lang)}" dir="ltr">`,
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(parts.subject)}</title>`,
    '</head>',
    '<body style="margin:0;padding:0;background-color:#f4f4f5;">',
    '<table role="presentation" width="100%" cellpadding="0" cellspacing="0" style="background-color:#f4f4f5;">',
    '<tr><td align="center" style="padding:24px 12px;">',
    '<table role="presentation" width="100%" cellpadding="0" cellspacing="0" style="max-width:600px;background-color:#ffffff;border-radius:8px;">',
    `<tr><td style="padding:32px;font-family:${FONT};font-size:16px;line-height:1.5;color:#111827;">`,
    body.join('\n'),
    '</td></tr>',
    '</table>',
    '</td></tr>',
    '</table>',
    '</body>',
    '</html>',
  ].join('\n')
}

/** Continuation lines of a multi-line value are indented under their label. */
const indent = (value: string): string => value.replace(/\r\n|\r|\n/g, '\n  ')

/** "Label: value" punctuation of the message language (French spaces, Chinese full-width colon). */
const colon = (lang: string): string => (lang.startsWith('zh') ? '：' : lang.startsWith('fr') ? '\u00a0: ' : ': ')

export function renderText(parts: MessageParts): string {
  const sections: string[] = [parts.greeting, parts.intro]
  if (parts.rows.length > 0) {
    sections.push(parts.rows.map((row) => `${row.label}${colon(parts.lang)}${indent(row.value)}`).join('\n'))
  }
  if (parts.image) sections.push(parts.image.caption)
  if (parts.action) {
    const link = `${parts.action.label}${colon(parts.lang)}${parts.action.url}`
    sections.push(parts.action.intro ? `${parts.action.intro}\n${link}` : link)
  }
  if (parts.outro) sections.push(parts.outro)
  if (parts.closing.length > 0) sections.push(parts.closing.join('\n'))
  if (parts.footer) sections.push(parts.footer)
  return `${sections.join('\n\n')}\n`
}
