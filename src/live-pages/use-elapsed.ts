import { useEffect, useState } from 'react'

/** "m:ss" (or "h:mm:ss") since `startedAt` on the server's clock (`skew` = local − server), ticking each second; '' before the start. */
export function useElapsed(startedAt: number | null, skew: number): string {
  const [now, setNow] = useState<number | null>(null)
  useEffect(() => {
    if (startedAt === null) return
    const tick = () => setNow(Date.now())
    tick()
    const timer = setInterval(tick, 1000)
    return () => clearInterval(timer)
  }, [startedAt])
  if (startedAt === null || now === null) return ''
  const s = Math.max(0, Math.floor((now - skew - startedAt) / 1000))
  const hh = Math.floor(s / 3600)
  const mm = Math.floor((s % 3600) / 60)
  const ss = String(s % 60).padStart(2, '0')
  return hh > 0 ? `${hh}:${String(mm).padStart(2, '0')}:${ss}` : `${mm}:${ss}`
}
