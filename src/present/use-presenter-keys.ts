import { useEffect, useRef } from 'react'
import { commandForKey, type CommandName } from './commands'

/**
 * The ONLY keydown listener of the presentation: maps keys through the command map and
 * hands the command to `onCommand`. Leaves keys alone while typing, and Enter/Space on a
 * focused button or link (they press it).
 */
export function usePresenterKeys(onCommand: (name: CommandName) => void, shortcuts: boolean): void {
  const handler = useRef(onCommand)
  useEffect(() => {
    handler.current = onCommand
  })

  useEffect(() => {
    const onDocumentKeyDown = (e: KeyboardEvent) => {
      const t = e.target as HTMLElement | null
      if (t && (t.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(t.tagName))) return
      if (t && /^(BUTTON|A|SUMMARY)$/.test(t.tagName) && (e.key === 'Enter' || e.key === ' ')) return
      const name = commandForKey(e, shortcuts)
      if (!name) return
      // F5 would reload, Backspace/Space would scroll or go back: the presentation owns them.
      e.preventDefault()
      handler.current(name)
    }
    document.addEventListener('keydown', onDocumentKeyDown)
    return () => document.removeEventListener('keydown', onDocumentKeyDown)
  }, [shortcuts])
}
