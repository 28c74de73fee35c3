/** Fields the plugin stores on bookings but must never send to anyone: token hashes and idempotency data. */
export const HIDDEN_FIELDS = [
  'holdTokenHash',
  'cancelTokenHash',
  'idempotencyKey',
  'sealedManageToken',
  'idempotencyFingerprint',
]

export interface HiddenKeysOptions {
  /** Also report any key whose name contains "token" (any case), not only the hidden fields. */
  anyTokenKey?: boolean
}

/**
 * The paths (like `$.docs[0].cancelTokenHash`) of every hidden field anywhere inside a response
 * body; an empty list means nothing leaked.
 */
export const hiddenKeysIn = (value: unknown, options: HiddenKeysOptions = {}, path = '$'): string[] => {
  if (Array.isArray(value)) {
    return value.flatMap((item, index) => hiddenKeysIn(item, options, `${path}[${index}]`))
  }
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([key, inner]) => [
      ...(HIDDEN_FIELDS.includes(key) || (options.anyTokenKey === true && /token/i.test(key)) ? [`${path}.${key}`] : []),
      ...hiddenKeysIn(inner, options, `${path}.${key}`),
    ])
  }
  return []
}
