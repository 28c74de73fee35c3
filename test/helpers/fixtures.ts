import type { Payload } from 'payload'

export interface Studio {
  adminUser: { id: number | string }
  services: { class: Id; consult: Id; colour: Id; cut: Id }
  staff: { anna: Id; ben: Id; carla: Id }
  staffUser: { id: number | string }
}
type Id = number | string

const weekdays = (start: string, end: string) =>
  (['mon', 'tue', 'wed', 'thu', 'fri'] as const).map((day) => ({ day, end, start }))

/**
 * A small studio in Europe/Berlin. Anna (a staff login) cuts and colours, 09-17 weekdays;
 * Ben cuts and teaches the 8-seat class, 09-12 and 13-17; Carla consults on request, Tue-Thu.
 */
export const seedStudio = async (payload: Payload): Promise<Studio> => {
  const adminUser = await payload.create({
    collection: 'users',
    data: { email: 'admin@example.com', password: 'admin-password', role: 'admin' },
  })
  const staffUser = await payload.create({
    collection: 'users',
    data: { email: 'anna@example.com', password: 'anna-password', role: 'staff' },
  })
  const service = async (data: Record<string, unknown>) =>
    (await payload.create({ collection: 'services', data: { minNoticeMinutes: 60, ...data } as never })).id
  const cut = await service({ name: 'Haircut', durationMinutes: 60, price: 40, currency: 'EUR' })
  const colour = await service({ name: 'Colour', durationMinutes: 90, bufferAfterMinutes: 15, price: 80 })
  const klass = await service({ name: 'Yoga class', durationMinutes: 60, capacity: 8, price: 15 })
  const consult = await service({ name: 'Consultation', durationMinutes: 30, bookingMode: 'request' })
  const staff = async (data: Record<string, unknown>) =>
    (await payload.create({ collection: 'staff', data: data as never })).id
  const anna = await staff({ name: 'Anna', email: 'anna@example.com', services: [cut, colour], user: staffUser.id })
  const ben = await staff({ name: 'Ben', email: 'ben@example.com', services: [cut, klass] })
  const carla = await staff({ name: 'Carla', email: 'carla@example.com', services: [consult] })
  const schedule = (staffId: Id, weekly: unknown[]) =>
    payload.create({
      collection: 'availability',
      data: { staff: staffId, timezone: 'Europe/Berlin', weekly } as never,
    })
  await schedule(anna, weekdays('09:00', '17:00'))
  await schedule(ben, [...weekdays('09:00', '12:00'), ...weekdays('13:00', '17:00')])
  await schedule(carla, [{ day: 'tue', end: '16:00', start: '10:00' }])
  return {
    adminUser,
    services: { class: klass, colour, consult, cut },
    staff: { anna, ben, carla },
    staffUser,
  }
}
