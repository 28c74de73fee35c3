export { NewRequestsBanner } from '../components/NewRequestsBanner/index.tsx'
