import { useCallback, useEffect, useState } from 'react'

/**
 * Whether the page is full screen (`active`, for rendering; `isActive()`, the document's
 * state right now, for a key handler that may run before the change has rendered), and the
 * means to change it (no-ops where the browser refuses).
 */
export function useFullscreen(): { active: boolean; isActive: () => boolean; toggle: () => void; exit: () => void } {
  const [active, setActive] = useState(false)

  useEffect(() => {
    const onChange = () => setActive(Boolean(document.fullscreenElement))
    onChange()
    document.addEventListener('fullscreenchange', onChange)
    return () => document.removeEventListener('fullscreenchange', onChange)
  }, [])

  const exit = useCallback(() => {
    if (document.fullscreenElement) void document.exitFullscreen().catch(() => {})
  }, [])
  const toggle = useCallback(() => {
    if (document.fullscreenElement) void document.exitFullscreen().catch(() => {})
    else void document.documentElement.requestFullscreen?.().catch(() => {})
  }, [])

  const isActive = useCallback(() => Boolean(document.fullscreenElement), [])

  return { active, isActive, toggle, exit }
}
