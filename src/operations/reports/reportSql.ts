import type { Payload } from 'payload'

import { HOUR_MS, localDateOf, zoneOffsetMs } from '../../scheduling/time.ts'
import { BookingError } from '../bookingError.ts'

/** What reports need of Payload's SQL adapters (`@payloadcms/db-postgres`, `@payloadcms/db-sqlite`). */
interface SqlAdapter {
  drizzle: unknown
  execute: (args: { drizzle: unknown; raw: string }) => Promise<{ columns?: string[]; rows: unknown[] }>
  name: string
  schemaName?: string
  tableNameMap: Map<string, string>
  tables: Record<string, Record<string, { name?: string } | undefined> | undefined>
}

export type SqlValue = number | string

/**
 * The two SQL dialects reports run on, behind one small interface: quoting, instants, durations,
 * the per-day buckets and running a statement through the adapter's own Drizzle instance.
 *
 * Statements are built as text with every value inlined as a literal: the values are ids checked
 * by `parseId` or loaded from the database, ISO instants this code formats itself, fixed status
 * names and the configured timezone; `literal` quotes and escapes each one anyway.
 */
export interface ReportSql {
  /** A date column's value as epoch-comparable SQL (`column >= instant(x)`). */
  instant: (ms: number) => string
  kind: 'postgres' | 'sqlite'
  literal: (value: SqlValue) => string
  /** Whole minutes between two date columns. */
  minutes: (start: string, end: string) => string
  query: (text: string) => Promise<Record<string, unknown>[]>
  /** `"table"."column"` of a collection's field (by its Payload name). */
  column: (slug: string, field: string, alias?: string) => string
  /** The (schema-qualified) table of a collection. */
  table: (slug: string) => string
  /** A grouping key of a date column that maps to one local day of the business (see `dayOf`). */
  bucket: (column: string) => string
  /** The business's local date of a bucket key. */
  dayOf: (bucket: string) => string
}

const quoteIdent = (name: string) => `"${name.replace(/"/g, '""')}"`

export const literal = (value: SqlValue): string => {
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) {
      throw new TypeError('payload-booking: a report value is not a finite number')
    }
    return String(value)
  }
  return `'${value.replace(/'/g, "''")}'`
}

/** Whether every UTC offset of `tz` within the window is a whole number of hours (true for most zones). */
const wholeHourOffsets = (tz: string, start: number, end: number): boolean => {
  for (let t = start; t <= end + HOUR_MS * 24; t += HOUR_MS * 24) {
    if (zoneOffsetMs(t, tz) % HOUR_MS !== 0) {
      return false
    }
  }
  return true
}

/**
 * The dialect of the payload's database adapter, for a report in `timezone` over `[start, end)`.
 * Postgres groups by the local date itself (`AT TIME ZONE`); SQLite has no timezone data, so it
 * groups by UTC hour (quarter hour in zones with half-hour offsets), and `dayOf` folds those
 * buckets into local days: at most 24 (96) buckets per day, whatever the number of bookings.
 */
export const reportSql = (payload: Payload, timezone: string, window: { end: number; start: number }): ReportSql => {
  const db = payload.db as unknown as Partial<SqlAdapter>
  if ((db.name !== 'postgres' && db.name !== 'sqlite') || !db.drizzle || !db.execute || !db.tables || !db.tableNameMap) {
    throw new BookingError(501, 'Reports need one of the SQL databases: Postgres or SQLite')
  }
  const adapter = db as SqlAdapter
  const kind = adapter.name as 'postgres' | 'sqlite'

  const tableName = (slug: string): string => {
    const key = slug.replace(/([a-z\d])([A-Z])/g, '$1_$2').replace(/[-\s]+/g, '_').toLowerCase()
    const name = adapter.tableNameMap.get(key) ?? key
    if (!adapter.tables[name]) {
      throw new Error(`payload-booking: no table for the collection ${slug}`)
    }
    return name
  }
  const table = (slug: string) => {
    const name = quoteIdent(tableName(slug))
    return kind === 'postgres' && adapter.schemaName && adapter.schemaName !== 'public'
      ? `${quoteIdent(adapter.schemaName)}.${name}`
      : name
  }
  const column = (slug: string, field: string, alias?: string) => {
    const name = adapter.tables[tableName(slug)]?.[field]?.name
    if (!name) {
      throw new Error(`payload-booking: no column for ${slug}.${field}`)
    }
    return alias ? `${quoteIdent(alias)}.${quoteIdent(name)}` : quoteIdent(name)
  }
  const query = async (text: string) => {
    const result = await adapter.execute({ drizzle: adapter.drizzle, raw: text })
    const columns = result.columns
    return result.rows.map((row) =>
      columns && Array.isArray(row)
        ? Object.fromEntries(columns.map((c, i) => [c, (row as unknown[])[i]]))
        : { ...(row as Record<string, unknown>) },
    )
  }

  if (kind === 'postgres') {
    return {
      bucket: (c) => `to_char(${c} AT TIME ZONE ${literal(timezone)}, 'YYYY-MM-DD')`,
      column,
      dayOf: (bucket) => bucket,
      instant: (ms) => `${literal(new Date(ms).toISOString())}::timestamptz`,
      kind,
      literal,
      minutes: (s, e) => `round(date_part('epoch', ${e} - ${s}) / 60)`,
      query,
      table,
    }
  }
  const hours = wholeHourOffsets(timezone, window.start, window.end)
  const days = new Map<string, string>()
  return {
    bucket: (c) =>
      hours
        ? `strftime('%Y-%m-%dT%H:00', ${c})`
        : `strftime('%Y-%m-%dT%H:', ${c}) || printf('%02d', (CAST(strftime('%M', ${c}) AS INTEGER) / 15) * 15)`,
    column,
    dayOf: (bucket) => {
      let day = days.get(bucket)
      if (day === undefined) {
        day = localDateOf(Date.parse(`${bucket}:00Z`), timezone)
        days.set(bucket, day)
      }
      return day
    },
    // Payload stores SQLite dates as ISO text in UTC (`toISOString`), which sorts as it compares.
    instant: (ms) => literal(new Date(ms).toISOString()),
    kind,
    literal,
    minutes: (s, e) => `round((julianday(${e}) - julianday(${s})) * 1440)`,
    query,
    table,
  }
}
