import type { PresentState } from './present-state'

/** What Esc can see at the moment it is pressed. */
export interface EscSnapshot {
  readonly overlay: PresentState['overlay']
  /** The "browser blocked the presenter window" notice is showing. */
  readonly blocked: boolean
  /** The document is full screen now (asked of the document: the last change may not have rendered yet). */
  readonly fullscreen: boolean
}

/** The one thing an Esc press does. */
export type EscAction = 'close-overlay' | 'dismiss-blocked' | 'exit-fullscreen' | 'leave'

/**
 * What Esc does first: close what is open over the stage (help or QR, then the blocked-window
 * notice), else leave full screen, else leave for the reader at the same moment. One step a
 * press, so a presenter who presses Esc to close the help is never thrown out of the show.
 */
export function escAction(s: EscSnapshot): EscAction {
  if (s.overlay !== 'none') return 'close-overlay'
  if (s.blocked) return 'dismiss-blocked'
  if (s.fullscreen) return 'exit-fullscreen'
  return 'leave'
}
