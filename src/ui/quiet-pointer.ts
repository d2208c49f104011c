/**
 * How long after the last scroll event the page counts as still scrolling (ms). Chromium
 * tells of the crossings on a timer of its own after the text has moved (about a tenth of a
 * second, later on a busy machine): a shorter hold let them through between a reader's
 * wheel steps.
 */
const QUIET_MS = 300

const OVER = ['pointerover', 'mouseover'] as const
const OUT = ['pointerout', 'mouseout'] as const

const elementOr = (t: EventTarget | null): Element | null => (t instanceof Element ? t : null)

/**
 * While the page scrolls, the text slides under a still pointer, and the browser tells the
 * page each time it crosses into another line (pointer and mouse over and out, four events
 * a line). React handles each at its root: in a flick under a 4× CPU that was 5–11 ms of
 * script in a frame, the largest the site ran. So while the page scrolls these events stop
 * at the window; once it is still, the page hears where the pointer went in one pair (out
 * of where it was, over where it is), so whatever follows the hover (the echoes side by
 * side) ends up as if it had seen every one. CSS `:hover` is the browser's own and is not
 * touched. Returns an idempotent stop.
 */
export function quietPointerWhileScrolling(win: Window & typeof globalThis, quietMs = QUIET_MS): () => void {
  let quietUntil = 0
  let timer = 0
  /** Where the pointer was when the first event was held back (undefined: none held back). */
  let from: Element | null | undefined
  let to: Element | null = null
  let last: PointerEvent | MouseEvent | undefined

  const replay = () => {
    const [was, now, event] = [from, to, last]
    // Nothing held keeps a line (or an event naming one) alive once the page has heard it.
    from = undefined
    to = null
    last = undefined
    if (was === undefined || was === now || !event) return
    const init: PointerEventInit = {
      bubbles: true,
      cancelable: true,
      composed: true,
      clientX: event.clientX,
      clientY: event.clientY,
      screenX: event.screenX,
      screenY: event.screenY,
    }
    if ('pointerId' in event) Object.assign(init, { pointerId: event.pointerId, pointerType: event.pointerType, isPrimary: event.isPrimary })
    const pointer = (type: string, relatedTarget: Element | null) => new win.PointerEvent(type, { ...init, relatedTarget })
    // A line taken off the page meanwhile is neither left nor entered.
    const left = was?.isConnected ? was : null
    const entered = now?.isConnected ? now : null
    if (left) {
      left.dispatchEvent(pointer('pointerout', entered))
      left.dispatchEvent(new win.MouseEvent('mouseout', { ...init, relatedTarget: entered }))
    }
    if (entered) {
      entered.dispatchEvent(pointer('pointerover', left))
      entered.dispatchEvent(new win.MouseEvent('mouseover', { ...init, relatedTarget: left }))
    }
  }
  const onTimer = () => {
    const left = quietUntil - win.performance.now()
    if (left > 0) {
      timer = win.setTimeout(onTimer, left)
      return
    }
    timer = 0
    replay()
  }
  const onScroll = () => {
    quietUntil = win.performance.now() + quietMs
    if (!timer) timer = win.setTimeout(onTimer, quietMs)
  }
  const onBoundary = (e: Event) => {
    if (!timer || win.performance.now() >= quietUntil) return
    e.stopImmediatePropagation()
    const over = (OVER as readonly string[]).includes(e.type)
    const m = e as MouseEvent
    if (from === undefined) from = over ? elementOr(m.relatedTarget) : elementOr(m.target)
    to = over ? elementOr(m.target) : elementOr(m.relatedTarget)
    last = m
  }

  win.addEventListener('scroll', onScroll, { passive: true, capture: true })
  for (const type of [...OVER, ...OUT]) win.addEventListener(type, onBoundary, { capture: true })
  let stopped = false
  return () => {
    if (stopped) return
    stopped = true
    win.removeEventListener('scroll', onScroll, { capture: true })
    for (const type of [...OVER, ...OUT]) win.removeEventListener(type, onBoundary, { capture: true })
    win.clearTimeout(timer)
    timer = 0
    from = undefined
    to = null
    last = undefined
  }
}
