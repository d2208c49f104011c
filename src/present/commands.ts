/**
 * The presentation's commands as data: each carries its keys, its words (the help's line,
 * the button's label) and its own `perform`. One dispatcher runs the same `perform` for a
 * key (key-dispatch.ts), a button and a click on the stage (excalidraw's actions).
 */
import { escAction, type EscSnapshot } from './esc-cascade'
import type { PresentState, StateCommand } from './present-state'

export type CommandName =
  'next' | 'prev' | 'first' | 'last' | 'fullscreen' | 'blackout' | 'auto' | 'faster' | 'slower' | 'loop' | 'qr' | 'presenter' | 'help' | 'shortcuts' | 'escape'

/** What a command may do, handed in by the page so that the commands know nothing of React or the DOM. */
export interface CommandContext {
  /** Changes the presentation's state through the pure reducer. */
  readonly dispatch: (command: StateCommand) => void
  readonly toggleFullscreen: () => void
  readonly exitFullscreen: () => void
  /** Opens the presenter window (straight from the key press or click, so popup blockers allow it). */
  readonly openPresenter: () => void
  /** Hides the "browser blocked the presenter window" notice. */
  readonly dismissBlocked: () => void
  readonly toggleShortcuts: () => void
  /** Leaves for the reader at the moment on the stage. */
  readonly leave: () => void
  /** What Esc sees, at the moment it is pressed. */
  readonly escSnapshot: () => EscSnapshot
}

/** What a button's words and pressed state depend on. */
export interface ControlView {
  readonly state: PresentState
  readonly fullscreen: boolean
  readonly shortcuts: boolean
}

/** A command's button among the presentation's controls. */
export interface CommandButton {
  /** What it shows: words, or a symbol (←, +). */
  readonly text: string | ((view: ControlView) => string)
  /** It shows a symbol: it is named by `name`, else by the command's label (there are no words to say). */
  readonly symbol?: boolean
  readonly name?: string
  /** Words for screen readers only, after the shown ones: the name starts with what is shown (WCAG 2.5.3 Label in Name). */
  readonly more?: string
  /** A toggle's state, said as aria-pressed. */
  readonly pressed?: (view: ControlView) => boolean
  /** Acts on the audience's window only, so the presenter window leaves it out. */
  readonly audienceOnly?: boolean
}

export interface Command {
  readonly name: CommandName
  /** Its line in the help. */
  readonly label: string
  /** The keys, as shown in the help (none: a button only). */
  readonly keys: readonly string[]
  /** The `event.key` values that run it. */
  readonly match: readonly string[]
  /** Single-key shortcuts, off when the presenter switches them off (WCAG 2.1.4): all its keys, or the ones listed. */
  readonly single?: true | readonly string[]
  readonly button?: CommandButton
  readonly perform: (context: CommandContext) => void
}

const change = (command: StateCommand) => (context: CommandContext) => context.dispatch(command)

/** Every command. PageUp/PageDown are what clickers send; F5/Shift+F5 and "." are clicker buttons too. */
export const COMMANDS: readonly Command[] = [
  {
    name: 'next',
    label: 'Next line',
    keys: ['→', '↓', 'Space', 'Page Down', 'Enter', 'click'],
    match: ['ArrowRight', 'ArrowDown', ' ', 'PageDown', 'Enter'],
    button: { text: '→', symbol: true },
    perform: change('next'),
  },
  {
    name: 'prev',
    label: 'Previous line',
    keys: ['←', '↑', 'Page Up', 'Backspace'],
    match: ['ArrowLeft', 'ArrowUp', 'PageUp', 'Backspace'],
    button: { text: '←', symbol: true },
    perform: change('prev'),
  },
  { name: 'first', label: 'Title', keys: ['Home'], match: ['Home'], perform: change('first') },
  { name: 'last', label: 'Last line', keys: ['End'], match: ['End'], perform: change('last') },
  {
    name: 'fullscreen',
    label: 'Full screen on or off',
    keys: ['F', 'F5'],
    match: ['f', 'F', 'F5'],
    // F5 is a clicker's button, so it stays on with single-key shortcuts off.
    single: ['f', 'F'],
    button: { text: (v) => (v.fullscreen ? 'Exit full screen' : 'Full screen'), audienceOnly: true },
    perform: (c) => c.toggleFullscreen(),
  },
  {
    name: 'blackout',
    label: 'Black screen (and back)',
    keys: ['B', '.'],
    match: ['b', 'B', '.'],
    single: true,
    button: { text: 'Black', more: 'screen', pressed: (v) => v.state.blackout },
    perform: change('blackout'),
  },
  {
    name: 'auto',
    label: 'Auto-advance on or off (pause)',
    keys: ['A'],
    match: ['a', 'A'],
    single: true,
    button: { text: (v) => (v.state.auto ? 'Pause' : 'Play'), more: 'auto-advance', pressed: (v) => v.state.auto },
    perform: change('auto'),
  },
  {
    name: 'faster',
    label: 'Auto-advance faster',
    keys: ['+'],
    match: ['+', '='],
    single: true,
    button: { text: '+', symbol: true, name: 'Faster' },
    perform: change('faster'),
  },
  {
    name: 'slower',
    label: 'Auto-advance slower',
    keys: ['-'],
    match: ['-', '_'],
    single: true,
    button: { text: '−', symbol: true, name: 'Slower' },
    perform: change('slower'),
  },
  {
    name: 'loop',
    label: 'Loop back to the title at the end',
    keys: [],
    match: [],
    button: { text: 'Loop', more: 'back to the title at the end', pressed: (v) => v.state.loop },
    perform: change('loop'),
  },
  {
    name: 'qr',
    label: 'QR code of this moment',
    keys: ['Q'],
    match: ['q', 'Q'],
    single: true,
    button: { text: 'QR', more: 'code of this moment', audienceOnly: true },
    perform: change('qr'),
  },
  {
    name: 'presenter',
    label: 'Presenter window',
    keys: ['S'],
    match: ['s', 'S'],
    single: true,
    button: { text: 'Presenter', more: 'window', audienceOnly: true },
    perform: (c) => c.openPresenter(),
  },
  { name: 'help', label: 'These keys', keys: ['?'], match: ['?'], single: true, button: { text: 'Keys' }, perform: change('help') },
  {
    name: 'shortcuts',
    label: 'Single-key shortcuts on or off',
    keys: [],
    match: [],
    button: { text: (v) => (v.shortcuts ? 'Letter keys on' : 'Letter keys off'), more: '(single-key shortcuts)', pressed: (v) => v.shortcuts },
    perform: (c) => c.toggleShortcuts(),
  },
  {
    name: 'escape',
    label: 'Close, leave full screen, then leave',
    keys: ['Esc'],
    match: ['Escape'],
    button: { text: 'Leave', more: 'the presentation', audienceOnly: true },
    perform: performEscape,
  },
]

function performEscape(context: CommandContext): void {
  switch (escAction(context.escSnapshot())) {
    case 'close-overlay':
      return context.dispatch('close')
    case 'dismiss-blocked':
      return context.dismissBlocked()
    case 'exit-fullscreen':
      return context.exitFullscreen()
    case 'leave':
      return context.leave()
  }
}

const BY_NAME = new Map(COMMANDS.map((c) => [c.name, c]))

/** The command of that name (the controls and the stage's click run commands by name). */
export function commandNamed(name: CommandName): Command {
  const command = BY_NAME.get(name)
  if (!command) throw new Error(`No presentation command named ${name}`)
  return command
}
