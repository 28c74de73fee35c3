'use client'

import type React from 'react'

import { useEffect, useRef } from 'react'

/**
 * A modal on the browser's own `<dialog>`: focus moves in and is trapped, Escape closes it, and
 * focus returns to what opened it.
 */
export const Dialog = ({
  children,
  labelledBy,
  onClose,
}: {
  children: React.ReactNode
  labelledBy: string
  onClose: () => void
}) => {
  const ref = useRef<HTMLDialogElement>(null)
  useEffect(() => {
    const dialog = ref.current
    const opener = document.activeElement as HTMLElement | null
    dialog?.showModal()
    return () => {
      dialog?.close()
      opener?.focus?.()
    }
  }, [])
  return (
    <dialog
      aria-labelledby={labelledBy}
      className="pb-queue__dialog"
      onCancel={(event) => {
        event.preventDefault()
        onClose()
      }}
      ref={ref}
    >
      {children}
    </dialog>
  )
}
