import { commandNamed, type CommandName, type ControlView } from './commands'
import { PACE_LEVELS } from './present-state'

/**
 * The presentation's buttons: every command that has one, with the words its command
 * carries. They fade with the idle cursor and return on any movement or focus; the pause
 * button is a real button (WCAG 2.2.2).
 */
export function PresentControls({ view, count, presenter, onCommand }: { view: ControlView; count: number; presenter: boolean; onCommand: (name: CommandName) => void }) {
  const button = (name: CommandName) => {
    const { label, button: b } = commandNamed(name)
    if (!b || (presenter && b.audienceOnly)) return null
    return (
      <button type="button" className="present-button" aria-pressed={b.pressed?.(view)} aria-label={b.symbol ? (b.name ?? label) : undefined} onClick={() => onCommand(name)}>
        {typeof b.text === 'string' ? b.text : b.text(view)}
        {b.more ? <span className="visually-hidden"> {b.more}</span> : null}
      </button>
    )
  }
  return (
    <nav className="present-controls" aria-label="Presentation controls">
      {button('prev')}
      <span className="present-position">
        {view.state.index + 1} / {count}
      </span>
      {button('next')}
      <span className="present-sep" aria-hidden="true" />
      {button('auto')}
      {button('slower')}
      <span className="present-pace">{PACE_LEVELS[view.state.paceLevel]} wpm</span>
      {button('faster')}
      {button('loop')}
      <span className="present-sep" aria-hidden="true" />
      {button('blackout')}
      {button('qr')}
      {button('presenter')}
      {button('fullscreen')}
      {button('help')}
      {button('shortcuts')}
      {button('escape')}
    </nav>
  )
}
