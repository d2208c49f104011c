import { useCallback, useEffect, useRef, useState } from 'react'
import './present.css'
import type { Place } from '../links/links'
import { absoluteLink, hasQueryFlag, type GoOptions } from '../links/use-location-state'
import { usePreferences } from '../prefs/use-preferences'
import type { CommandName } from './commands'
import { INITIAL_STATE, step, type PresentState, type StateCommand } from './present-state'
import { HelpOverlay, QrOverlay } from './overlays'
import { PresentControls } from './present-controls'
import { PresenterView } from './presenter-view'
import { slideIndexOf, type Deck } from './slides'
import { Stage, slidePlainText } from './stage'
import { useAutoAdvance } from './use-auto-advance'
import { useFullscreen } from './use-fullscreen'
import { useIdle } from './use-idle-cursor'
import { usePresentSync } from './use-present-sync'
import { useLiveDriver } from '../live/use-live-driver'
import { usePresenterKeys } from './use-presenter-keys'

/**
 * `/present/<id>[/<anchor>]`: the audience's full-window stage, or (opened with
 * `?presenter`) the presenter's window; both stay in step. The address follows the
 * current line, so a reload resumes there; Esc leaves to the same moment in the reader.
 */
export function PresentPage({
  deck,
  anchor,
  readerOf,
  go,
}: {
  deck: Deck
  anchor?: string
  /** Where leaving the presentation goes, for a slide anchor. */
  readerOf: (anchor: string | undefined) => Place
  go: (place: Place, options?: GoOptions) => void
}) {
  const [prefs, setPrefs] = usePreferences()
  const [state, setState] = useState<PresentState>(() => ({ ...INITIAL_STATE, index: slideIndexOf(deck, anchor) }))
  const [mounted, setMounted] = useState(false)
  const [presenter, setPresenter] = useState(false)
  const [blocked, setBlocked] = useState<string | null>(null)
  const stageRef = useRef<HTMLDivElement>(null)
  const fullscreen = useFullscreen()
  const idle = useIdle()
  const count = deck.slides.length
  const slide = deck.slides[state.index] ?? deck.slides[0]
  const placeAt = useCallback((index: number): Place => ({ view: 'present', id: deck.id, anchor: deck.slides[index]?.id || undefined }), [deck])

  useEffect(() => {
    setMounted(true)
    setPresenter(hasQueryFlag('presenter'))
  }, [])

  const dispatch = useCallback((command: StateCommand) => setState((s) => step(s, command, count)), [count])
  const tick = useCallback(() => dispatch('tick'), [dispatch])
  usePresentSync(deck, state, (shared) => setState((s) => ({ ...s, ...shared })))
  // With the live show's secret in this browser, every step also reaches the audience's phones.
  const live = useLiveDriver(deck, state, (place) => setState((s) => ({ ...s, ...place })))
  useAutoAdvance(mounted && !presenter && state.auto && !state.blackout && state.overlay === 'none', state.index, slide?.words ?? 0, state.paceLevel, tick)

  useEffect(() => {
    if (mounted) go(placeAt(state.index), { replace: true, keepQuery: true })
  }, [mounted, state.index, placeAt, go])

  useEffect(() => {
    stageRef.current?.style.setProperty('--progress', String(count > 1 ? state.index / (count - 1) : 1))
  }, [state.index, count])

  const openPresenter = useCallback(() => {
    const url = absoluteLink(placeAt(state.index), '?presenter')
    // Opened straight from the key press or click, so that popup blockers allow it.
    const win = window.open(url, `chosen-presenter-${deck.id}`, 'popup,width=1100,height=720')
    setBlocked(win ? null : url)
  }, [deck.id, placeAt, state.index])

  const onCommand = (name: CommandName) => {
    if (name === 'fullscreen') fullscreen.toggle()
    else if (name === 'presenter') openPresenter()
    else if (name === 'escape') {
      if (state.overlay !== 'none') dispatch('close')
      else if (blocked) setBlocked(null)
      else if (fullscreen.isActive()) fullscreen.exit()
      else go(readerOf(slide?.id || undefined), { load: true })
    } else dispatch(name)
  }
  usePresenterKeys(onCommand, prefs.shortcuts)

  if (!slide) return null
  const controls = (
    <PresentControls
      state={state}
      count={count}
      fullscreen={fullscreen.active}
      shortcuts={prefs.shortcuts}
      presenter={presenter}
      onCommand={onCommand}
      onLoop={() => dispatch('loop')}
      onShortcuts={() => setPrefs({ shortcuts: !prefs.shortcuts })}
    />
  )

  if (presenter) {
    return <PresenterView deck={deck} state={state} controls={controls} />
  }

  return (
    <div
      ref={stageRef}
      data-view="present"
      className={`present tint-${deck.tint}${idle ? ' idle' : ''}${state.blackout ? ' black' : ''}`}
      onClick={(e) => {
        if (!(e.target as Element).closest('button, a, input, .overlay')) dispatch('next')
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
      {state.overlay === 'help' ? <HelpOverlay shortcuts={prefs.shortcuts} onClose={() => dispatch('close')} /> : null}
      {state.overlay === 'qr' ? <QrOverlay url={live.live ? live.audience : absoluteLink(placeAt(state.index))} onClose={() => dispatch('close')} /> : null}
    </div>
  )
}
