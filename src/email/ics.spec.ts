import ICAL from 'ical.js'
import { describe, expect, it } from 'vitest'

import type { MessageContext, MessageKind } from './types.ts'

import { bookingTranslations } from '../translations/index.ts'
import { buildIcs } from './ics.ts'
import { renderMessage } from './renderMessage.ts'
import { makeTranslate } from './translate.ts'

const START = Date.parse('2026-03-24T08:00:00Z')
const END = Date.parse('2026-03-24T09:30:00Z')
const NOW = Date.parse('2026-03-01T12:00:00Z')
const MANAGE = 'https://studio.example/manage?ref=AB12CD&token=t0k'

const context = (kind: MessageKind, extra: Partial<MessageContext> = {}): MessageContext => ({
  booking: { end: END, reference: 'AB12CD', seats: 1, start: START },
  business: { address: 'Hauptstraße 1, 10115 Berlin', name: 'Studio Anna', timezone: 'Europe/Berlin' },
  customer: { email: 'mia@example.com', name: 'Mia Muster' },
  kind,
  locale: 'en',
  manageUrl: MANAGE,
  recipient: 'customer',
  request: { reference: 'RQ7788' },
  serviceName: 'Haircut',
  staffName: 'Anna',
  ...extra,
})

const parse = (content: string) => {
  const calendar = new ICAL.Component(ICAL.parse(content))
  const event = calendar.getFirstSubcomponent('vevent')
  if (!event) throw new Error('no VEVENT')
  return { calendar, event }
}

const instant = (event: ICAL.Component, name: string): number => {
  const value = event.getFirstPropertyValue(name)
  if (!(value instanceof ICAL.Time)) throw new Error(`${name} is not a time`)
  return value.toUnixTime() * 1000
}

describe('buildIcs', () => {
  it.each(['bookingConfirmed', 'requestBooked', 'bookingReminder'] as const)('%s: a REQUEST event in UTC', (kind) => {
    const ics = buildIcs(context(kind), { now: NOW })!
    expect(ics.method).toBe('REQUEST')
    expect(ics.filename).toBe('booking-AB12CD.ics')
    expect(ics.content).toContain('METHOD:REQUEST')
    expect(ics.content).toContain('DTSTART:20260324T080000Z')
    expect(ics.content).toContain('DTEND:20260324T093000Z')

    const { calendar, event } = parse(ics.content)
    expect(calendar.getFirstPropertyValue('method')).toBe('REQUEST')
    expect(event.getFirstPropertyValue('uid')).toBe('AB12CD@payload-booking')
    expect(instant(event, 'dtstart')).toBe(START)
    expect(instant(event, 'dtend')).toBe(END)
    expect(instant(event, 'dtstamp')).toBe(NOW)
    expect(event.getFirstPropertyValue('summary')).toBe('Haircut – Studio Anna')
    expect(event.getFirstPropertyValue('location')).toBe('Hauptstraße 1, 10115 Berlin')
    expect(event.getFirstPropertyValue('sequence')).toBe(0)
    expect(event.getFirstPropertyValue('status')).toBe('CONFIRMED')
    const description = String(event.getFirstPropertyValue('description'))
    expect(description).toContain('Reference: AB12CD')
    expect(description).toContain(MANAGE)
  })

  it('bookingRescheduled: same UID, SEQUENCE 1, the new times', () => {
    const start = Date.parse('2026-07-14T07:30:00Z')
    const booking = { end: start + 3_600_000, reference: 'AB12CD', seats: 1, start }
    const { event } = parse(buildIcs(context('bookingRescheduled', { booking }))!.content)
    expect(event.getFirstPropertyValue('uid')).toBe('AB12CD@payload-booking')
    expect(event.getFirstPropertyValue('sequence')).toBe(1)
    expect(instant(event, 'dtstart')).toBe(start)
  })

  it('bookingCancelled: METHOD:CANCEL, STATUS:CANCELLED, same UID, no manage link', () => {
    const ics = buildIcs(context('bookingCancelled'))!
    expect(ics.method).toBe('CANCEL')
    expect(ics.content).toContain('METHOD:CANCEL')
    expect(ics.content).toContain('STATUS:CANCELLED')
    expect(ics.content).not.toContain('token=')
    const { calendar, event } = parse(ics.content)
    expect(calendar.getFirstPropertyValue('method')).toBe('CANCEL')
    expect(event.getFirstPropertyValue('uid')).toBe('AB12CD@payload-booking')
    expect(event.getFirstPropertyValue('status')).toBe('CANCELLED')
    expect(instant(event, 'dtstart')).toBe(START)
  })

  it.each(['requestReceived', 'requestDeclined', 'staffNewBooking', 'staffNewRequest'] as const)(
    '%s: no calendar file',
    (kind) => {
      expect(buildIcs(context(kind))).toBeUndefined()
    },
  )

  it('no booking, no calendar file; no address, no LOCATION', () => {
    expect(buildIcs(context('bookingConfirmed', { booking: undefined }))).toBeUndefined()
    const ics = buildIcs(context('bookingConfirmed', { business: { name: 'Studio Anna', timezone: 'UTC' } }))!
    expect(ics.content).not.toContain('LOCATION')
  })

  it('a staff copy carries the customer, never the manage link', () => {
    const ics = buildIcs(context('bookingRescheduled', { recipient: 'staff' }))!
    const description = String(parse(ics.content).event.getFirstPropertyValue('description'))
    expect(description).toContain('Mia Muster (mia@example.com)')
    expect(ics.content).not.toContain('token=')
  })

  it('renderMessage attaches it, with localized description labels', () => {
    const t = makeTranslate(bookingTranslations.de, bookingTranslations.en)
    const message = renderMessage(context('bookingConfirmed', { locale: 'de' }), t)
    expect(message.ics?.method).toBe('REQUEST')
    const { event } = parse(message.ics!.content)
    expect(String(event.getFirstPropertyValue('description'))).toContain('Buchungscode: AB12CD')
    expect(instant(event, 'dtstart')).toBe(START)
    expect(renderMessage(context('requestReceived'), t).ics).toBeUndefined()
  })
})
