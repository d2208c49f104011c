import './live.css'
import { formatLink } from '../links/links'
import { BASE } from '../links/use-location-state'
import { PROTOCOL, type Move } from '../live/protocol'
import { useLiveControl } from '../live/use-live-control'
import { useLiveKey } from '../live/use-live-key'
import { useLiveRoom } from '../live/use-live-room'
import type { Deck, Slide } from '../present/slides'
import { LiveStatusPill, NoKey, NoShow, SlideWords, type PieceLink } from './live-parts'
import { useElapsed } from './use-elapsed'

function SlideSummary({ deck, slide }: { deck: Deck; slide: Slide | undefined }) {
  if (!slide) return <span className="remote-muted">The end</span>
  if (slide.kind === 'title') return <span>{deck.title} (title)</span>
  return (
    <>
      {deck.tint === 'both' ? <span className={`remote-who tint-${slide.parts[0]?.tint ?? 'warm'}`}>{slide.parts.map((p) => p.who).join(' & ')}: </span> : null}
      <SlideWords slide={slide} part={slide.kind === 'echo' ? 0 : undefined} />
    </>
  )
}

/**
 * `/remote`: the presenter's phone clicker, in a browser holding the show's secret. Big
 * Next / Previous / Black buttons, the current and next line, the position and elapsed
 * time; it drives the same show as the laptop's keys (moves are applied by the server in
 * the order they arrive).
 */
export function RemotePage({ deckOf, pieces }: { deckOf: (id: string) => Deck | undefined; pieces: readonly PieceLink[] }) {
  const { key, forget } = useLiveKey()
  const { room, status, skew } = useLiveRoom()
  const control = useLiveControl(key)
  const deck = room?.show ? deckOf(room.show) : undefined
  const fits = Boolean(deck && room && deck.version === room.version)
  const elapsed = useElapsed(fits ? (room?.startedAt ?? null) : null, skew)
  const move = (m: Move) => {
    if (deck && room) control.send({ v: PROTOCOL, type: 'move', show: deck.id, version: deck.version, move: m })
  }
  const open = (d: Deck) => control.send({ v: PROTOCOL, type: 'go', show: d.id, version: d.version, slide: '', blackout: false })
  const index = room?.index ?? 0
  const last = deck ? deck.slides.length - 1 : 0

  let body
  if (status === 'absent') body = <NoShow pieces={pieces} what="The remote" />
  else if (key === null || control.status === 'refused')
    body = (
      <NoKey title={key === null ? 'This phone isn’t the presenter’s' : 'This phone’s key is for another show'} hasKey={key !== null} onForget={forget}>
        Scan the “Your phone as the remote” code on the presenter’s start page (on the laptop running the show). The audience follows at{' '}
        <a href={formatLink({ view: 'follow' }, BASE)}>Follow</a>.
      </NoKey>
    )
  else if (!room || !room.show || !deck || !fits)
    body = (
      <section className="live-empty remote-start">
        <h1>{room ? 'Start the reading' : 'Connecting…'}</h1>
        {room ? (
          <ul className="remote-pieces">
            {pieces.map((p) => {
              const d = deckOf(p.id)
              return d ? (
                <li key={p.id}>
                  <button type="button" className="live-button" onClick={() => open(d)}>
                    Present “{p.title}”, {p.side}
                  </button>
                </li>
              ) : null
            })}
          </ul>
        ) : null}
      </section>
    )
  else
    body = (
      <>
        <h1 className="visually-hidden">Remote for “{deck.title}”</h1>
        <section className="remote-lines" aria-label="Lines">
          <p className="remote-label">{room.blackout ? 'Now (the stage is dark)' : 'Now'}</p>
          <p className="remote-now" aria-live="polite">
            <SlideSummary deck={deck} slide={deck.slides[index]} />
          </p>
          <p className="remote-label">Next</p>
          <p className="remote-next">
            <SlideSummary deck={deck} slide={deck.slides[index + 1]} />
          </p>
        </section>
        <p className="remote-meta">
          <span>
            <span className="visually-hidden">Position </span>
            {index} / {last}
          </span>
          <span>{elapsed ? <>Elapsed {elapsed}</> : 'Not started'}</span>
        </p>
        <div className="remote-buttons">
          <button type="button" className="remote-button remote-prev" onClick={() => move('prev')} disabled={index === 0 && !room.blackout}>
            Previous
          </button>
          <button type="button" className={`remote-button remote-black${room.blackout ? ' is-on' : ''}`} aria-pressed={room.blackout} onClick={() => move('blackout')}>
            Black
          </button>
          <button type="button" className="remote-button remote-next-button" onClick={() => move('next')} disabled={index >= last && !room.blackout}>
            Next
          </button>
        </div>
      </>
    )

  return (
    <div className="page live remote" data-view="remote">
      <header className="remote-bar">
        <p className="remote-title">{deck && fits ? deck.title : 'Remote'}</p>
        <LiveStatusPill status={status} room={room} />
      </header>
      <main id="main" className="remote-main">
        {body}
      </main>
    </div>
  )
}
