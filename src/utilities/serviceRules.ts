import type { ServiceRules } from '../scheduling/types.ts'

/** The engine's view of a service document (defaults filled for fields left empty). */
export const toServiceRules = (service: Record<string, unknown> & { id: number | string }): ServiceRules => {
  const durationMinutes = Number(service.durationMinutes ?? 60)
  return {
    bufferAfterMinutes: Number(service.bufferAfterMinutes ?? 0),
    bufferBeforeMinutes: Number(service.bufferBeforeMinutes ?? 0),
    capacity: Math.max(1, Number(service.capacity ?? 1)),
    durationMinutes,
    id: String(service.id),
    maxAdvanceDays: Number(service.maxAdvanceDays ?? 60),
    minNoticeMinutes: Number(service.minNoticeMinutes ?? 0),
    slotStepMinutes: Number(service.slotStepMinutes || durationMinutes),
  }
}
