import './live.css'
import { useRef } from 'react'
import { useLiveRoom } from '../live/use-live-room'
import { usePreferences } from '../prefs/use-preferences'
import type { Deck } from '../present/slides'
import { Toolbar } from '../ui/toolbar'
import { LiveStatusPill, SlideWords } from './live-parts'
import { useFollowScroll } from './use-follow-scroll'

/**
 * `/script/<pair>/<story>`: one reader's script for a two-voice reading. Their own lines
 * large, the other reader's as small cues, echoes (lines both say) marked as spoken
 * together; the line the show is on is marked and kept in view. Read-only, any device;
 * without a live show it is still the whole script, to rehearse from.
 */
export function ScriptPage({ deck, storyId, deckOf }: { deck: Deck; storyId: string; deckOf: (id: string) => Deck | undefined }) {
  const [prefs, setPrefs] = usePreferences()
  const { room, status } = useLiveRoom()
  const currentRef = useRef<HTMLLIElement>(null)
  const mine = deck.slides.find((s) => s.parts.some((p) => p.storyId === storyId))?.parts.find((p) => p.storyId === storyId)
  const who = mine?.who ?? storyId
  const other = deck.slides.flatMap((s) => s.parts).find((p) => p.storyId !== storyId)?.who ?? ''

  // The room's slide may be of this pair or of one piece: the lines it shows find their place in the script by id.
  const roomDeck = room?.show ? deckOf(room.show) : undefined
  const roomSlide = roomDeck && room && roomDeck.version === room.version ? roomDeck.slides[room.index] : undefined
  const liveLines = new Set(roomSlide?.parts.flatMap((p) => p.lines.map((l) => l.id)) ?? [])
  const slides = deck.slides.filter((s) => s.kind !== 'title')
  const currentIndex = slides.findIndex((s) => s.parts.some((p) => p.lines.some((l) => liveLines.has(l.id))))
  const { atLive, backToLive } = useFollowScroll(currentRef, currentIndex >= 0 ? String(currentIndex) : '')

  return (
    <div className="page live script" data-view="script">
      <Toolbar title={`${who}’s script · ${deck.title}`} status={<LiveStatusPill status={status} room={room} />} prefs={prefs} onPrefs={setPrefs} />
      <main id="main" className="live-main script-main">
        <header className="follow-head">
          <p className="kicker">A reading for two voices</p>
          <h1 className="follow-title">
            {who}’s script <span className="script-of">· {deck.title}</span>
          </h1>
          <p className="script-legend">
            Your lines are large; {other}’s are small cues. <span className="script-together-mark">Together</span> marks words you both say at once.
            {status === 'absent' ? ' No live show is being served here: this is the whole script, to rehearse from.' : ' The line being read is marked and kept in view.'}
          </p>
        </header>
        <ol className="script-lines">
          {slides.map((slide, i) => {
            const own = slide.parts.some((p) => p.storyId === storyId)
            const echo = slide.kind === 'echo'
            const isCurrent = i === currentIndex
            const newBeat = slide.beatLabel && slide.beatLabel !== slides[i - 1]?.beatLabel
            return [
              newBeat ? (
                <li key={`beat-${slide.id}`} className="script-beat">
                  <h2 className="follow-beat">{slide.beatLabel}</h2>
                </li>
              ) : null,
              <li
                key={slide.id}
                ref={isCurrent ? currentRef : undefined}
                className={`script-line ${echo ? 'is-echo' : own ? 'is-mine' : 'is-cue'}${isCurrent ? ' is-current' : ''}`}
                aria-current={isCurrent ? 'true' : undefined}
              >
                {echo ? (
                  <p className="script-together">
                    <span className="script-together-mark">Together</span> {who} and {other}
                  </p>
                ) : own ? null : (
                  <p className="script-cue-who">{slide.parts[0]?.who}</p>
                )}
                <p className={`script-text tint-${(own ? mine?.tint : slide.parts[0]?.tint) ?? 'warm'}`}>
                  <SlideWords
                    slide={slide}
                    part={
                      echo
                        ? Math.max(
                            0,
                            slide.parts.findIndex((p) => p.storyId === storyId),
                          )
                        : undefined
                    }
                  />
                </p>
                {isCurrent ? <span className="visually-hidden"> (being read now)</span> : null}
              </li>,
            ]
          })}
        </ol>
      </main>
      {currentIndex >= 0 && !atLive ? (
        <button type="button" className="back-to-live" onClick={backToLive}>
          Back to the line being read ↓
        </button>
      ) : null}
    </div>
  )
}
