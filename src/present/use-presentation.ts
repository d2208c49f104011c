import { useCallback, useEffect, useRef, useState, type RefObject } from 'react'
import type { Place } from '../links/links'
import { absoluteLink, hasQueryFlag, type GoOptions } from '../links/use-location-state'
import { useLiveDriver } from '../live/use-live-driver'
import { usePreferences } from '../prefs/use-preferences'
import { commandNamed, type CommandContext, type CommandName, type ControlView } from './commands'
import { INITIAL_STATE, step, type PresentState, type StateCommand } from './present-state'
import { slideIndexOf, type Deck, type Slide } from './slides'
import { useAutoAdvance } from './use-auto-advance'
import { useFullscreen } from './use-fullscreen'
import { useIdle } from './use-idle-cursor'
import { usePresentSync } from './use-present-sync'
import { usePresenterKeys } from './use-presenter-keys'
import { usePresenterWindow } from './use-presenter-window'

/** Everything the presentation's view renders, and `run` to perform a command by name. */
export interface Presentation {
  readonly state: PresentState
  readonly slide: Slide | undefined
  readonly count: number
  /** Hydrated: animate, announce, and read the address's `?presenter`. */
  readonly mounted: boolean
  /** This is the presenter's window, not the audience's. */
  readonly presenter: boolean
  readonly idle: boolean
  readonly view: ControlView
  /** The presenter window's address when the browser blocked it. */
  readonly blocked: string | null
  /** The link the QR overlay shows (the live show's audience page when there is one), while it is open. */
  readonly qrUrl: string | null
  /** The stage's element, which carries the progress through the deck as `--progress`. */
  readonly stageRef: RefObject<HTMLDivElement | null>
  readonly run: (name: CommandName) => void
  /** Closes the help or the QR code (their Close buttons). */
  readonly closeOverlay: () => void
}

/**
 * The presentation's state and effects: the slide (the address follows it), the other
 * windows kept in step, the live show driven, auto-advance, full screen, the idle cursor,
 * and the keys, all running the commands' own `perform`.
 */
export function usePresentation({
  deck,
  anchor,
  readerOf,
  go,
}: {
  deck: Deck
  anchor?: string
  readerOf: (anchor: string | undefined) => Place
  go: (place: Place, options?: GoOptions) => void
}): Presentation {
  const [prefs, setPrefs] = usePreferences()
  const [state, setState] = useState<PresentState>(() => ({ ...INITIAL_STATE, index: slideIndexOf(deck, anchor) }))
  const [mounted, setMounted] = useState(false)
  const [presenter, setPresenter] = useState(false)
  const stageRef = useRef<HTMLDivElement>(null)
  const fullscreen = useFullscreen()
  const idle = useIdle()
  const count = deck.slides.length
  const slide = deck.slides[state.index] ?? deck.slides[0]
  const placeAt = useCallback((index: number): Place => ({ view: 'present', id: deck.id, anchor: deck.slides[index]?.id || undefined }), [deck])
  const presenterWindow = usePresenterWindow(deck.id, placeAt(state.index))

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

  const context: CommandContext = {
    dispatch,
    toggleFullscreen: fullscreen.toggle,
    exitFullscreen: fullscreen.exit,
    openPresenter: presenterWindow.open,
    dismissBlocked: presenterWindow.dismiss,
    toggleShortcuts: () => setPrefs({ shortcuts: !prefs.shortcuts }),
    leave: () => go(readerOf(slide?.id || undefined), { load: true }),
    escSnapshot: () => ({ overlay: state.overlay, blocked: Boolean(presenterWindow.blocked), fullscreen: fullscreen.isActive() }),
  }
  usePresenterKeys(context, prefs.shortcuts)

  return {
    state,
    slide,
    count,
    mounted,
    presenter,
    idle,
    view: { state, fullscreen: fullscreen.active, shortcuts: prefs.shortcuts },
    blocked: presenterWindow.blocked,
    // Only while open: the address is the window's, which a server render has not got.
    qrUrl: state.overlay === 'qr' ? (live.live ? live.audience : absoluteLink(placeAt(state.index))) : null,
    stageRef,
    run: (name) => commandNamed(name).perform(context),
    closeOverlay: () => dispatch('close'),
  }
}
