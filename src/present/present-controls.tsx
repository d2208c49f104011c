import type { ReactNode } from 'react'
import { PACE_LEVELS, type CommandName, type PresentState } from './commands'

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
  const button = (label: ReactNode, onClick: () => void, extra: { pressed?: boolean; name?: string } = {}) => (
    <button type="button" className="present-button" aria-pressed={extra.pressed} aria-label={extra.name} onClick={onClick}>
      {label}
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
      {button(state.auto ? 'Pause' : 'Play', () => onCommand('auto'), { pressed: state.auto, name: state.auto ? 'Pause auto-advance' : 'Start auto-advance' })}
      {button('−', () => onCommand('slower'), { name: 'Slower' })}
      <span className="present-pace">{PACE_LEVELS[state.paceLevel]} wpm</span>
      {button('+', () => onCommand('faster'), { name: 'Faster' })}
      {button('Loop', onLoop, { pressed: state.loop, name: 'Loop back to the title at the end' })}
      <span className="present-sep" aria-hidden="true" />
      {button('Black', () => onCommand('blackout'), { pressed: state.blackout, name: 'Black screen' })}
      {presenter ? null : button('QR', () => onCommand('qr'), { name: 'QR code of this moment' })}
      {presenter ? null : button('Presenter', () => onCommand('presenter'), { name: 'Open the presenter window' })}
      {presenter ? null : button(fullscreen ? 'Exit full screen' : 'Full screen', () => onCommand('fullscreen'))}
      {button('Keys', () => onCommand('help'), { name: 'Keys' })}
      {button(shortcuts ? 'Letter keys on' : 'Letter keys off', onShortcuts, { pressed: shortcuts, name: 'Single-key shortcuts' })}
      {presenter ? null : button('Leave', () => onCommand('escape'), { name: 'Leave the presentation' })}
    </nav>
  )
}
