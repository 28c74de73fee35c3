export { BookingModeCell } from '../components/BookingModeCell/index.client.tsx'
