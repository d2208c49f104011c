import { useEffect, useState, type ReactNode } from 'react'
import type { PresentState } from './present-state'
import type { Deck } from './slides'
import { localStore } from '../storage/stores'
import { SlideText } from './stage'

const START_KEY = (deck: string) => `present:started:${deck}`
const isTime = (raw: unknown) => (typeof raw === 'number' && Number.isFinite(raw) && raw > 0 ? raw : undefined)

/** Elapsed time since the presentation started (shared by the windows through storage), and the clock. */
function useTimes(deckId: string): { elapsed: string; clock: string; restart: () => void } {
  const [now, setNow] = useState(() => Date.now())
  const [start, setStart] = useState(() => Date.now())
  useEffect(() => {
    // Shared with the audience window through storage; without storage each window counts alone.
    const stored = localStore.get(START_KEY(deckId), isTime)
    if (stored) setStart(stored)
    else localStore.set(START_KEY(deckId), Date.now())
    const timer = window.setInterval(() => setNow(Date.now()), 1000)
    return () => window.clearInterval(timer)
  }, [deckId])
  const s = Math.max(0, Math.floor((now - start) / 1000))
  const elapsed = `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`
  const clock = new Date(now).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' })
  const restart = () => {
    const t = Date.now()
    localStore.set(START_KEY(deckId), t)
    setStart(t)
  }
  return { elapsed, clock, restart }
}

/** The presenter's window: the current and next line, the beat, n/N, elapsed time and the clock. */
export function PresenterView({ deck, state, controls }: { deck: Deck; state: PresentState; controls: ReactNode }) {
  const { elapsed, clock, restart } = useTimes(deck.id)
  const slide = deck.slides[state.index]
  const next = deck.slides[state.index + 1]
  return (
    <div className={`presenter tint-${deck.tint}`} data-view="present">
      <header className="presenter-head">
        <h1>
          {deck.title} <span>· presenter</span>
        </h1>
        <p className="presenter-stats">
          <span>
            Line <strong>{state.index + 1}</strong> of {deck.slides.length}
          </span>
          <span>
            Elapsed <strong>{elapsed}</strong>{' '}
            <button type="button" className="present-button small" onClick={restart}>
              restart
            </button>
          </span>
          <span>
            Clock <strong>{clock}</strong>
          </span>
          {state.blackout ? <span className="presenter-black">Audience screen is black</span> : null}
          {state.auto ? <span className="presenter-auto">Auto-advancing</span> : null}
        </p>
      </header>
      <main className="presenter-main">
        <section className="presenter-now" aria-label="Now on screen">
          <p className="presenter-label">Now · {slide?.beatLabel ?? 'Title'}</p>
          {slide ? <SlideText deck={deck} slide={slide} /> : null}
        </section>
        <section className="presenter-next" aria-label="Next">
          <p className="presenter-label">Next{next?.beatLabel && next.beatLabel !== slide?.beatLabel ? ` · ${next.beatLabel}` : ''}</p>
          {next ? <SlideText deck={deck} slide={next} /> : <p className="presenter-end">The end.</p>}
        </section>
      </main>
      {controls}
    </div>
  )
}
