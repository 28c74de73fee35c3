import { useEffect, useRef, useState } from 'react'

import type { PaymentStarted, PaymentState } from './api.ts'

import { postPaymentStatus } from './api.ts'

export const PAYMENT_POLL_MS = 2000

export type StartedPayment = { holdToken: string } & PaymentStarted

/**
 * The payment of a hold while the visitor waits: while `polling`, asks
 * `POST /payments/status` every 2 s (one request at a time) and calls `onSettled` once the hold is
 * no longer `held` (confirmed, or cancelled). Network errors just wait for the next round.
 */
export const usePayment = (args: { apiBase: string; onSettled: (state: PaymentState) => void; polling: boolean }) => {
  const { apiBase, polling } = args
  const [payment, setPayment] = useState<null | StartedPayment>(null)
  const onSettled = useRef(args.onSettled)
  onSettled.current = args.onSettled

  useEffect(() => {
    if (!polling || !payment) return
    let stopped = false
    let timer: ReturnType<typeof setTimeout>
    const poll = async () => {
      const res = await postPaymentStatus(apiBase, payment.holdToken)
      if (stopped) return
      if (res.ok && res.data.booking.status !== 'held') {
        onSettled.current(res.data)
        return
      }
      timer = setTimeout(() => void poll(), PAYMENT_POLL_MS)
    }
    timer = setTimeout(() => void poll(), PAYMENT_POLL_MS)
    return () => {
      stopped = true
      clearTimeout(timer)
    }
  }, [apiBase, payment, polling])

  return { payment, setPayment }
}
