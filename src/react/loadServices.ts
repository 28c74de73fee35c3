import type { Payload } from 'payload'

import type { WidgetService } from './widgetTypes.ts'

type Ref = number | string | { id: number | string }

const idOf = (ref: Ref) => (typeof ref === 'object' ? ref.id : ref)

const paymentOf = (s: Record<string, unknown>): Pick<WidgetService, 'depositAmount' | 'depositPercent' | 'payment' | 'refundRules'> => ({
  depositAmount: typeof s.depositAmount === 'number' ? s.depositAmount : null,
  depositPercent: typeof s.depositPercent === 'number' ? s.depositPercent : null,
  payment: s.payment === 'required' || s.payment === 'deposit' ? s.payment : 'none',
  refundRules: Array.isArray(s.refundRules)
    ? (s.refundRules as { hoursBefore?: unknown; percent?: unknown }[]).map((r) => ({ hoursBefore: Number(r.hoursBefore), percent: Number(r.percent) }))
    : [],
})

/**
 * The active services a block offers (all when it names none), with their price and the active
 * staff who perform them (restricted to `staff` when the block names some): one query each,
 * through the Local API with access control as a visitor.
 */
export const loadWidgetServices = async (args: {
  locale?: string
  payload: Payload
  services?: null | Ref[]
  slugs?: { services?: string; staff?: string }
  staff?: null | Ref[]
}): Promise<WidgetService[]> => {
  const { locale, payload } = args
  const serviceIds = (args.services ?? []).map(idOf)
  const staffIds = (args.staff ?? []).map(idOf)
  const { docs } = await payload.find({
    collection: args.slugs?.services ?? 'services',
    depth: 0,
    locale: locale as never,
    overrideAccess: false,
    pagination: false,
    sort: 'id',
    where: { and: [{ active: { equals: true } }, ...(serviceIds.length ? [{ id: { in: serviceIds } }] : [])] },
  })
  const { docs: staffDocs } = await payload.find({
    collection: args.slugs?.staff ?? 'staff',
    depth: 0,
    overrideAccess: false,
    pagination: false,
    sort: 'name',
    where: { and: [{ active: { equals: true } }, ...(staffIds.length ? [{ id: { in: staffIds } }] : [])] },
  })
  const services = docs as unknown as Record<string, unknown>[]
  const staff = staffDocs as unknown as { id: number | string; name?: string; services?: Ref[] }[]
  const order = new Map(serviceIds.map((id, i) => [String(id), i]))
  return services
    .sort((a, b) => (order.get(String(a.id)) ?? 0) - (order.get(String(b.id)) ?? 0))
    .map((s) => ({
      currency: typeof s.currency === 'string' ? s.currency : null,
      durationMinutes: Number(s.durationMinutes ?? 60),
      id: s.id as number | string,
      name: String(s.name ?? ''),
      onRequest: s.bookingMode === 'request',
      price: typeof s.price === 'number' ? s.price : null,
      ...paymentOf(s),
      staff: staff
        .filter((p) => (p.services ?? []).some((ref) => String(idOf(ref)) === String(s.id)))
        .map((p) => ({ id: p.id, name: String(p.name ?? '') })),
    }))
}
