import type { Config } from 'payload'

import { describe, expect, it, vi } from 'vitest'

import { bookingPlugin } from './plugin.ts'

const host = (): Config =>
  ({
    collections: [{ slug: 'pages', fields: [{ name: 'title', type: 'text' }] }],
    endpoints: [{ handler: () => Response.json({}), method: 'get', path: '/health' }],
    i18n: { translations: { de: { 'plugin-booking': { bookings: 'Termine' } } } },
    onInit: vi.fn(),
  }) as unknown as Config

const fieldNames = (config: Config, slug: string) =>
  JSON.stringify(config.collections!.find((c) => c.slug === slug)!.fields, (key, value) =>
    typeof value === 'function' ? undefined : value,
  )

describe('bookingPlugin', () => {
  it('adds its collections and endpoints, keeping the host config', async () => {
    const config = await bookingPlugin({ timezone: 'Europe/Berlin' })(host())
    expect(config.collections!.map((c) => c.slug)).toEqual([
      'pages', 'services', 'staff', 'availability', 'booking-customers', 'bookings', 'booking-requests',
      'booking-payments', 'booking-packages', 'booking-customer-packages', 'booking-rewards', 'booking-points',
    ])
    const paths = config.endpoints!.map((e) => e.path)
    expect(paths[0]).toBe('/health') // the host's endpoints come first
    expect(paths).toEqual(expect.arrayContaining([
      '/booking/availability',
      '/booking/holds',
      '/booking/bookings',
      '/booking/requests',
      '/booking/cancel',
      '/booking/lookup',
      '/booking/payments',
      '/booking/payments/status',
      '/booking/payments/webhook/:provider',
      '/booking/payments/:id/mark-paid',
      '/booking/calendar',
      '/booking/calendar/check',
      '/booking/calendar/customers',
    ]))
    const translations = config.i18n!.translations as Record<string, Record<string, Record<string, string>>>
    expect(translations.de!['plugin-booking']!.bookings).toBe('Termine') // the host's word wins
    expect(translations.de!['plugin-booking']!.services).toBe('Leistungen')
    expect(Object.keys(translations).sort()).toEqual(['de', 'en', 'fr', 'ru', 'zh'])
  })

  it('calls the host onInit', async () => {
    const hostConfig = host()
    const config = await bookingPlugin()(hostConfig)
    const payload = { db: { name: 'postgres' }, logger: { error: vi.fn() } }
    await config.onInit!(payload as never)
    expect(hostConfig.onInit).toHaveBeenCalledWith(payload)
  })

  it('with enabled: false keeps exactly the same schema but adds no endpoints, jobs or onInit', async () => {
    const on = await bookingPlugin()(host())
    const off = await bookingPlugin({ enabled: false })(host())
    for (const slug of ['services', 'staff', 'availability', 'bookings', 'booking-requests']) {
      expect(fieldNames(off, slug)).toBe(fieldNames(on, slug))
    }
    expect(off.endpoints!.map((e) => e.path)).toEqual(['/health'])
    expect(off.jobs?.tasks ?? []).toEqual([])
  })

  it('takes custom slugs and collection overrides', async () => {
    const config = await bookingPlugin({
      collectionOverrides: {
        services: ({ defaultCollection }) => ({ ...defaultCollection, admin: { ...defaultCollection.admin, group: 'Shop' } }),
      },
      slugs: { bookings: 'appointments', services: 'treatments' },
    })(host())
    const slugs = config.collections!.map((c) => c.slug)
    expect(slugs).toContain('appointments')
    expect(slugs).toContain('treatments')
    expect(config.collections!.find((c) => c.slug === 'treatments')!.admin!.group).toBe('Shop')
    const bookings = config.collections!.find((c) => c.slug === 'appointments')!
    expect(JSON.stringify(bookings.fields)).toContain('"relationTo":"treatments"')
  })

  it('rejects a timezone that is not IANA', () => {
    expect(() => bookingPlugin({ timezone: 'Berlin' })(host())).toThrow(/IANA/)
  })
})
