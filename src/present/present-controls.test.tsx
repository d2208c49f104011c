import { render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, test, vi } from 'vitest'
import type { ControlView } from './commands'
import { PresentControls } from './present-controls'
import { INITIAL_STATE } from './present-state'

const view: ControlView = { state: INITIAL_STATE, fullscreen: false, shortcuts: true }
// Names as a browser gives them: jsdom's name computation drops the space that starts the
// screen-reader-only words (Chromium keeps it, as the browser tests check), so read the text.
const names = () =>
  within(screen.getByRole('navigation', { name: 'Presentation controls' }))
    .getAllByRole('button')
    .map((b) => b.getAttribute('aria-label') ?? b.textContent)

describe('the presentation’s controls', () => {
  test('the audience’s window shows every button, named by the words its command carries', () => {
    render(<PresentControls view={view} count={12} presenter={false} onCommand={() => {}} />)
    expect(names()).toEqual([
      'Previous line',
      'Next line',
      'Play auto-advance',
      'Slower',
      'Faster',
      'Loop back to the title at the end',
      'Black screen',
      'QR code of this moment',
      'Presenter window',
      'Full screen',
      'Keys',
      'Letter keys on (single-key shortcuts)',
      'Leave the presentation',
    ])
    expect(screen.getByText('1 / 12')).toBeInTheDocument()
    expect(screen.getByText('170 wpm')).toBeInTheDocument()
  })

  test('toggles show their state in their words and aria-pressed', () => {
    render(
      <PresentControls
        view={{ state: { ...INITIAL_STATE, auto: true, loop: true, blackout: true }, fullscreen: true, shortcuts: false }}
        count={3}
        presenter={false}
        onCommand={() => {}}
      />,
    )
    expect(screen.getByRole('button', { name: /^Pause/ })).toHaveAttribute('aria-pressed', 'true')
    expect(screen.getByRole('button', { name: /^Loop/ })).toHaveAttribute('aria-pressed', 'true')
    expect(screen.getByRole('button', { name: /^Black/ })).toHaveAttribute('aria-pressed', 'true')
    expect(screen.getByRole('button', { name: 'Exit full screen' })).not.toHaveAttribute('aria-pressed')
    expect(screen.getByRole('button', { name: /^Letter keys off/ })).toHaveAttribute('aria-pressed', 'false')
    expect(screen.getByRole('button', { name: 'Next line' })).toHaveTextContent('→')
  })

  test('the presenter’s window leaves out what acts on the audience’s window', () => {
    render(<PresentControls view={view} count={3} presenter onCommand={() => {}} />)
    expect(names()).toEqual([
      'Previous line',
      'Next line',
      'Play auto-advance',
      'Slower',
      'Faster',
      'Loop back to the title at the end',
      'Black screen',
      'Keys',
      'Letter keys on (single-key shortcuts)',
    ])
  })

  test('a button runs its command by name', async () => {
    const onCommand = vi.fn()
    render(<PresentControls view={view} count={3} presenter={false} onCommand={onCommand} />)
    await userEvent.click(screen.getByRole('button', { name: 'Faster' }))
    await userEvent.click(screen.getByRole('button', { name: /^Letter keys/ }))
    await userEvent.click(screen.getByRole('button', { name: /^Leave/ }))
    expect(onCommand.mock.calls).toEqual([['faster'], ['shortcuts'], ['escape']])
  })
})
