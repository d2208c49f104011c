import { useLayoutEffect, type RefObject } from 'react'

/**
 * Shrinks the text in `ref` until it fits its box (16:9 or 4:3, any size): starts from the
 * size the CSS gives and steps down, writing font-size through the CSSOM. Re-fits on resize.
 */
export function useFitText(ref: RefObject<HTMLElement | null>, key: unknown): void {
  useLayoutEffect(() => {
    const el = ref.current
    if (!el) return
    const fit = () => {
      el.style.removeProperty('font-size')
      let size = parseFloat(getComputedStyle(el).fontSize)
      for (let i = 0; i < 30 && (el.scrollHeight > el.clientHeight + 1 || el.scrollWidth > el.clientWidth + 1); i++) {
        size *= 0.93
        el.style.fontSize = `${size}px`
      }
    }
    fit()
    // The web font may arrive after the first fit and change the text's size.
    void document.fonts?.ready.then(fit)
    window.addEventListener('resize', fit)
    return () => window.removeEventListener('resize', fit)
  }, [ref, key])
}
