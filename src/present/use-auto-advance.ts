import { useEffect } from 'react'
import { holdMs } from './present-state'

/** While `running`, calls `onTick` after the current slide's hold time (its reading time at the pace). */
export function useAutoAdvance(running: boolean, index: number, words: number, paceLevel: number, onTick: () => void): void {
  useEffect(() => {
    if (!running) return
    const timer = window.setTimeout(onTick, holdMs(words, paceLevel))
    return () => window.clearTimeout(timer)
  }, [running, index, words, paceLevel, onTick])
}
