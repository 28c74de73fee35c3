'use client'
import React, { memo, useCallback, useEffect, useRef, useState } from 'react'

import type { EventLook } from './EventBlock.tsx'
import type { GridColumn, GridEvent } from './layout.ts'

import { localDateOf, minutesInDay, minutesToTime, snap, SNAP_MINUTES } from './calendarTime.ts'
import { EventBlock } from './EventBlock.tsx'

export const PX_PER_MINUTE = 1

export interface GridTarget {
  column: GridColumn
  endMin: number
  startMin: number
}

interface Drag {
  column: number
  event?: GridEvent
  kind: 'create' | 'move' | 'resize'
  moved: boolean
  originMin: number
  originY: number
  target: { column: number; endMin: number; startMin: number }
}

const DRAG_THRESHOLD_PX = 4

/**
 * The time grid of the day and week views: hours down, columns across. Pointer gestures: press
 * and drag on empty time selects a range (a click picks a start); drag a booking to move it,
 * also into another column; drag its lower edge to change its length; a click opens it.
 */
export const TimeGrid = memo(function TimeGrid(props: {
  axis: { endMin: number; startMin: number }
  columns: GridColumn[]
  look: EventLook
  now: number
  onCreate: (target: GridTarget, dragged: boolean) => void
  onMove: (event: GridEvent, target: GridTarget) => void
  onOpen: (event: GridEvent) => void
  refusedId: null | string
  selectedId: null | string
  timezone: string
}) {
  const { axis, columns, look, now, onCreate, onMove, onOpen, refusedId, selectedId, timezone } = props
  const bodies = useRef<(HTMLDivElement | null)[]>([])
  const scroller = useRef<HTMLDivElement | null>(null)
  const [drag, setDrag] = useState<Drag | null>(null)
  const dragRef = useRef<Drag | null>(null)
  const height = (axis.endMin - axis.startMin) * PX_PER_MINUTE
  const today = localDateOf(now, timezone)

  const minuteAt = useCallback(
    (column: number, clientY: number) => {
      const rect = bodies.current[column]?.getBoundingClientRect()
      return rect ? axis.startMin + (clientY - rect.top) / PX_PER_MINUTE : axis.startMin
    },
    [axis.startMin],
  )
  const columnAt = (clientX: number, fallback: number) => {
    const index = bodies.current.findIndex((el) => {
      const rect = el?.getBoundingClientRect()
      return rect && clientX >= rect.left && clientX < rect.right
    })
    return index === -1 ? fallback : index
  }
  const update = (next: Drag | null) => {
    dragRef.current = next
    setDrag(next)
  }

  // On first show, scroll to an hour before the earliest working hour (or now, today).
  useEffect(() => {
    const el = scroller.current
    if (!el) return
    const firstWork = Math.min(...columns.flatMap((c) => c.working.map((w) => w.startMin)), 8 * 60)
    const focus = columns.some((c) => c.date === today) ? Math.min(firstWork, minutesInDay(now, today, timezone)) : firstWork
    el.scrollTop = Math.max(0, (focus - 60 - axis.startMin) * PX_PER_MINUTE)
    // Only when the range or axis changes, not on every data refresh.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [columns.length, columns[0]?.date, axis.startMin])

  useEffect(() => {
    if (!drag) return
    const onMovePointer = (e: PointerEvent) => {
      const d = dragRef.current
      if (!d) return
      const moved = d.moved || Math.abs(e.clientY - d.originY) > DRAG_THRESHOLD_PX
      if (d.kind === 'create') {
        const at = snap(minuteAt(d.column, e.clientY))
        const start = Math.min(d.originMin, at)
        const end = Math.max(d.originMin + (at > d.originMin ? 0 : SNAP_MINUTES), at)
        update({ ...d, moved, target: { column: d.column, endMin: Math.max(end, start + SNAP_MINUTES), startMin: start } })
        return
      }
      const ev = d.event!
      const delta = snap((e.clientY - d.originY) / PX_PER_MINUTE)
      if (d.kind === 'resize') {
        update({ ...d, moved, target: { column: d.column, endMin: Math.max(ev.startMin + SNAP_MINUTES, ev.endMin + delta), startMin: ev.startMin } })
        return
      }
      const column = columnAt(e.clientX, d.column)
      const movedSideways = column !== d.column
      update({
        ...d,
        moved: moved || movedSideways,
        target: { column, endMin: ev.endMin + delta, startMin: ev.startMin + delta },
      })
    }
    const onUp = () => {
      const d = dragRef.current
      update(null)
      if (!d) return
      const column = columns[d.target.column]
      if (!column) return
      if (d.kind === 'create') {
        onCreate({ column, endMin: d.target.endMin, startMin: d.target.startMin }, d.moved)
      } else if (!d.moved) {
        onOpen(d.event!)
      } else {
        onMove(d.event!, { column, endMin: d.target.endMin, startMin: d.target.startMin })
      }
    }
    window.addEventListener('pointermove', onMovePointer)
    window.addEventListener('pointerup', onUp)
    return () => {
      window.removeEventListener('pointermove', onMovePointer)
      window.removeEventListener('pointerup', onUp)
    }
    // The listeners live for one gesture; `drag` toggles them.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [drag !== null])

  const startCreate = (e: React.PointerEvent, column: number) => {
    if (e.button !== 0 || (e.target as HTMLElement).closest('.pb-cal__event')) return
    e.preventDefault()
    const at = Math.floor(minuteAt(column, e.clientY) / SNAP_MINUTES) * SNAP_MINUTES
    update({ column, kind: 'create', moved: false, originMin: at, originY: e.clientY, target: { column, endMin: at + SNAP_MINUTES, startMin: at } })
  }
  const startEventDrag = useCallback((e: React.PointerEvent, event: GridEvent, resize: boolean) => {
    if (e.button !== 0) return
    e.stopPropagation()
    e.preventDefault()
    const column = columns.findIndex((c) => c.events.includes(event))
    const next: Drag = {
      column,
      event,
      kind: resize ? 'resize' : 'move',
      moved: false,
      originMin: event.startMin,
      originY: e.clientY,
      target: { column, endMin: event.endMin, startMin: event.startMin },
    }
    // Requests are not moved here (they become bookings in the requests queue): a press opens them.
    if (event.kind === 'request') {
      onOpen(event)
      return
    }
    update(next)
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [columns, onOpen])

  const hours: number[] = []
  for (let m = Math.ceil(axis.startMin / 60) * 60; m < axis.endMin; m += 60) hours.push(m)

  return (
    <div className="pb-cal__grid-wrap" ref={scroller}>
      <div className="pb-cal__grid" data-axis-start={axis.startMin} data-px-per-minute={PX_PER_MINUTE}>
        <div className="pb-cal__head-row">
          <div className="pb-cal__gutter-head" />
          {columns.map((c) => (
            <div className="pb-cal__col-head" key={c.key}>
              <span>{c.title}</span>
              {c.timeOff !== null && (
                <span className="pb-cal__timeoff-label">
                  {look.t('plugin-booking:calendar_timeOff')}
                  {c.timeOff ? `: ${c.timeOff}` : ''}
                </span>
              )}
            </div>
          ))}
        </div>
        <div className="pb-cal__body-row" style={{ height }}>
          <div className="pb-cal__gutter">
            {hours.map((m) => (
              <div className="pb-cal__hour-label" key={m} style={{ top: (m - axis.startMin) * PX_PER_MINUTE }}>
                {minutesToTime(m)}
              </div>
            ))}
          </div>
          {columns.map((c, index) => {
            const dragging = drag && drag.kind !== 'create' ? drag : null
            return (
              <div
                className={`pb-cal__col${c.timeOff !== null ? ' pb-cal__col--off' : ''}`}
                data-date={c.date}
                data-staff-id={c.staffId ?? undefined}
                key={c.key}
                onPointerDown={(e) => startCreate(e, index)}
                ref={(el) => {
                  bodies.current[index] = el
                }}
              >
                {c.working.map((w) => (
                  <div
                    className="pb-cal__working"
                    key={`${w.startMin}-${w.endMin}`}
                    style={{ height: (w.endMin - w.startMin) * PX_PER_MINUTE, top: (w.startMin - axis.startMin) * PX_PER_MINUTE }}
                  />
                ))}
                {hours.map((m) => (
                  <div className="pb-cal__hour-line" key={m} style={{ top: (m - axis.startMin) * PX_PER_MINUTE }} />
                ))}
                {c.events.map((ev) => (
                  <EventBlock
                    axisStart={axis.startMin}
                    event={ev}
                    ghost={dragging?.event === ev && dragging.moved}
                    key={ev.id}
                    look={look}
                    onOpen={onOpen}
                    onPointerDown={startEventDrag}
                    pxPerMinute={PX_PER_MINUTE}
                    refused={refusedId === ev.id}
                    selected={selectedId === ev.id}
                  />
                ))}
                {dragging?.moved && dragging.target.column === index && (
                  <EventBlock
                    axisStart={axis.startMin}
                    event={{ ...dragging.event!, endMin: dragging.target.endMin, lane: 0, lanes: 1, startMin: dragging.target.startMin }}
                    look={look}
                    pxPerMinute={PX_PER_MINUTE}
                    selected
                  />
                )}
                {drag?.kind === 'create' && drag.target.column === index && (
                  <div
                    className="pb-cal__selection"
                    style={{
                      height: (drag.target.endMin - drag.target.startMin) * PX_PER_MINUTE,
                      top: (drag.target.startMin - axis.startMin) * PX_PER_MINUTE,
                    }}
                  >
                    {minutesToTime(drag.target.startMin)}–{minutesToTime(drag.target.endMin)}
                  </div>
                )}
                {c.date === today && (
                  <div
                    aria-hidden="true"
                    className="pb-cal__now"
                    style={{ top: (minutesInDay(now, today, timezone) - axis.startMin) * PX_PER_MINUTE }}
                  />
                )}
              </div>
            )
          })}
        </div>
      </div>
    </div>
  )
})
