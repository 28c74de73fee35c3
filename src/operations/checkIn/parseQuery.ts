import { badRequest } from '../bookingError.ts'

/** What the front desk typed or scanned: a booking reference, or a phone number. */
export type CheckInQuery = { kind: 'phone'; digits: string } | { kind: 'reference'; reference: string }

const REFERENCE_CHARS = '23456789ABCDEFGHJKLMNPQRSTUVWXYZ'
/** `BK-` and 8 characters of the reference alphabet (no 0/O, 1/I), at the end of the input. */
const REFERENCE_RE = new RegExp(`BK([${REFERENCE_CHARS}]{8})$`)
/** The 8 characters alone, when they hold a letter (8 digits alone are a phone number). */
const BARE_RE = new RegExp(`^(?=.*[A-Z])([${REFERENCE_CHARS}]{8})$`)
/** Fewer digits than this is not a phone number anybody could be found by. */
export const MIN_PHONE_DIGITS = 5

/**
 * Reads the one input of the check-in view. A reference is accepted in any case, with or without
 * its dash and with spaces anywhere ("bk 7q4m 9xh2"), or without the `BK` (when it holds a
 * letter), as scanned from the QR code or read out; a prefix a scanner adds is tolerated too. Anything else made only of
 * digits and phone punctuation, with at least 5 digits, is a phone number. The rest is a 400.
 */
export const parseCheckInQuery = (input: unknown): CheckInQuery => {
  if (typeof input !== 'string' || input.trim() === '') {
    throw badRequest('q', 'q is required: a booking reference or a phone number')
  }
  if (input.length > 200) {
    throw badRequest('q', 'q is too long for a reference or a phone number')
  }
  const compact = input.toUpperCase().replace(/[\s\-_.:/]/g, '')
  const match = REFERENCE_RE.exec(compact) ?? BARE_RE.exec(compact)
  if (match) {
    return { kind: 'reference', reference: `BK-${match[1]}` }
  }
  if (/^[\d\s+().\-/]+$/.test(input.trim())) {
    const digits = input.replace(/\D/g, '')
    if (digits.length >= MIN_PHONE_DIGITS) {
      return { digits, kind: 'phone' }
    }
  }
  throw badRequest('q', 'q is neither a booking reference (BK-…) nor a phone number')
}

/** Without the leading zeros of a national prefix ("030 …" and "+49 30 …" end the same). */
const significant = (digits: string) => digits.replace(/^0+/, '')

/**
 * Whether a stored phone number is the one asked for: the same digits, or one ending in the
 * other (with or without the country code or the trunk zero), as long as the shorter one still
 * has enough digits to mean someone.
 */
export const phoneMatches = (stored: unknown, digits: string): boolean => {
  if (typeof stored !== 'string') return false
  const a = significant(stored.replace(/\D/g, ''))
  const b = significant(digits.replace(/\D/g, ''))
  if (a.length < MIN_PHONE_DIGITS || b.length < MIN_PHONE_DIGITS) return false
  return a.endsWith(b) || b.endsWith(a)
}
