import { useEffect, type RefObject } from 'react'

const LIT = 'echo-lit'

/**
 * Lights both lines of an echo while either one, or its "echoed in" link, is hovered or
 * focused: one delegated listener pair for the whole view, no state.
 */
export function useEchoLinks(rootRef: RefObject<HTMLElement | null>): void {
  useEffect(() => {
    const root = rootRef.current
    if (!root) return
    const echoOf = (t: EventTarget | null): string | undefined => {
      const el = t instanceof Element ? t : null
      const line = el?.closest<HTMLElement>('.line.echo')
      if (line) return line.dataset.echo
      const link = el?.closest<HTMLElement>('[data-echo-target]')
      return link ? (root.querySelector<HTMLElement>(`#${CSS.escape(link.dataset.echoTarget ?? '')}`)?.dataset.echo ?? undefined) : undefined
    }
    const light = (echo: string | undefined) => {
      for (const el of root.querySelectorAll(`.${LIT}`)) el.classList.remove(LIT)
      if (echo) for (const el of root.querySelectorAll(`.line[data-echo="${CSS.escape(echo)}"]`)) el.classList.add(LIT)
    }
    const onOver = (e: Event) => light(echoOf(e.target))
    const onOut = () => light(undefined)
    root.addEventListener('pointerover', onOver)
    root.addEventListener('pointerleave', onOut)
    root.addEventListener('focusin', onOver)
    root.addEventListener('focusout', onOut)
    return () => {
      root.removeEventListener('pointerover', onOver)
      root.removeEventListener('pointerleave', onOut)
      root.removeEventListener('focusin', onOver)
      root.removeEventListener('focusout', onOut)
      light(undefined)
    }
  }, [rootRef])
}
