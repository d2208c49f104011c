import { useEffect, useRef } from 'react'
import type { CommandContext } from './commands'
import { dispatchKey } from './key-dispatch'

/**
 * The ONLY keydown listener of the presentation: hands each key to the command list's
 * dispatcher, which runs the bound command's `perform` with `context` (the latest one
 * rendered). Leaves keys alone while typing, and Enter/Space on a focused button or link
 * (they press it).
 */
export function usePresenterKeys(context: CommandContext, shortcuts: boolean): void {
  const latest = useRef(context)
  useEffect(() => {
    latest.current = context
  })

  useEffect(() => {
    const onDocumentKeyDown = (e: KeyboardEvent) => {
      const t = e.target as HTMLElement | null
      if (t && (t.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(t.tagName))) return
      if (t && /^(BUTTON|A|SUMMARY)$/.test(t.tagName) && (e.key === 'Enter' || e.key === ' ')) return
      dispatchKey(e, latest.current, shortcuts)
    }
    document.addEventListener('keydown', onDocumentKeyDown)
    return () => document.removeEventListener('keydown', onDocumentKeyDown)
  }, [shortcuts])
}
