import type { Payload } from 'payload'

import type { BookingSource, BookingStatus } from '../src/types.ts'

import { addDays, localDateOf, wallClockToInstant, weekdayOf } from '../src/scheduling/time.ts'
import { seedLoyalty } from './seedLoyalty.ts'
import { seedPackages } from './seedPackages.ts'

/**
 * Demo data for the dev site: a small hair & yoga studio in Europe/Berlin with three staff,
 * five services, weekly schedules and a few dozen bookings over the next two weeks. Dates are
 * relative to today, so the calendar always looks alive.
 */

const TZ = 'Europe/Berlin'

type Id = number | string
type Day = 'fri' | 'mon' | 'sat' | 'sun' | 'thu' | 'tue' | 'wed'
interface Rule {
  day: Day
  end: string
  start: string
}

const credentials = () => ({
  email: process.env.SEED_ADMIN_EMAIL || 'admin@example.com',
  password: process.env.SEED_ADMIN_PASSWORD || 'admin',
})
const STAFF_EMAIL = 'staff@example.com'
const CONSULTANT_EMAIL = 'carla@example.com'

/** Printed on every start (console.log, so it shows even with a quiet logger). */
const printLogin = (seeded: boolean) => {
  const { email, password } = credentials()
  const url = `http://localhost:${process.env.PORT || 3000}/admin`
  console.log(
    [
      '',
      `payload-booking dev site${seeded ? ' (demo data seeded)' : ''}`,
      `  Admin:  ${url}`,
      `  Login:  ${email} / ${password}`,
      ...(seeded
        ? [
            `  Staff:  ${STAFF_EMAIL} / ${password} (sees only their own bookings)`,
            `          ${CONSULTANT_EMAIL} / ${password} (the consultant: answers the request queue)`,
          ]
        : []),
      '',
    ].join('\n'),
  )
}

/** Seeds the demo studio when the users collection is empty; prints the admin URL and login. */
export const seedIfEmpty = async (payload: Payload): Promise<void> => {
  const { totalDocs } = await payload.count({ collection: 'users', overrideAccess: true })
  if (totalDocs > 0) {
    printLogin(false)
    return
  }
  const { email, password } = credentials()
  payload.logger.info('payload-booking dev: empty database, seeding the demo studio…')
  const started = Date.now()
  await payload.create({
    collection: 'users',
    data: { email, password, role: 'admin' } as never,
    overrideAccess: true,
  })
  try {
    const { services } = await payload.count({ collection: 'services', overrideAccess: true }).then((r) => ({
      services: r.totalDocs,
    }))
    if (services === 0) {
      const counts = await seedStudio(payload, password)
      await seedBookingPage(payload)
      await seedLoyalty(payload)
      await seedPackages(payload)
      payload.logger.info(
        `payload-booking dev: seeded ${counts.bookings} bookings (${counts.skipped} skipped on conflicts) ` +
          `and ${counts.requests} requests in ${Date.now() - started} ms`,
      )
    }
  } catch (err) {
    // Never take the dev site down because of demo data: the admin user exists, log in and look.
    payload.logger.error({ err, msg: 'payload-booking dev: seeding the demo data failed' })
  }
  printLogin(true)
}

/** The public /book page: the services with prices, and the booking widget for all of them. */
const seedBookingPage = async (payload: Payload) => {
  await payload.create({
    collection: 'pages',
    data: {
      layout: [
        { blockType: 'bookingServices', bookingUrl: '/book', heading: 'Studio Mitte', showPrices: true },
        // No heading: the widget then shows its own title in the visitor's language.
        { blockType: 'bookingWidget', disclosure: 'service', phone: 'optional' },
      ],
      slug: 'book',
      title: 'Book an appointment',
    } as never,
    overrideAccess: true,
  })
}

// ---------------------------------------------------------------------------------------------

/** A small deterministic PRNG, so every fresh database gets the same kind of week. */
const prng = (seed: number) => () => {
  seed = (seed + 0x6d2b79f5) | 0
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed)
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296
}

const hhmm = (minutes: number) =>
  `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`
const toMinutes = (t: string) => Number(t.slice(0, 2)) * 60 + Number(t.slice(3, 5))
const days = (list: Day[], start: string, end: string): Rule[] => list.map((day) => ({ day, end, start }))

const customers = [
  ['Lena Hoffmann', '+49 30 1234 5601'],
  ['Jonas Becker', '+49 30 1234 5602'],
  ['Mia Schulz', '+49 30 1234 5603'],
  ['Paul Wagner', '+49 30 1234 5604'],
  ['Sophie Keller', '+49 30 1234 5605'],
  ['Felix Braun', '+49 30 1234 5606'],
  ['Emma Richter', '+49 30 1234 5607'],
  ['Noah Wolf', '+49 30 1234 5608'],
  ['Hannah Neumann', '+49 30 1234 5609'],
  ['Elias Schröder', '+49 30 1234 5610'],
  ['Clara Dubois', '+33 6 12 34 56 11'],
  ['Olga Ivanova', '+7 912 345 67 12'],
  ['Li Wei', '+86 138 0013 8013'],
] as const
const localeOf = (name: string) =>
  name === 'Clara Dubois' ? 'fr' : name === 'Olga Ivanova' ? 'ru' : name === 'Li Wei' ? 'zh' : 'de'
