import './present.css'
import type { Place } from '../links/links'
import type { GoOptions } from '../links/use-location-state'
import { HelpOverlay, QrOverlay } from './overlays'
import { PresentControls } from './present-controls'
import { PresenterView } from './presenter-view'
import type { Deck } from './slides'
import { Stage, slidePlainText } from './stage'
import { usePresentation } from './use-presentation'

/**
 * `/present/<id>[/<anchor>]`: the audience's full-window stage, or (opened with
 * `?presenter`) the presenter's window; both stay in step. The address follows the
 * current line, so a reload resumes there; Esc leaves to the same moment in the reader.
 */
export function PresentPage(props: {
  deck: Deck
  anchor?: string
  /** Where leaving the presentation goes, for a slide anchor. */
  readerOf: (anchor: string | undefined) => Place
  go: (place: Place, options?: GoOptions) => void
}) {
  const { deck } = props
  const { state, slide, count, mounted, presenter, idle, view, blocked, qrUrl, stageRef, run, closeOverlay } = usePresentation(props)

  if (!slide) return null
  const controls = <PresentControls view={view} count={count} presenter={presenter} onCommand={run} />

  if (presenter) {
    return <PresenterView deck={deck} state={state} controls={controls} />
  }

  return (
    <div
      ref={stageRef}
      data-view="present"
      className={`present tint-${deck.tint}${idle ? ' idle' : ''}${state.blackout ? ' black' : ''}`}
      onClick={(e) => {
        if (!(e.target as Element).closest('button, a, input, .overlay')) run('next')
      }}
    >
      <main className="stage" aria-hidden={mounted ? true : undefined}>
        <Stage deck={deck} slide={slide} animated={mounted} />
      </main>
      <p className="visually-hidden" aria-live="polite" aria-atomic="true">
        {mounted && !state.blackout ? slidePlainText(deck, slide) : ''}
      </p>
      <div className="stage-progress" aria-hidden="true" />
      <div className="blackout" aria-hidden="true" />
      {controls}
      {blocked ? (
        <div className="popup-blocked" role="alert">
          <p>The browser blocked the presenter window.</p>
          <a href={blocked} target="_blank" rel="noopener">
            Open the presenter window
          </a>
        </div>
      ) : null}
      {state.overlay === 'help' ? <HelpOverlay shortcuts={view.shortcuts} onClose={closeOverlay} /> : null}
      {qrUrl !== null ? <QrOverlay url={qrUrl} onClose={closeOverlay} /> : null}
    </div>
  )
}
