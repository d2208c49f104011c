/** The presentation's commands as data: one map from keys to commands, one pure reducer. */

export type CommandName =
  | 'next'
  | 'prev'
  | 'first'
  | 'last'
  | 'fullscreen'
  | 'blackout'
  | 'auto'
  | 'faster'
  | 'slower'
  | 'qr'
  | 'presenter'
  | 'help'
  | 'escape'

/** The parts of a key event the map reads (a KeyboardEvent has them all). */
export interface KeyLike {
  readonly key: string
  readonly shiftKey?: boolean
  readonly ctrlKey?: boolean
  readonly altKey?: boolean
  readonly metaKey?: boolean
}

export interface Command {
  readonly name: CommandName
  readonly label: string
  /** The keys, as shown in the help. */
  readonly keys: readonly string[]
  /** The `event.key` values that run it. */
  readonly match: readonly string[]
  /** A single printable character: off when the presenter switches single-key shortcuts off (WCAG 2.1.4). */
  readonly single?: boolean
}

/** Every command and its keys. PageUp/PageDown are what clickers send; F5/Shift+F5 and "." are clicker buttons too. */
export const COMMANDS: readonly Command[] = [
  { name: 'next', label: 'Next line', keys: ['→', '↓', 'Space', 'Page Down', 'Enter', 'click'], match: ['ArrowRight', 'ArrowDown', ' ', 'PageDown', 'Enter'] },
  { name: 'prev', label: 'Previous line', keys: ['←', '↑', 'Page Up', 'Backspace'], match: ['ArrowLeft', 'ArrowUp', 'PageUp', 'Backspace'] },
  { name: 'first', label: 'Title', keys: ['Home'], match: ['Home'] },
  { name: 'last', label: 'Last line', keys: ['End'], match: ['End'] },
  { name: 'fullscreen', label: 'Full screen on or off', keys: ['F', 'F5'], match: ['f', 'F', 'F5'] },
  { name: 'blackout', label: 'Black screen (and back)', keys: ['B', '.'], match: ['b', 'B', '.'], single: true },
  { name: 'auto', label: 'Auto-advance on or off (pause)', keys: ['A'], match: ['a', 'A'], single: true },
  { name: 'faster', label: 'Auto-advance faster', keys: ['+'], match: ['+', '='], single: true },
  { name: 'slower', label: 'Auto-advance slower', keys: ['-'], match: ['-', '_'], single: true },
  { name: 'qr', label: 'QR code of this moment', keys: ['Q'], match: ['q', 'Q'], single: true },
  { name: 'presenter', label: 'Presenter window', keys: ['S'], match: ['s', 'S'], single: true },
  { name: 'help', label: 'These keys', keys: ['?'], match: ['?'], single: true },
  { name: 'escape', label: 'Close, leave full screen, then leave', keys: ['Esc'], match: ['Escape'] },
]

/**
 * The command a key runs, or null. Keys with Ctrl, Alt or Meta belong to the browser;
 * single-character keys are ignored when `shortcuts` is off (F5 still toggles full screen).
 */
export function commandForKey(e: KeyLike, shortcuts = true): CommandName | null {
  if (e.ctrlKey || e.altKey || e.metaKey) return null
  const found = COMMANDS.filter((c) => c.match.includes(e.key))
  const usable = found.filter((c) => shortcuts || !(c.single || (c.name === 'fullscreen' && e.key !== 'F5')))
  return usable[0]?.name ?? null
}
