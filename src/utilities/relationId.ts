/** The id of a relationship value, whether it is stored as an id or populated as a document. */
export const relationId = (value: unknown): null | number | string => {
  if (typeof value === 'number' || typeof value === 'string') {
    return value === '' ? null : value
  }
  if (value && typeof value === 'object' && 'id' in value) {
    const id = (value as { id: unknown }).id
    return typeof id === 'number' || typeof id === 'string' ? id : null
  }
  return null
}

/** An id the engine carried as a string, back in the form the database uses (serial ids are numbers). */
export const docId = (id: string): number | string => (/^\d+$/.test(id) ? Number(id) : id)

/** Milliseconds of an ISO string or Date, or NaN. */
export const toInstant = (value: unknown): number => {
  if (value instanceof Date) {
    return value.getTime()
  }
  if (typeof value === 'string' && value.trim() !== '') {
    return Date.parse(value)
  }
  return Number.NaN
}
