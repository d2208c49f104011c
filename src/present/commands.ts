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

/** Auto-advance speeds, in words per minute read aloud. */
export const PACE_LEVELS = [110, 140, 170, 210, 260] as const
export const DEFAULT_PACE_LEVEL = 2

export interface PresentState {
  readonly index: number
  readonly blackout: boolean
  readonly auto: boolean
  readonly paceLevel: number
  readonly loop: boolean
  readonly overlay: 'none' | 'help' | 'qr'
}

export const INITIAL_STATE: PresentState = { index: 0, blackout: false, auto: false, paceLevel: DEFAULT_PACE_LEVEL, loop: false, overlay: 'none' }

/** The commands that change the presentation's state; the others (full screen, windows) are effects. */
export type StateCommand = Exclude<CommandName, 'fullscreen' | 'presenter' | 'escape'> | 'close' | 'loop' | 'tick'

/**
 * The next state. Moving stays within [0, count-1]; moving while blacked out first brings
 * the stage back. `tick` is auto-advance's step: at the end it loops to the title when
 * asked, else stops.
 */
export function step(state: PresentState, command: StateCommand, count: number): PresentState {
  const last = Math.max(0, count - 1)
  const go = (index: number): PresentState => ({ ...state, index: Math.min(last, Math.max(0, index)), blackout: false })
  switch (command) {
    case 'next':
      return state.blackout ? { ...state, blackout: false } : go(state.index + 1)
    case 'prev':
      return state.blackout ? { ...state, blackout: false } : go(state.index - 1)
    case 'first':
      return go(0)
    case 'last':
      return go(last)
    case 'tick':
      if (state.index < last) return { ...state, index: state.index + 1 }
      return state.loop ? { ...state, index: 0 } : { ...state, auto: false }
    case 'blackout':
      return { ...state, blackout: !state.blackout }
    case 'auto':
      return { ...state, auto: !state.auto }
    case 'faster':
      return { ...state, paceLevel: Math.min(PACE_LEVELS.length - 1, state.paceLevel + 1) }
    case 'slower':
      return { ...state, paceLevel: Math.max(0, state.paceLevel - 1) }
    case 'loop':
      return { ...state, loop: !state.loop }
    case 'qr':
      return { ...state, overlay: state.overlay === 'qr' ? 'none' : 'qr' }
    case 'help':
      return { ...state, overlay: state.overlay === 'help' ? 'none' : 'help' }
    case 'close':
      return { ...state, overlay: 'none' }
  }
}

/** How long auto-advance holds a slide of `words` words: its reading time at the pace, plus a breath. */
export function holdMs(words: number, paceLevel: number): number {
  const wpm = PACE_LEVELS[Math.min(PACE_LEVELS.length - 1, Math.max(0, paceLevel))] ?? 170
  return words === 0 ? 5000 : Math.round(1500 + (words * 60000) / wpm)
}
