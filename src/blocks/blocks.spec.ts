import type { Field } from 'payload'

import { describe, expect, it } from 'vitest'

import { bookingBlocks, createBookingBlocks } from './index.ts'

const field = (fields: Field[], name: string) => fields.find((f) => 'name' in f && f.name === name) as Record<string, unknown>

describe('booking blocks', () => {
  it('offers a booking widget and a services list, pointing at the plugin’s collections', () => {
    expect(bookingBlocks.map((b) => b.slug)).toEqual(['bookingWidget', 'bookingServices'])
    const [widget] = bookingBlocks
    expect(field(widget!.fields, 'services')).toMatchObject({ hasMany: true, relationTo: 'services', type: 'relationship' })
    expect(field(widget!.fields, 'staff')).toMatchObject({ hasMany: true, relationTo: 'staff' })
    // A block can only narrow the services' disclosure.
    expect((field(widget!.fields, 'disclosure').options as { value: string }[]).map((o) => o.value)).toEqual([
      'service',
      'suggest',
      'request',
    ])
  })

  it('follows renamed collections', () => {
    const [widget, list] = createBookingBlocks({ slugs: { services: 'treatments', staff: 'team' } })
    expect(field(widget!.fields, 'services').relationTo).toBe('treatments')
    expect(field(widget!.fields, 'staff').relationTo).toBe('team')
    expect(field(list!.fields, 'services').relationTo).toBe('treatments')
  })
})
