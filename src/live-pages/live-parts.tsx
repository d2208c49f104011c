import type { ReactNode } from 'react'
import { formatLink } from '../links/links'
import { BASE } from '../links/use-location-state'
import type { RoomMessage } from '../live/protocol'
import type { LiveStatus } from '../live/use-live-room'
import type { Slide } from '../present/slides'

/** A story or pair the live pages can name and link to. */
export interface PieceLink {
  readonly id: string
  readonly title: string
  readonly kind: 'story' | 'pair'
  /** Whose side ("<perspective>’s side"), or "both sides". */
  readonly side: string
}

/** The quiet status: live, reconnecting, the presenter away. */
export function statusText(status: LiveStatus, room: RoomMessage | null): string {
  if (status === 'absent') return 'No live show'
  if (status === 'connecting' || !room) return 'Connecting…'
  if (status === 'reconnecting') return 'Reconnecting…'
  return room.presenter === 'away' ? 'Live · presenter away' : 'Live'
}

/** The status as a small pill with a dot whose colour says it at a glance (the words say it too). */
export function LiveStatusPill({ status, room }: { status: LiveStatus; room: RoomMessage | null }) {
  const tone = status === 'live' && room ? (room.presenter === 'away' ? 'away' : 'live') : status === 'absent' ? 'off' : 'wait'
  return (
    <span className={`live-pill live-pill-${tone}`} data-status={tone}>
      <span className="live-dot" aria-hidden="true" />
      {statusText(status, room)}
    </span>
  )
}

/** The words of a slide's lines, italics kept. */
export function SlideWords({ slide, part }: { slide: Slide; part?: number }) {
  const parts = part === undefined ? slide.parts : slide.parts.slice(part, part + 1)
  return (
    <>
      {parts
        .flatMap((p) => p.lines)
        .map((line, i) => (
          <span key={line.id} data-line={line.id}>
            {i > 0 ? ' ' : null}
            {line.spans.map((s, j) => (s.em ? <em key={j}>{s.text}</em> : s.text))}
          </span>
        ))}
    </>
  )
}

/** The ways to read the pieces, for anyone not at the event (and the page without a live server). */
export function ReadInstead({ pieces }: { pieces: readonly PieceLink[] }) {
  return (
    <ul className="live-read-links">
      {pieces.map((p) => (
        <li key={p.id}>
          <a href={formatLink(p.kind === 'story' ? { view: 'read', id: p.id } : { view: 'side-by-side', id: p.id }, BASE)}>
            {p.kind === 'story' ? `Read “${p.title}”, ${p.side}` : `Read “${p.title}” side by side`}
          </a>
        </li>
      ))}
    </ul>
  )
}

/** What a live page says when no live show is served here (a static host, or the server is not running). */
export function NoShow({ pieces, what }: { pieces: readonly PieceLink[]; what: string }) {
  return (
    <section className="live-empty" aria-labelledby="no-show-title">
      <h1 id="no-show-title">No live show is being served here</h1>
      <p>{what} follows a reading as it is performed, from the presenter’s laptop at a fan event. This copy of the site has no live show, but the pieces are all here to read:</p>
      <ReadInstead pieces={pieces} />
    </section>
  )
}

/**
 * What a live page says when this browser cannot drive the show: no key (`hasKey` false),
 * or a key the server refused (an old show's), which it then offers to forget.
 */
export function NoKey({ title, hasKey, onForget, children }: { title: string; hasKey: boolean; onForget: () => void; children: ReactNode }) {
  return (
    <section className="live-empty">
      <h1>{title}</h1>
      <p>{children}</p>
      {hasKey ? (
        <button type="button" className="live-button" onClick={onForget}>
          Forget the old key
        </button>
      ) : null}
    </section>
  )
}
