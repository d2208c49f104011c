import { useEffect, useId, useRef, useState } from 'react'
import { PACES, SIZES, THEMES, type Pace, type Prefs } from '../prefs/prefs'

const PACE_LABEL: Record<Pace, string> = { slow: 'Slow', natural: 'Natural', fast: 'Fast', off: 'Off: all at once' }
const SIZE_LABEL = { s: 'Small', m: 'Medium', l: 'Large', xl: 'Extra large' } as const
const THEME_LABEL = { night: 'Night', sepia: 'Sepia', light: 'Light' } as const

/**
 * The reading settings: a button that discloses a panel of radio groups (theme, text size,
 * pace). Escape or a click outside closes it and gives focus back to the button.
 */
export function SettingsPanel({ prefs, onChange }: { prefs: Prefs; onChange: (change: Partial<Prefs>) => void }) {
  const [open, setOpen] = useState(false)
  const panelId = useId()
  const buttonRef = useRef<HTMLButtonElement>(null)
  const panelRef = useRef<HTMLDivElement>(null)

  useEffect(() => {
    if (!open) return
    const onKeyDown = (e: KeyboardEvent) => {
      if (e.key === 'Escape') {
        setOpen(false)
        buttonRef.current?.focus()
      }
    }
    const onPointerDown = (e: PointerEvent) => {
      const t = e.target as Node
      if (!panelRef.current?.contains(t) && !buttonRef.current?.contains(t)) setOpen(false)
    }
    document.addEventListener('keydown', onKeyDown)
    document.addEventListener('pointerdown', onPointerDown)
    return () => {
      document.removeEventListener('keydown', onKeyDown)
      document.removeEventListener('pointerdown', onPointerDown)
    }
  }, [open])

  return (
    <div className="settings">
      <button ref={buttonRef} type="button" className="tool-button" aria-expanded={open} aria-controls={open ? panelId : undefined} onClick={() => setOpen((o) => !o)}>
        <span aria-hidden="true" className="tool-glyph">
          Aa
        </span>
        <span className="tool-label">Settings</span>
      </button>
      {/* Only while open: closed, its 60-odd elements were in every page's HTML, parsed and
          laid out before the first paint and hydrated after it, for a panel that opens on a click. */}
      {open ? (
        <div ref={panelRef} id={panelId} className="settings-panel">
          <Choice legend="Theme" name="theme" options={THEMES} labels={THEME_LABEL} value={prefs.theme} onPick={(theme) => onChange({ theme })} />
          <Choice legend="Text size" name="size" options={SIZES} labels={SIZE_LABEL} value={prefs.size} onPick={(size) => onChange({ size })} />
          <Choice legend="Pace of the lines" name="pace" options={PACES} labels={PACE_LABEL} value={prefs.pace} onPick={(pace) => onChange({ pace })} />
          <label className="switch">
            <input type="checkbox" checked={prefs.shortcuts} onChange={(e) => onChange({ shortcuts: e.target.checked })} />
            <span>Single-key shortcuts</span>
          </label>
        </div>
      ) : null}
    </div>
  )
}

function Choice<T extends string>({
  legend,
  name,
  options,
  labels,
  value,
  onPick,
}: {
  legend: string
  name: string
  options: readonly T[]
  labels: Record<T, string>
  value: T
  onPick: (value: T) => void
}) {
  const id = useId()
  return (
    <fieldset className="choice">
      <legend>{legend}</legend>
      <div className="choice-options">
        {options.map((option) => (
          <label key={option} className="choice-option">
            <input type="radio" name={`${name}-${id}`} value={option} checked={value === option} onChange={() => onPick(option)} />
            <span>{labels[option]}</span>
          </label>
        ))}
      </div>
    </fieldset>
  )
}
