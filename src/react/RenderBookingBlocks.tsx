import type React from 'react'

import type { BookingBlockData } from '../blocks/index.ts'
import type { BookingBlockProps } from './BookingWidgetBlock.tsx'

import { BOOKING_SERVICES_BLOCK, BOOKING_WIDGET_BLOCK } from '../blocks/index.ts'
import { BookingWidgetBlock } from './BookingWidgetBlock.tsx'
import { ServicesListBlock } from './ServicesListBlock.tsx'

/**
 * Renders the booking blocks of a page's `blocks` field (others are skipped: render them
 * yourself, or use `BookingWidgetBlock` / `ServicesListBlock` directly in your own switch).
 */
export async function RenderBookingBlocks(
  props: BookingBlockProps & { blocks: ({ blockType: string } | BookingBlockData)[]; initialServiceId?: null | number | string },
): Promise<React.JSX.Element> {
  const { blocks, ...common } = props
  return (
    <>
      {blocks.map((block, i) =>
        block.blockType === BOOKING_WIDGET_BLOCK ? (
          <BookingWidgetBlock {...common} block={block as Extract<BookingBlockData, { blockType: 'bookingWidget' }>} key={(block as { id?: string }).id ?? i} />
        ) : block.blockType === BOOKING_SERVICES_BLOCK ? (
          <ServicesListBlock {...common} block={block as Extract<BookingBlockData, { blockType: 'bookingServices' }>} key={(block as { id?: string }).id ?? i} />
        ) : null,
      )}
    </>
  )
}
