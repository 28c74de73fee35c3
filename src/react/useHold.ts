import { useEffect, useRef, useState } from 'react'

import type { Hold } from './widgetTypes.ts'

/**
 * The held time and its countdown. While `counting`, `remaining` (ms) ticks down from the
 * server's `expiresAt` (corrected by the clock skew the answer showed); at zero the hold is
 * dropped and `onExpire` runs (the visitor is told and picks again).
 */
export const useHold = (args: { counting: boolean; onExpire: () => void }) => {
  const [hold, setHold] = useState<Hold | null>(null)
  const [remaining, setRemaining] = useState(0)
  const onExpire = useRef(args.onExpire)
  onExpire.current = args.onExpire

  useEffect(() => {
    if (!hold || !args.counting) return
    const tick = () => {
      const left = hold.expiresAt - (Date.now() + hold.skew)
      setRemaining(left)
      if (left <= 0) onExpire.current()
    }
    tick()
    const timer = setInterval(tick, 250)
    return () => clearInterval(timer)
  }, [hold, args.counting])

  return { hold, remaining, setHold }
}
