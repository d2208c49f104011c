import './live.css'
import { useEffect, useRef } from 'react'
import { isAtEnd } from '../live/room'
import { useLiveRoom } from '../live/use-live-room'
import { usePreferences } from '../prefs/use-preferences'
import type { Deck, Slide } from '../present/slides'
import { Toolbar } from '../ui/toolbar'
import { LiveStatusPill, NoShow, ReadInstead, SlideWords, type PieceLink } from './live-parts'
import { useFollowScroll } from './use-follow-scroll'
import { useWakeLock } from './use-wake-lock'

/** The words of a slide as one sentence for a screen reader, with who says them in a two-voice show. */
function spoken(deck: Deck, slide: Slide): string {
  return slide.parts.map((p) => (deck.tint === 'both' ? `${p.who}: ` : '') + p.lines.map((l) => l.text).join(' ')).join(' ')
}

/**
 * `/follow`: the audience's view of the live reading. The current line large, the lines
 * before it above (scroll back; "Back to live" returns), who speaks named and tinted in a
 * two-voice show, a quiet status, each new line announced politely. It never shows a line
 * the room has not seen: in a blackout it says the stage is dark; at the end the whole
 * piece stays to scroll. It sends nothing.
 */
export function FollowPage({ deckOf, pieces }: { deckOf: (id: string) => Deck | undefined; pieces: readonly PieceLink[] }) {
  const [prefs, setPrefs] = usePreferences()
  const { room, status } = useLiveRoom()
  const currentRef = useRef<HTMLLIElement>(null)
  const deck = room?.show ? deckOf(room.show) : undefined
  const fits = deck && room && deck.version === room.version
  const index = fits ? Math.min(room.index, deck.slides.length - 1) : 0
  const shown = fits ? deck.slides.slice(1, index + 1) : []
  const dark = Boolean(fits && room.blackout)
  const ended = Boolean(fits && room && isAtEnd(room) && !dark)
  const currentSlide = fits && !dark ? deck.slides[index] : undefined
  const { atLive, backToLive } = useFollowScroll(currentRef, fits ? `${room.show}:${index}:${dark}` : '')
  useWakeLock(status === 'live')
  const rootRef = useRef<HTMLDivElement>(null)
  const progress = fits && room.count > 1 ? index / (room.count - 1) : 0
  useEffect(() => {
    // Through the CSSOM: the page's Content Security Policy refuses inline style attributes.
    rootRef.current?.style.setProperty('--show-progress', String(progress))
  }, [progress])

  const announce =
    !fits || !room ? '' : dark ? 'The stage is dark.' : currentSlide && currentSlide.kind !== 'title' ? spoken(deck, currentSlide) : `${deck.title}. ${deck.subtitle}.`

  return (
    <div ref={rootRef} className={`page live follow${deck ? ` tint-${deck.tint}` : ''}`} data-view="follow">
      <Toolbar title={deck ? deck.title : 'Live reading'} status={<LiveStatusPill status={status} room={room} />} prefs={prefs} onPrefs={setPrefs} />
      <main id="main" className="live-main follow-main">
        {status === 'absent' ? (
          <NoShow pieces={pieces} what="This page" />
        ) : !room || !room.show ? (
          <section className="live-empty" aria-live="polite">
            <h1>{status === 'live' ? 'The reading hasn’t started yet' : 'Joining the live reading…'}</h1>
            <p>Keep this page open: each line appears here as it is read, at your own text size (Aa, above).</p>
          </section>
        ) : !fits ? (
          <section className="live-empty">
            <h1>This page is out of date</h1>
            <p>The presenter is showing a newer version of the piece.</p>
            <button type="button" className="live-button" onClick={() => window.location.reload()}>
              Reload
            </button>
          </section>
        ) : (
          <>
            <header className="follow-head">
              <p className="kicker">{deck.subtitle}</p>
              <h1 className="follow-title">{deck.title}</h1>
            </header>
            <ol className="follow-lines">
              {shown.map((slide, i) => {
                const isCurrent = i === shown.length - 1 && !dark
                return (
                  <li
                    key={slide.id}
                    ref={isCurrent ? currentRef : undefined}
                    className={`follow-line${isCurrent ? ' is-current' : ''}${slide.kind === 'echo' ? ' is-echo' : ''}`}
                    aria-current={isCurrent ? 'true' : undefined}
                  >
                    {slide.beatLabel && slide.beatLabel !== shown[i - 1]?.beatLabel ? <p className="follow-beat">{slide.beatLabel}</p> : null}
                    {slide.kind === 'echo' ? <p className="follow-together">Said together</p> : null}
                    {slide.parts.map((part, p) => (
                      <div key={part.storyId} className={`follow-part tint-${part.tint}`}>
                        {deck.tint === 'both' ? <p className="follow-who">{part.who}</p> : null}
                        <p className="follow-text">
                          <SlideWords slide={slide} part={p} />
                        </p>
                      </div>
                    ))}
                  </li>
                )
              })}
              {dark ? (
                <li className="follow-line follow-dark is-current" ref={currentRef} aria-current="true">
                  <p className="follow-text">The stage is dark for a moment.</p>
                </li>
              ) : null}
            </ol>
            {index === 0 && !dark ? <p className="live-note">The title is on the stage. The first line will appear here.</p> : null}
            {ended ? <p className="live-note follow-end">The end. The whole reading stays here to scroll back through.</p> : null}
          </>
        )}
        <footer className="live-foot">
          <p>Not at the event?</p>
          <ReadInstead pieces={pieces} />
        </footer>
      </main>
      {fits && !atLive ? (
        <button type="button" className="back-to-live" onClick={backToLive}>
          Back to live ↓
        </button>
      ) : null}
      <p className="visually-hidden" aria-live="polite" aria-atomic="true">
        {announce}
      </p>
    </div>
  )
}
