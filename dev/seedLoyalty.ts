import type { Payload } from 'payload'

type Doc = Record<string, unknown> & { id: number | string }

/** The seeded customer with points (staff find her in the calendar's quick entry). */
export const LOYAL_CUSTOMER_EMAIL = 'lena.hoffmann@example.com'

/**
 * Demo loyalty: two rewards (a beard trim for 100 points on weekdays, a haircut for 300 points
 * with a paid booking the same day) and 250 points for Lena Hoffmann, whose record the seeded
 * bookings made (created here if they did not).
 */
export const seedLoyalty = async (payload: Payload): Promise<void> => {
  const serviceNamed = async (name: string) =>
    ((await payload.find({ collection: 'services', depth: 0, limit: 1, overrideAccess: true, where: { name: { equals: name } } })).docs[0] as
      | Doc
      | undefined)?.id
  const beard = await serviceNamed('Beard trim')
  const haircut = await serviceNamed('Haircut')
  const reward = async (data: Record<string, unknown>, de: string) => {
    const doc = (await payload.create({ collection: 'booking-rewards', data: data as never, depth: 0, overrideAccess: true })) as unknown as Doc
    await payload.update({ id: doc.id, collection: 'booking-rewards', data: { name: de } as never, locale: 'de' as never, overrideAccess: true })
  }
  if (beard) {
    await reward({ active: true, conditions: { weekdays: ['mon', 'tue', 'wed', 'thu', 'fri'] }, name: 'Free beard trim', points: 100, service: beard }, 'Gratis Bartpflege')
  }
  if (haircut) {
    await reward({ active: true, conditions: { requiresPaidBookingSameDay: true }, name: 'Free haircut', points: 300, service: haircut }, 'Gratis Haarschnitt')
  }
  const found = (await payload.find({ collection: 'booking-customers', depth: 0, limit: 1, overrideAccess: true, where: { email: { equals: LOYAL_CUSTOMER_EMAIL } } }))
    .docs[0] as Doc | undefined
  const lena =
    found ??
    ((await payload.create({
      collection: 'booking-customers',
      data: { email: LOYAL_CUSTOMER_EMAIL, locale: 'de', name: 'Lena Hoffmann', phone: '+49 30 1234 5601' } as never,
      overrideAccess: true,
    })) as unknown as Doc)
  for (const [points, note] of [
    [200, 'Points carried over from the paper loyalty card'],
    [50, 'Welcome bonus'],
  ] as const) {
    await payload.create({ collection: 'booking-points', data: { customer: lena.id, kind: 'adjust', note, points } as never, overrideAccess: true })
  }
}
