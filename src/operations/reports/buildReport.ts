import type { PayloadRequest, Where } from 'payload'

import type { Schedule } from '../../scheduling/types.ts'
import type { SanitizedBookingOptions } from '../../types.ts'
import type { Tally } from './metrics.ts'
import type { SqlValue } from './reportSql.ts'
import type { OnlinePayments, Report, ReportQuery } from './types.ts'

import { fromMinor } from '../../payments/money.ts'
import { addDays, startOfLocalDay } from '../../scheduling/time.ts'
import { relationId } from '../../utilities/relationId.ts'
import { notFound } from '../bookingError.ts'
import { addBookingCounts, addRequests, addTally, emptyTally, finish, roundMoney } from './metrics.ts'
import { reportQueries } from './reportQueries.ts'
import { reportSql } from './reportSql.ts'
import { reportStaffScope, reportViewer } from './reportViewer.ts'
import { datesOf, workingMinutesByDay } from './workingMinutes.ts'

type Id = number | string
type Row = Record<string, unknown> & { id: Id }

interface StaffInfo {
  active: boolean
  id: Id
  name: string
  services: string[]
}

interface ServiceInfo {
  active: boolean
  capacity: number
  id: Id
  name: string
}

const tallyOf = (map: Map<string, Tally>, key: string): Tally => {
  let tally = map.get(key)
  if (!tally) {
    tally = emptyTally()
    map.set(key, tally)
  }
  return tally
}

/**
 * A report over a range of dates (both inclusive, in the business's zone), optionally for one
 * staff member and/or one service: the numbers of the whole range, per day, per staff member and
 * per service. Computed by aggregate queries in the database (see `reportQueries`); what Node
 * sums afterwards is bounded by days, staff and services. Staff users get their own numbers only.
 */
