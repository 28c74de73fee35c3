/** The customer details a booking or request carries. */
export interface CustomerSnapshot {
  email?: null | string
  locale?: null | string
  name?: null | string
  phone?: null | string
}

/** Fewer digits than this is not a phone number anybody could be found by. */
const MIN_PHONE_DIGITS = 6

/** One record per e-mail address, whatever its case or surrounding spaces. */
export const emailKeyOf = (email: unknown): null | string => {
  const key = typeof email === 'string' ? email.trim().toLowerCase() : ''
  return key.includes('@') ? key : null
}

/** A phone number reduced to its digits ("+49 30 123-45" and "+493012345" are one person). */
export const phoneKeyOf = (phone: unknown): null | string => {
  const digits = typeof phone === 'string' ? phone.replace(/\D/g, '') : ''
  return digits.length >= MIN_PHONE_DIGITS ? digits : null
}
