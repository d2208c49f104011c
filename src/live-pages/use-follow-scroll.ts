import { useEffect, useRef, useState, type RefObject } from 'react'

function scrollToLine(el: HTMLElement | null, smooth: boolean): boolean {
  if (!el) return false
  const reduce = window.matchMedia('(prefers-reduced-motion: reduce)').matches
  el.scrollIntoView({ block: 'center', behavior: smooth && !reduce ? 'smooth' : 'auto' })
  return true
}

/**
 * Keeps the current line in view while the reader is "at live", and lets them scroll
 * back: once the current line is off screen they are reading back, and `backToLive`
 * returns. The first line lands at once (a latecomer joins on the current line); later
 * ones glide, unless the reader prefers reduced motion.
 */
export function useFollowScroll(current: RefObject<HTMLElement | null>, key: string): { atLive: boolean; backToLive: () => void } {
  const [atLive, setAtLive] = useState(true)
  const atLiveRef = useRef(true)
  const first = useRef(true)
  const programmatic = useRef(0)

  useEffect(() => {
    if (!key) return
    if (first.current || atLiveRef.current) {
      programmatic.current = Date.now()
      if (scrollToLine(current.current, !first.current)) first.current = false
    }
  }, [key, current])

  useEffect(() => {
    const onScroll = () => {
      // A glide we started is not the reader scrolling away.
      if (Date.now() - programmatic.current < 900) return
      const el = current.current
      if (!el) return
      const box = el.getBoundingClientRect()
      const visible = box.bottom > 0 && box.top < window.innerHeight
      atLiveRef.current = visible
      setAtLive(visible)
    }
    window.addEventListener('scroll', onScroll, { passive: true })
    return () => window.removeEventListener('scroll', onScroll)
  }, [current])

  const backToLive = () => {
    atLiveRef.current = true
    setAtLive(true)
    programmatic.current = Date.now()
    scrollToLine(current.current, true)
  }

  return { atLive, backToLive }
}