export const buildReport = async (req: PayloadRequest, options: SanitizedBookingOptions, query: ReportQuery): Promise<Report> => {
  const viewer = await reportViewer(req, options)
  // With numeric ids, a word names no document (and must not reach an integer column in SQL).
  for (const field of ['staff', 'service'] as const) {
    if (typeof query[field] === 'string' && req.payload.db.defaultIDType === 'number') {
      throw notFound(field, `No ${field} with id ${String(query[field])}`)
    }
  }
  const staffScope = reportStaffScope(viewer, query.staff)
  const timezone = options.timezone
  const now = options.clock().getTime()
  const window = { end: startOfLocalDay(addDays(query.to, 1), timezone), start: startOfLocalDay(query.from, timezone) }
  const find = (collection: string, select: Record<string, true>, where?: Where) =>
    req.payload.find({ collection, depth: 0, limit: 0, overrideAccess: true, pagination: false, req, select, where } as never)

  const sql = reportSql(req.payload, timezone, window)
  const queries = reportQueries(sql, options, {
    end: window.end,
    now,
    service: query.service as null | SqlValue,
    staff: staffScope as null | SqlValue[],
    start: window.start,
  })
  // Everything at once: the small collections through the Local API, the aggregates in SQL.
  const [staffResult, serviceResult, scheduleResult, bookingRows, requestsByDay, requestsByStaff, requestsByService, paid] =
    await Promise.all([
      find(options.slugs.staff, { name: true, active: true, services: true }),
      find(options.slugs.services, { name: true, active: true, capacity: true }),
      find(
        options.slugs.availability,
        { exceptions: true, staff: true, timezone: true, weekly: true },
        staffScope === null ? undefined : { staff: { in: staffScope } },
      ),
      queries.bookingAggregates(),
      queries.requestCounts('day'),
      queries.requestCounts('staff'),
      queries.requestCounts('service'),
      queries.onlinePayments(),
    ])
  const allStaff: StaffInfo[] = (staffResult.docs as unknown as Row[]).map((doc) => ({
    active: doc.active !== false,
    id: doc.id,
    name: String(doc.name ?? ''),
    services: (Array.isArray(doc.services) ? doc.services : []).map((s) => String(relationId(s))),
  }))
  const services: ServiceInfo[] = (serviceResult.docs as unknown as Row[]).map((doc) => ({
    active: doc.active !== false,
    capacity: Math.max(1, Number(doc.capacity ?? 1)),
    id: doc.id,
    name: String(doc.name ?? ''),
  }))
  if (query.staff !== null && !allStaff.some((s) => String(s.id) === String(query.staff))) {
    throw notFound('staff', `No staff member with id ${String(query.staff)}`)
  }
  const service = query.service === null ? null : services.find((s) => String(s.id) === String(query.service))
  if (service === undefined) {
    throw notFound('service', `No service with id ${String(query.service)}`)
  }
  const inScope = (id: Id) => staffScope === null || staffScope.some((s) => String(s) === String(id))
  const scopeStaff = allStaff.filter((s) => inScope(s.id))
  const seatsMode = service !== null

  const dates = datesOf(query.from, query.to)
  const days = new Map(dates.map((date) => [date, emptyTally()]))
  const staffTallies = new Map<string, Tally>()
  const serviceTallies = new Map<string, Tally>()
  // Booked minutes: seat-minutes with a service chosen, else staff time (a session once).
  for (const row of bookingRows.days) {
    const day = days.get(sql.dayOf(row.key))
    if (day) addBookingCounts(day, row, seatsMode ? row.seatMinutes : row.sessionMinutes)
  }
  for (const row of bookingRows.pairs) {
    addBookingCounts(tallyOf(staffTallies, row.key), row, seatsMode ? row.seatMinutes : row.sessionMinutes)
    addBookingCounts(tallyOf(serviceTallies, row.key2), row, row.seatMinutes)
  }
  for (const row of requestsByDay) {
    const day = days.get(sql.dayOf(row.key))
    if (day) addRequests(day, row.status, row.count)
  }
  for (const row of requestsByStaff) if (row.key) addRequests(tallyOf(staffTallies, row.key), row.status, row.count)
  for (const row of requestsByService) addRequests(tallyOf(serviceTallies, row.key), row.status, row.count)

  // Who was there to be booked: active staff, and anyone who has appointments in the range.
  const booked = new Set(bookingRows.pairs.filter((r) => r.bookings > 0).map((r) => r.key))
  const available = scopeStaff.filter((s) => s.active || booked.has(String(s.id)))
  const performs = (staff: StaffInfo, serviceId: Id) => staff.services.includes(String(serviceId))
  const availableIds = new Set(available.map((s) => String(s.id)))
  const schedules: Schedule[] = (scheduleResult.docs as unknown as Row[])
    .map((doc) => ({
      exceptions: (doc.exceptions as Schedule['exceptions']) ?? [],
      staffId: String(relationId(doc.staff)),
      timezone: String(doc.timezone || timezone),
      weekly: (doc.weekly as Schedule['weekly']) ?? [],
    }))
    .filter((schedule) => availableIds.has(schedule.staffId))
  const workByStaff = workingMinutesByDay(schedules, query.from, query.to, timezone)
  const totalWork = (staffId: string) => [...(workByStaff.get(staffId)?.values() ?? [])].reduce((a, b) => a + b, 0)
  // With a service chosen, a seat of it per performer; otherwise one seat per staff member.
  for (const staff of available) {
    const key = String(staff.id)
    if (service && !performs(staff, service.id)) continue
    const seats = service ? service.capacity : 1
    for (const [date, m] of workByStaff.get(key) ?? []) {
      const day = days.get(date)
      if (day) day.availableMinutes += m * seats
    }
    tallyOf(staffTallies, key).availableMinutes += totalWork(key) * seats
  }
  const listed = service ? [service] : services.filter((s) => s.active || serviceTallies.has(String(s.id)))
  for (const s of listed) {
    const tally = tallyOf(serviceTallies, String(s.id))
    for (const staff of available) {
      if (performs(staff, s.id)) tally.availableMinutes += totalWork(String(staff.id)) * s.capacity
    }
  }

  const totals = emptyTally()
  for (const day of days.values()) addTally(totals, day)
  const paidOnline: Record<string, OnlinePayments> = {}
  for (const row of paid) {
    const currency = row.currency || options.payments.currency
    const paidAmount = roundMoney(fromMinor(row.paid, currency), currency)
    const refunded = roundMoney(fromMinor(row.refunded, currency), currency)
    paidOnline[currency] = { bookings: row.bookings, net: roundMoney(paidAmount - refunded, currency), paid: paidAmount, refunded }
  }
  // A row says something when it has bookings, requests or working hours in the range.
  const hasNumbers = (tally: Tally) => tally.bookings + tally.cancelled + tally.requests.received > 0 || tally.availableMinutes > 0
  const staffName = new Map(allStaff.map((s) => [String(s.id), s]))
  const serviceById = new Map(services.map((s) => [String(s.id), s]))
  const staffRows = [...staffTallies.entries()]
    .filter(([key, tally]) => inScope(key) && (!service || hasNumbers(tally)))
    .map(([key, tally]) => ({ id: staffName.get(key)?.id ?? key, name: staffName.get(key)?.name ?? `#${key}`, ...finish(tally) }))
    .sort((a, b) => a.name.localeCompare(b.name))
  const serviceRows = [...serviceTallies.entries()]
    .filter(([key, tally]) => (!service || key === String(service.id)) && hasNumbers(tally))
    .map(([key, tally]) => {
      const info = serviceById.get(key)
      return { capacity: info?.capacity ?? 1, id: info?.id ?? key, name: info?.name ?? `#${key}`, ...finish(tally) }
    })
    .sort((a, b) => a.name.localeCompare(b.name))
  const result = finish(totals)
  const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name)
  return {
    choices: {
      services: services.filter((s) => s.active).map(({ id, name }) => ({ id, name })).sort(byName),
      staff: scopeStaff.filter((s) => s.active || booked.has(String(s.id))).map(({ id, name }) => ({ id, name })).sort(byName),
    },
    currencies: [...new Set([...Object.keys(result.revenue), ...Object.keys(paidOnline)])].sort(),
    days: dates.map((date) => ({ date, ...finish(days.get(date)!) })),
    filters: { service: service ? service.id : null, staff: query.staff },
    from: query.from,
    generatedAt: new Date(now).toISOString(),
    paidOnline,
    services: serviceRows,
    staff: staffRows,
    timezone,
    to: query.to,
    totals: result,
    utilisationBasis: seatsMode ? 'seats' : 'staff-time',
  }
}
