import type { ReactNode } from 'react'
import type { CommandName } from './commands'
import { PACE_LEVELS, type PresentState } from './present-state'

/**
 * The presentation's buttons: every command a key runs, plus loop and single-key
 * shortcuts. They fade with the idle cursor and return on any movement or focus; the
 * pause button is a real button (WCAG 2.2.2).
 */
export function PresentControls({
  state,
  count,
  fullscreen,
  shortcuts,
  presenter,
  onCommand,
  onLoop,
  onShortcuts,
}: {
  state: PresentState
  count: number
  fullscreen: boolean
  shortcuts: boolean
  presenter: boolean
  onCommand: (name: CommandName) => void
  onLoop: () => void
  onShortcuts: () => void
}) {
  // A button's name starts with the words it shows (WCAG 2.5.3 Label in Name: a voice-control
  // user says what they see); `more` adds words for screen readers only. A symbol's
  // button (←, +) is named by `name` alone: there are no words to say.
  const button = (label: ReactNode, onClick: () => void, extra: { pressed?: boolean; name?: string; more?: string } = {}) => (
    <button type="button" className="present-button" aria-pressed={extra.pressed} aria-label={extra.name} onClick={onClick}>
      {label}
      {extra.more ? <span className="visually-hidden"> {extra.more}</span> : null}
    </button>
  )
  return (
    <nav className="present-controls" aria-label="Presentation controls">
      {button('←', () => onCommand('prev'), { name: 'Previous line' })}
      <span className="present-position">
        {state.index + 1} / {count}
      </span>
      {button('→', () => onCommand('next'), { name: 'Next line' })}
      <span className="present-sep" aria-hidden="true" />
      {button(state.auto ? 'Pause' : 'Play', () => onCommand('auto'), { pressed: state.auto, more: 'auto-advance' })}
      {button('−', () => onCommand('slower'), { name: 'Slower' })}
      <span className="present-pace">{PACE_LEVELS[state.paceLevel]} wpm</span>
      {button('+', () => onCommand('faster'), { name: 'Faster' })}
      {button('Loop', onLoop, { pressed: state.loop, more: 'back to the title at the end' })}
      <span className="present-sep" aria-hidden="true" />
      {button('Black', () => onCommand('blackout'), { pressed: state.blackout, more: 'screen' })}
      {presenter ? null : button('QR', () => onCommand('qr'), { more: 'code of this moment' })}
      {presenter ? null : button('Presenter', () => onCommand('presenter'), { more: 'window' })}
      {presenter ? null : button(fullscreen ? 'Exit full screen' : 'Full screen', () => onCommand('fullscreen'))}
      {button('Keys', () => onCommand('help'))}
      {button(shortcuts ? 'Letter keys on' : 'Letter keys off', onShortcuts, { pressed: shortcuts, more: '(single-key shortcuts)' })}
      {presenter ? null : button('Leave', () => onCommand('escape'), { more: 'the presentation' })}
    </nav>
  )
}
