// Session packages with the other policy: a no-show returns its credit (`noShowForfeits: false`)
// and a cancellation an hour ahead still does (`returnCreditUntilMinutes: 60`). Its own file:
// one Payload schema push per process and database. Both databases.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Harness } from './helpers/harness.ts'

import { seedStudio } from './helpers/fixtures.ts'
import { startHarness } from './helpers/harness.ts'

type Doc = Record<string, any>

// Clock: Monday 2026-03-23 06:00Z = 07:00 Berlin.
const at = (hourUtc: number) => `2026-03-23T${String(hourUtc).padStart(2, '0')}:00:00.000Z`
const CP = 'booking-customer-packages'

let h: Harness
beforeAll(async () => {
  h = await startHarness({ pluginOptions: { packages: { noShowForfeits: false, returnCreditUntilMinutes: 60 } } })
})
afterAll(async () => {
  await h?.close()
})

describe('credit policy from the options', () => {
  it('a no-show returns the credit; a cancellation more than an hour ahead returns it, a later one forfeits it', async () => {
    const s = await seedStudio(h.payload)
    const offer = await h.payload.create({
      collection: 'booking-packages',
      data: { name: '3 haircuts', services: [s.services.cut], sessions: 3, validityDays: 30 } as never,
    })
    const record = await h.payload.create({ collection: 'booking-customers', data: { email: 'fay@example.org', name: 'Fay' } as never })
    const owned = await h.payload.create({ collection: CP, data: { customer: record.id, package: offer.id } as never })
    const create = (start: string) =>
      h.payload.create({
        collection: 'bookings',
        data: { customer: { email: 'fay@example.org', name: 'Fay' }, customerPackage: owned.id, service: s.services.cut, staff: s.staff.anna, start } as never,
        depth: 0,
      }) as Promise<Doc>
    const status = (id: number | string, value: string) =>
      h.payload.update({ id, collection: 'bookings', data: { status: value } as never, depth: 0 }) as Promise<Doc>
    const noShow = await create(at(8))
    const soon = await create(at(9)) // 3 h ahead: more than the 60 minutes
    const late = await create(at(10))
    expect((await status(noShow.id, 'no-show')).packageCredit).toBe('returned')
    expect((await status(soon.id, 'cancelled')).packageCredit).toBe('returned')
    h.clock.set('2026-03-23T09:30:00Z') // 30 minutes before the third
    try {
      expect((await status(late.id, 'cancelled')).packageCredit).toBe('forfeited')
    } finally {
      h.clock.set('2026-03-23T06:00:00Z')
    }
    expect((await h.payload.findByID({ id: owned.id, collection: CP, depth: 0 })).remaining).toBe(2)
  })
})
