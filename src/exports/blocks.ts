export {
  BOOKING_SERVICES_BLOCK,
  BOOKING_WIDGET_BLOCK,
  bookingBlocks,
  bookingServicesBlock,
  bookingWidgetBlock,
  createBookingBlocks,
} from '../blocks/index.ts'
export type {
  BookingBlockData,
  BookingBlockOptions,
  BookingServicesBlockData,
  BookingWidgetBlockData,
} from '../blocks/index.ts'
