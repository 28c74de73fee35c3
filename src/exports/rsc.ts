export { NewRequestsBanner } from '../components/NewRequestsBanner/index.tsx'
export { RequestQueueView } from '../components/RequestQueue/index.tsx'
export { BookingCalendarView } from '../components/BookingCalendar/index.tsx'
