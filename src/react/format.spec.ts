import { describe, expect, it } from 'vitest'

import { buildIcsFile, fill, formatCountdown, formatDay, formatTime, pickLanguage } from './format.ts'

describe('widget formatting', () => {
  it('picks the first supported language of an Accept-Language header, else English', () => {
    expect(pickLanguage('de-AT,de;q=0.9,en;q=0.8')).toBe('de')
    expect(pickLanguage('pt-BR, ru;q=0.5')).toBe('ru')
    expect(pickLanguage('zh-CN')).toBe('zh')
    expect(pickLanguage('es')).toBe('en')
    expect(pickLanguage(null)).toBe('en')
  })

  it('shows times in the business zone, whatever the visitor’s zone (fixed instants, DST on both sides)', () => {
    // 2026-03-28 08:00Z is 09:00 in Berlin (CET); 2026-03-30 07:00Z is 09:00 (CEST).
    expect(formatTime('2026-03-28T08:00:00Z', 'de', 'Europe/Berlin')).toBe('09:00')
    expect(formatTime('2026-03-30T07:00:00Z', 'de', 'Europe/Berlin')).toBe('09:00')
    expect(formatTime('2026-03-30T07:00:00Z', 'en', 'Europe/Berlin')).toBe('9:00 AM')
    expect(formatDay('2026-03-30T07:00:00Z', 'fr', 'Europe/Berlin')).toBe('lundi 30 mars')
  })

  it('fills placeholders and counts down in m:ss', () => {
    expect(fill('Held for {{time}}.', { time: '4:59' })).toBe('Held for 4:59.')
    expect(fill('{{n}} min {{x}}', { n: 45 })).toBe('45 min {{x}}')
    expect(formatCountdown(300_000)).toBe('5:00')
    expect(formatCountdown(299_999)).toBe('4:59')
    expect(formatCountdown(59_000)).toBe('0:59')
    expect(formatCountdown(-5)).toBe('0:00')
  })

  it('builds a calendar file with the e-mails’ UID, UTC times and escaped text', () => {
    const ics = buildIcsFile({
      description: 'Reference: BK-7Q4M9XH2',
      end: '2026-03-30T07:45:00.000Z',
      now: Date.UTC(2026, 2, 23, 6),
      reference: 'BK-7Q4M9XH2',
      start: '2026-03-30T07:00:00.000Z',
      summary: 'Cut, wash; dry',
      url: 'https://example.com/m?reference=BK-7Q4M9XH2&token=t',
    })
    expect(ics.split('\r\n')).toEqual(
      expect.arrayContaining([
        'UID:BK-7Q4M9XH2@payload-booking',
        'DTSTAMP:20260323T060000Z',
        'DTSTART:20260330T070000Z',
        'DTEND:20260330T074500Z',
        'SUMMARY:Cut\\, wash\\; dry',
      ]),
    )
    expect(ics.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true)
    expect(ics.endsWith('END:VCALENDAR\r\n')).toBe(true)
  })
})