const customer = (i: number) => {
  const [name, phone] = customers[i % customers.length]!
  const email = `${name.toLowerCase().replace(/[^a-z]+/g, '.')}@example.com`
  return { name, email, locale: localeOf(name), phone }
}

const seedStudio = async (payload: Payload, password: string) => {
  const create = async (collection: string, data: Record<string, unknown>) =>
    // Demo data is silent: no confirmation e-mails for 44 invented customers.
    (await payload.create({ collection, context: { bookingSilent: true }, data: data as never, depth: 0, overrideAccess: true })) as unknown as {
      id: Id
    }

  // Services, with their names in every admin language.
  const service = async (data: Record<string, unknown>, names: Record<'de' | 'fr' | 'ru' | 'zh', string>) => {
    const doc = await create('services', { currency: 'EUR', ...data })
    for (const [locale, name] of Object.entries(names)) {
      await payload.update({
        id: doc.id,
        collection: 'services',
        data: { name } as never,
        depth: 0,
        locale: locale as 'en',
        overrideAccess: true,
      })
    }
    return doc.id
  }
  const haircut = await service(
    { name: 'Haircut', durationMinutes: 45, price: 35 },
    { de: 'Haarschnitt', fr: 'Coupe de cheveux', ru: 'Стрижка', zh: '理发' },
  )
  const colour = await service(
    { name: 'Colour', bufferAfterMinutes: 15, durationMinutes: 90, price: 85 },
    { de: 'Färben', fr: 'Coloration', ru: 'Окрашивание', zh: '染发' },
  )
  const beard = await service(
    { name: 'Beard trim', durationMinutes: 20, price: 15 },
    { de: 'Bartpflege', fr: 'Taille de barbe', ru: 'Стрижка бороды', zh: '修胡须' },
  )
  const consultation = await service(
    { name: 'Personal styling consultation', bookingMode: 'request', durationMinutes: 60, price: 60 },
    { de: 'Persönliche Stilberatung', fr: 'Conseil en style personnalisé', ru: 'Персональная консультация стилиста', zh: '个人造型咨询' },
  )
  const yoga = await service(
    // Paid online when booked ("Pay and book"), refunded in full up to a day before.
    { name: 'Yoga class', capacity: 8, durationMinutes: 60, payment: 'required', price: 18, refundRules: [{ hoursBefore: 24, percent: 100 }] },
    { de: 'Yogakurs', fr: 'Cours de yoga', ru: 'Занятие йогой', zh: '瑜伽课' },
  )
  const durations = new Map<Id, number>([
    [haircut, 45],
    [colour, 90 + 15],
    [beard, 20],
    [yoga, 60],
  ])

  // Staff: Anna has a staff login; everyone has one day off besides Sunday, and split shifts.
  const staffUser = await payload.create({
    collection: 'users',
    data: { email: STAFF_EMAIL, password, role: 'staff' } as never,
    overrideAccess: true,
  })
  const anna = (
    await create('staff', {
      name: 'Anna Müller',
      email: STAFF_EMAIL,
      services: [haircut, colour, beard],
      user: staffUser.id,
    })
  ).id
  const ben = (await create('staff', { name: 'Ben Schneider', email: 'ben@example.com', services: [haircut, beard, yoga] })).id
  // Carla has a login too: she does the request-only consultations and answers their queue.
  const carlaUser = await payload.create({
    collection: 'users',
    data: { email: CONSULTANT_EMAIL, password, role: 'staff' } as never,
    overrideAccess: true,
  })
  const carla = (
    await create('staff', {
      name: 'Carla Rossi',
      email: CONSULTANT_EMAIL,
      services: [colour, consultation, yoga],
      user: carlaUser.id,
    })
  ).id

  const today = localDateOf(Date.now(), TZ)
  const nextWeek = addDays(today, 7)
  // Ben's training day: the Tuesday of next week.
  let training = nextWeek
  while (weekdayOf(training) !== 'tue') training = addDays(training, 1)

  const schedules: Record<string, { exceptions: { closed: boolean; date: string; note: string }[]; weekly: Rule[] }> = {
    [String(anna)]: {
      exceptions: [],
      weekly: [
        ...days(['mon', 'tue', 'thu', 'fri'], '09:00', '13:00'), // day off: Wednesday
        ...days(['mon', 'tue', 'thu', 'fri'], '14:00', '18:00'),
        ...days(['sat'], '09:00', '14:00'),
      ],
    },
    [String(ben)]: {
      exceptions: [{ closed: true, date: training, note: 'Training day' }],
      weekly: [
        ...days(['mon', 'tue', 'wed', 'fri'], '08:00', '12:00'), // day off: Thursday
        ...days(['mon', 'tue', 'wed', 'fri'], '13:00', '17:00'),
        ...days(['sat'], '10:00', '14:00'),
      ],
    },
    [String(carla)]: {
      exceptions: [],
      weekly: [
        ...days(['tue', 'wed', 'thu', 'fri'], '10:00', '13:00'), // day off: Monday
        ...days(['tue', 'wed', 'thu', 'fri'], '14:00', '19:00'),
        ...days(['sat'], '10:00', '15:00'),
      ],
    },
  }
  for (const [staffId, schedule] of Object.entries(schedules)) {
    await create('availability', {
      exceptions: schedule.exceptions,
      staff: Number.isNaN(Number(staffId)) ? staffId : Number(staffId),
      timezone: TZ,
      weekly: schedule.weekly,
    })
  }

  // Yoga: Ben teaches Monday and Wednesday 08:00, Carla Tuesday and Thursday 18:00.
  const classes: { day: Day; staff: Id; time: string }[] = [
    { day: 'mon', staff: ben, time: '08:00' },
    { day: 'wed', staff: ben, time: '08:00' },
    { day: 'tue', staff: carla, time: '18:00' },
    { day: 'thu', staff: carla, time: '18:00' },
  ]
  const instantServices = new Map<Id, Id[]>([
    [anna, [haircut, haircut, colour, beard]],
    [ben, [haircut, beard, beard, haircut]],
    [carla, [colour]],
  ])

  const random = prng(20240601)
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!
  const sources: BookingSource[] = ['online', 'online', 'online', 'phone', 'phone', 'walk-in']
  const now = Date.now()
  let bookings = 0
  let skipped = 0
  let customerIndex = 0

  const book = async (data: {
    seats?: number
    service: Id
    staff: Id
    start: number
    status?: BookingStatus
  }): Promise<boolean> => {
    const status: BookingStatus = data.status ?? 'confirmed'
    try {
      await create('bookings', {
        customer: customer(customerIndex++),
        seats: data.seats ?? 1,
        service: data.service,
        source: pick(sources),
        staff: data.staff,
        start: new Date(data.start).toISOString(),
        status,
        ...(status === 'cancelled' ? { cancellation: { reason: pick(['Customer is ill', 'Rescheduled by phone', 'No longer needed']) } } : {}),
      })
      bookings++
      return true
    } catch (err) {
      if ((err as { status?: number }).status === 409) {
        skipped++
        return false
      }
      throw err
    }
  }

  for (let offset = 1; offset <= 14; offset++) {
    const date = addDays(today, offset)
    const weekday = weekdayOf(date) as Day

    // Classes first, so the appointments below keep clear of them.
    const classBlocks = new Map<string, { end: number; start: number }[]>()
    for (const session of classes.filter((c) => c.day === weekday)) {
      const key = String(session.staff)
      if (schedules[key]!.exceptions.some((e) => e.closed && e.date === date)) continue
      const start = wallClockToInstant(date, session.time, TZ)
      classBlocks.set(key, [...(classBlocks.get(key) ?? []), { end: start + 60 * 60_000, start }])
      let seatsLeft = 8
      const attendees = 2 + Math.floor(random() * 2)
      for (let i = 0; i < attendees && seatsLeft > 0; i++) {
        const seats = Math.min(seatsLeft, 1 + Math.floor(random() * 3))
        if (await book({ seats, service: yoga, staff: session.staff, start })) seatsLeft -= seats
      }
    }

    for (const [staffKey, schedule] of Object.entries(schedules)) {
      if (schedule.exceptions.some((e) => e.closed && e.date === date)) continue
      const staffId = [anna, ben, carla].find((id) => String(id) === staffKey)!
      const blocks = classBlocks.get(staffKey) ?? []
      for (const rule of schedule.weekly.filter((r) => r.day === weekday)) {
        let cursor = toMinutes(rule.start)
        const end = toMinutes(rule.end)
        while (cursor < end) {
          const serviceId = pick(instantServices.get(staffId)!)
          const length = durations.get(serviceId)!
          const start = wallClockToInstant(date, hhmm(cursor), TZ)
          const finish = start + length * 60_000
          const fits =
            cursor + length <= end &&
            start > now &&
            !blocks.some((b) => start < b.end && b.start < finish)
          if (fits && random() < 0.09) {
            const status: BookingStatus = random() < 0.15 ? 'cancelled' : 'confirmed'
            await book({ service: serviceId, staff: staffId, start, status })
            cursor += Math.ceil(length / 15) * 15
          } else {
            cursor += 30
          }
        }
      }
    }
  }

  // Two open requests for the on-request consultation.
  const requests = [
    { offset: 3, time: '11:00', message: 'Wedding in June: I would like advice on a new look.' },
    { offset: 6, time: '15:00', message: 'New job, new style? Flexible on the date.' },
  ]
  for (const r of requests) {
    await create('booking-requests', {
      customer: customer(customerIndex++),
      message: r.message,
      preferredStart: new Date(wallClockToInstant(addDays(today, r.offset), r.time, TZ)).toISOString(),
      service: consultation,
      staff: carla,
      status: 'new',
    })
  }

  return { bookings, requests: requests.length, skipped }
}
