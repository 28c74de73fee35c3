'use client'
import React, { memo } from 'react'

import type { GridEvent } from './layout.ts'

import { minutesToTime } from './calendarTime.ts'
import { Gift, Hourglass, RaisedHand } from './icons.tsx'

export interface EventLook {
  capacityOf: (serviceId: number | string) => number
  colorOf: (serviceId: number | string) => string
  serviceName: (serviceId: number | string) => string
  t: (key: string, vars?: Record<string, unknown>) => string
}

const STATUS_MARK: Record<string, string> = { cancelled: '⊘', completed: '●', 'no-show': '✗' }

/**
 * One booking or request on the grid, absolutely placed by its minutes and lane. Bookings are
 * coloured by service with a status mark; requests have the "raised hand" look (dashed, hatched).
 */
export const EventBlock = memo(function EventBlock(props: {
  axisStart: number
  event: GridEvent
  ghost?: boolean
  look: EventLook
  /** Enter or Space on a focused block opens it (the keyboard's click). */
  onOpen?: (grid: GridEvent) => void
  onPointerDown?: (event: React.PointerEvent, grid: GridEvent, resize: boolean) => void
  pxPerMinute: number
  refused?: boolean
  selected?: boolean
}) {
  const { axisStart, event, ghost, look, onOpen, onPointerDown, pxPerMinute, refused, selected } = props
  const item = event.booking ?? event.request!
  const serviceId = item.service
  const top = (event.startMin - axisStart) * pxPerMinute
  const height = Math.max(14, (event.endMin - event.startMin) * pxPerMinute - 2)
  const width = 100 / event.lanes
  const classes = ['pb-cal__event', `pb-cal__event--${event.kind}`]
  let mark = ''
  let markLabel = ''
  if (event.booking) {
    const b = event.booking
    classes.push(`pb-cal__event--${b.status}`)
    if (b.reward !== undefined && b.reward !== null) classes.push('pb-cal__event--reward')
    if (b.checkedInAt && b.status === 'confirmed') {
      mark = '✓'
      markLabel = look.t('plugin-booking:calendar_checkedIn')
    } else if (STATUS_MARK[b.status]) {
      mark = STATUS_MARK[b.status]!
      markLabel = look.t(`plugin-booking:status_${b.status}`)
    }
  } else if (event.request?.expired) {
    classes.push('pb-cal__event--expired')
  }
  if (ghost) classes.push('pb-cal__event--ghost')
  if (refused) classes.push('pb-cal__event--refused')
  if (selected) classes.push('pb-cal__event--selected')
  const capacity = look.capacityOf(serviceId)
  const time = `${minutesToTime(event.startMin)}–${minutesToTime(event.endMin)}`
  const who = item.customer.name ?? ''
  return (
    <div
      aria-label={`${time} ${look.serviceName(serviceId)} ${who}`}
      className={classes.join(' ')}
      data-booking-id={event.booking ? String(event.booking.id) : undefined}
      data-reference={item.reference}
      data-request-id={event.request ? String(event.request.id) : undefined}
      onKeyDown={
        onOpen
          ? (e) => {
              if (e.key === 'Enter' || e.key === ' ') {
                e.preventDefault()
                onOpen(event)
              }
            }
          : undefined
      }
      onPointerDown={onPointerDown ? (e) => onPointerDown(e, event, false) : undefined}
      role="button"
      style={{
        ['--pb-service' as string]: look.colorOf(serviceId),
        ...(event.booking?.reward !== undefined && event.booking?.reward !== null ? { boxShadow: 'inset 0 0 0 1px #d97706' } : {}),
        height,
        left: `calc(${event.lane * width}% + 1px)`,
        top,
        width: `calc(${width}% - 3px)`,
      }}
      tabIndex={onOpen ? 0 : -1}
      title={markLabel ? `${markLabel} · ${time}` : time}
    >
      <div className="pb-cal__event-line">
        {event.request && <RaisedHand label={look.t('plugin-booking:calendar_request')} />}
        {event.booking?.status === 'held' && <Hourglass label={look.t('plugin-booking:status_held')} />}
        {event.booking?.reward !== undefined && event.booking?.reward !== null && (
          <span className="pb-cal__reward-mark" data-reward={String(event.booking.reward)} style={{ color: '#b45309' }}>
            <Gift label={look.t('plugin-booking:reward')} />
          </span>
        )}
        {mark && (
          <span aria-label={markLabel} className="pb-cal__mark">
            {mark}
          </span>
        )}
        <strong>{time}</strong> {who}
        {event.booking?.paymentStatus ? (
          <span
            className={`pb-cal__paid pb-cal__paid--${event.booking.paymentStatus}`}
            title={look.t(`plugin-booking:payments_paymentStatus_${event.booking.paymentStatus}`)}
          >
            {' '}
            {look.t(`plugin-booking:payments_paymentStatus_${event.booking.paymentStatus}`)}
          </span>
        ) : null}
      </div>
      <div className="pb-cal__event-line pb-cal__event-sub">
        {event.request ? `${look.t('plugin-booking:calendar_request')} · ` : ''}
        {look.serviceName(serviceId)}
        {event.booking && capacity > 1 && (
          <span className="pb-cal__seats">
            {' · '}
            {look.t('plugin-booking:calendar_seatsTaken', { capacity, taken: event.booking.seatsTaken })}
          </span>
        )}
      </div>
      {event.booking && onPointerDown && (
        <div className="pb-cal__resize" onPointerDown={(e) => onPointerDown(e, event, true)} />
      )}
    </div>
  )
})
