export { BookingModeCell } from '../components/BookingModeCell/index.client.tsx'
export { RequestStatusCell } from '../components/RequestStatusCell/index.client.tsx'
