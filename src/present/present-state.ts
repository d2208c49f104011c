/** The presentation's state and its pure reducer: which slide, black, auto-advance and its pace, the overlay. */

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

/** What changes the presentation's state (full screen, the presenter window and leaving are effects, not state). */
export type StateCommand = 'next' | 'prev' | 'first' | 'last' | 'blackout' | 'auto' | 'faster' | 'slower' | 'loop' | 'qr' | 'help' | 'close' | 'tick'

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
