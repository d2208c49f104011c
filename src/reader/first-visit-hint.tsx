import { useEffect, useState } from 'react'
import { localStore } from '../storage/stores'

const KEY = 'hinted'
const SHOW_MS = 6000

/** Shown once, quietly, to a first-time reader: the story unfolds as they scroll. */
export function FirstVisitHint({ active }: { active: boolean }) {
  const [show, setShow] = useState(false)

  useEffect(() => {
    if (!active) return
    let timer = 0
    // In a task of its own, not in the page's start (hydration's effects are one long task).
    const start = window.setTimeout(() => {
      // Without storage the hint would show on every page: then it is not shown at all.
      if (localStore.get(KEY, (v) => v === true) || !localStore.set(KEY, true)) return
      setShow(true)
      timer = window.setTimeout(() => setShow(false), SHOW_MS)
    }, 0)
    return () => {
      window.clearTimeout(start)
      window.clearTimeout(timer)
    }
  }, [active])

  return (
    <div className="hint" role="status">
      {show ? <p className="hint-text">The story unfolds as you scroll: each line arrives at a reading pace.</p> : null}
    </div>
  )
}
