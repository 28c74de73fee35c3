import { describe, expect, it } from 'vitest'

import { BookingError } from '../bookingError.ts'
import { parseCheckInQuery, phoneMatches } from './parseQuery.ts'

const fieldOf = (input: unknown) => {
  try {
    parseCheckInQuery(input)
  } catch (error) {
    return error instanceof BookingError ? `${error.status} ${error.field}` : 'other'
  }
  return 'none'
}

describe('parseCheckInQuery', () => {
  it('reads a reference however it was typed or scanned', () => {
    for (const input of ['BK-7Q4M9XH2', 'bk-7q4m9xh2', ' bk 7q4m 9xh2 ', 'BK7Q4M9XH2', '7q4m9xh2', 'BOOKING:BK-7Q4M9XH2', 'bk_7q4m-9xh2']) {
      expect(parseCheckInQuery(input), input).toEqual({ kind: 'reference', reference: 'BK-7Q4M9XH2' })
    }
    // "BK" inside the code itself
    expect(parseCheckInQuery('bk-bk2bk2bk')).toEqual({ kind: 'reference', reference: 'BK-BK2BK2BK' })
  })

  it('reads digits and phone punctuation as a phone number; eight digits alone are a phone number', () => {
    expect(parseCheckInQuery('+49 (30) 123-45.67')).toEqual({ digits: '4930123456' + '7', kind: 'phone' })
    expect(parseCheckInQuery('23456789')).toEqual({ digits: '23456789', kind: 'phone' })
  })

  it('is a 400 naming q for anything else', () => {
    for (const input of [undefined, '', '   ', 'hello', '12-34', 'BK-0O1I0O1I', 'x'.repeat(201), 42]) {
      expect(fieldOf(input), String(input)).toBe('400 q')
    }
  })
})

describe('phoneMatches', () => {
  it('matches with or without country code and trunk zero, whatever the punctuation', () => {
    expect(phoneMatches('+49 30 111 2222', '03011122 22')).toBe(true)
    expect(phoneMatches('030 1112222', '4930 1112222')).toBe(true)
    expect(phoneMatches('+49 30 111 2222', '1112222')).toBe(true)
    expect(phoneMatches('+49 30 111 2222', '1112223')).toBe(false)
    expect(phoneMatches('+49 30 111 2222', '2222')).toBe(false) // too short to mean someone
    expect(phoneMatches(null, '1112222')).toBe(false)
  })
})
