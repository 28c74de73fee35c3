import type { Payload } from 'payload'

import { addDays, localDateOf, wallClockToInstant, weekdayOf } from '../src/scheduling/time.ts'

const TZ = 'Europe/Berlin'
type Doc = Record<string, unknown> & { id: number | string }

/**
 * Demo packages: "10 yoga classes" (valid 180 days), bought by Lena Hoffmann, who has already
 * booked her next two classes with it (Ben's Monday and Wednesday 08:00), so the admin shows
 * 8 credits left and the two bookings drawing on it.
 */
export const seedPackages = async (payload: Payload): Promise<void> => {
  const find = async (collection: string, where: Record<string, unknown>) =>
    (await payload.find({ collection, depth: 0, limit: 1, overrideAccess: true, where: where as never })).docs[0] as Doc | undefined
  const yoga = await find('services', { name: { equals: 'Yoga class' } })
  const ben = await find('staff', { name: { equals: 'Ben Schneider' } })
  if (!yoga || !ben) return
  const offer = (await payload.create({
    collection: 'booking-packages',
    data: { name: '10 yoga classes', currency: 'EUR', price: 150, services: [yoga.id], sessions: 10, validityDays: 180 } as never,
    depth: 0,
    overrideAccess: true,
  })) as unknown as Doc
  const names = { de: '10 Yogastunden', fr: '10 cours de yoga', ru: '10 занятий йогой', zh: '10 节瑜伽课' }
  for (const [locale, name] of Object.entries(names)) {
    await payload.update({ id: offer.id, collection: 'booking-packages', data: { name } as never, locale: locale as 'en', overrideAccess: true })
  }
  const lena = { email: 'lena.hoffmann@example.com', locale: 'de', name: 'Lena Hoffmann', phone: '+49 30 1234 5601' }
  const record =
    (await find('booking-customers', { email: { equals: lena.email } })) ??
    ((await payload.create({ collection: 'booking-customers', data: lena as never, overrideAccess: true })) as unknown as Doc)
  const owned = (await payload.create({
    collection: 'booking-customer-packages',
    data: { customer: record.id, notes: 'Paid at the desk', package: offer.id } as never,
    overrideAccess: true,
  })) as unknown as Doc

  // Her next Monday and Wednesday classes, drawing on the package.
  let date = addDays(localDateOf(Date.now(), TZ), 1)
  let booked = 0
  for (let i = 0; i < 14 && booked < 2; i++, date = addDays(date, 1)) {
    if (weekdayOf(date) !== 'mon' && weekdayOf(date) !== 'wed') continue
    try {
      await payload.create({
        collection: 'bookings',
        context: { bookingSilent: true },
        data: {
          customer: lena,
          customerPackage: owned.id,
          customerRecord: record.id,
          service: yoga.id,
          source: 'phone',
          staff: ben.id,
          start: new Date(wallClockToInstant(date, '08:00', TZ)).toISOString(),
        } as never,
        overrideAccess: true,
      })
      booked++
    } catch (err) {
      if ((err as { status?: number }).status !== 409) throw err // a full class or Ben's day off: the next one
    }
  }
}
