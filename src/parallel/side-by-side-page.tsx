import { useMemo, useRef } from 'react'
import './parallel.css'
import { formatLink } from '../links/links'
import { BASE } from '../links/use-location-state'
import { jumpBeat, useBeatKeys } from '../moment/use-beat-keys'
import { useMomentLanding } from '../moment/use-moment-landing'
import { usePreferences } from '../prefs/use-preferences'
import { useLineReveal } from '../reveal/use-line-reveal'
import { usePositionEffect, useReadingPosition } from '../reveal/use-reading-position'
import { domIdOf, findMoment } from '../story/lookup'
import type { Pair, Story } from '../story/story-types'
import { Atmosphere } from '../ui/atmosphere'
import type { ShareSlot } from '../ui/share-slot'
import { ExcerptNote } from '../ui/excerpt-note'
import { MissingMoment } from '../ui/missing-moment'
import { Toolbar } from '../ui/toolbar'
import { alignBeats, type AlignedBeat } from './align-beats'
import { ParallelBeat } from './parallel-beat'
import { useEchoLinks } from './use-echo-links'

/** `/side-by-side/<pair>[/<anchor>]`: both tellings, beat against beat, the pair's left story on the left. */
export function SideBySidePage({
  pair,
  left,
  right,
  anchor,
  missing,
  excerpt,
  share: Share,
}: {
  pair: Pair
  left: Story
  right: Story
  anchor?: string
  missing?: string
  /** Shows only the moment's beat, with a link to the whole view (a moment's page as the server writes it). */
  excerpt?: boolean
  share?: ShareSlot
}) {
  const [prefs, setPrefs] = usePreferences()
  const rootRef = useRef<HTMLDivElement>(null)
  const reveal = useLineReveal(rootRef, prefs.pace)
  const position = useReadingPosition(rootRef)
  useBeatKeys(rootRef, reveal, prefs.shortcuts)
  useEchoLinks(rootRef)
  const all = useMemo(() => alignBeats(pair, left, right), [pair, left, right])
  // The row the address's moment is in: the excerpt's one row, and where the reader is until they move.
  const landedRow = anchor ? rowOf(all, anchor, left, right) : undefined
  const only = excerpt ? landedRow : undefined
  const rows = only ? [only] : all
  const leftId = useMemo(() => (id: string) => domIdOf(id, left, right), [left, right])
  const rightId = useMemo(() => (id: string) => domIdOf(id, right, left), [left, right])
  const target = anchor ? landingId(anchor, pair, left, right, leftId, rightId) : undefined
  const holding = useMomentLanding(target, reveal)
  const landedBeat = anchor && pair.beats.some((b) => b.id === anchor) ? anchor : undefined
  // Where the reader is, for sharing and switching views: the moment landed on, until they
  // move (the reading position passes through other beats while the runs above are laid out).
  const landed = landedRow?.beat.id
  const hereBeat = (at: string | null) => (holding && landed ? landed : at)
  const read = (story: Story, at: string | null) => {
    const beat = hereBeat(at) ?? landedBeat
    const has = beat && story.beats.some((b) => b.id === beat)
    return formatLink({ view: 'read', id: story.id, anchor: has ? beat : undefined }, BASE)
  }
  // Scrolling renders nothing: the links to each side follow the position on the page itself.
  const leftLink = useRef<HTMLAnchorElement>(null)
  const rightLink = useRef<HTMLAnchorElement>(null)
  usePositionEffect(position, (p) => {
    for (const [a, story] of [
      [leftLink.current, left],
      [rightLink.current, right],
    ] as const) {
      const href = read(story, p.beat)
      if (a && a.getAttribute('href') !== href) a.setAttribute('href', href)
    }
  })
  const step = (direction: 1 | -1) => rootRef.current && jumpBeat(rootRef.current, direction, reveal)

  return (
    <div className="page parallel" data-view="side-by-side" data-excerpt={only ? '' : undefined}>
      <Atmosphere tint="both" tints={[left.tint, right.tint]} />
      <Toolbar title={`${pair.title} · side by side`} prefs={prefs} onPrefs={setPrefs}>
        {Share ? (
          <Share
            current={() => ({ view: 'side-by-side', id: pair.id, anchor: holding && anchor ? anchor : (position.get().line ?? position.get().beat ?? undefined) })}
            lineLink={(line) => ({ view: 'side-by-side', id: pair.id, anchor: line })}
            title={`${pair.title}, side by side`}
            rootRef={rootRef}
          />
        ) : null}
        <div className="beat-steps js-only" role="group" aria-label="Move between beats">
          <button type="button" className="tool-button" onClick={() => step(-1)} aria-keyshortcuts={prefs.shortcuts ? 'K P' : undefined}>
            <span aria-hidden="true">↑</span>
            <span className="tool-label">Previous beat</span>
          </button>
          <button type="button" className="tool-button" onClick={() => step(1)} aria-keyshortcuts={prefs.shortcuts ? 'J N' : undefined}>
            <span aria-hidden="true">↓</span>
            <span className="tool-label">Next beat</span>
          </button>
        </div>
      </Toolbar>
      <main id="main" className="parallel-main">
        <header className="parallel-intro">
          <p className="kicker">
            {pair.meta.fandom} · {pair.meta.setting}
          </p>
          <h1 className="parallel-title">{pair.title}, side by side</h1>
          {pair.meta.summary ? <p className="parallel-summary">{pair.meta.summary}</p> : null}
          <p className="parallel-help js-only">
            Press <kbd>J</kbd> and <kbd>K</kbd> to move from beat to beat. Lines both tellings share are linked: point at one to light the other.
          </p>
        </header>
        <div className="parallel-columns" aria-hidden="true">
          <p className={`column-head tint-${left.tint}`}>
            <span className="column-who">{left.perspective}</span> <span className="column-title">{left.title}</span>
          </p>
          <p className={`column-head tint-${right.tint}`}>
            <span className="column-who">{right.perspective}</span> <span className="column-title">{right.title}</span>
          </p>
        </div>
        {missing ? <MissingMoment anchor={missing} /> : null}
        {only && anchor ? (
          <ExcerptNote
            piece={`“${pair.title}”, side by side`}
            href={`${formatLink({ view: 'side-by-side', id: pair.id }, BASE)}#${landingId(anchor, pair, left, right, leftId, rightId) ?? ''}`}
          />
        ) : null}
        <nav className="parallel-read-alone" aria-label="Read one side alone">
          <a ref={leftLink} href={read(left, position.get().beat)}>
            Read {left.perspective}’s side alone
          </a>
          <a ref={rightLink} href={read(right, position.get().beat)}>
            Read {right.perspective}’s side alone
          </a>
        </nav>
        <div className="parallel-beats" ref={rootRef}>
          {rows.map((row) => (
            <ParallelBeat key={row.beat.id} row={row} left={left} right={right} leftId={leftId} rightId={rightId} />
          ))}
        </div>
        <footer className="story-end">
          <p className="story-end-mark" aria-hidden="true">
            ❦
          </p>
          <nav aria-label="After the story" className="story-end-links">
            <a href={formatLink({ view: 'home' }, BASE)}>Back to the scene</a>
          </nav>
        </footer>
      </main>
    </div>
  )
}

/** The row a moment is in (a beat of the pair, or the beat of a line of either side). */
function rowOf(rows: readonly AlignedBeat[], anchor: string, left: Story, right: Story): AlignedBeat | undefined {
  const beat = rows.some((r) => r.beat.id === anchor) ? anchor : (findMoment(left, anchor) ?? findMoment(right, anchor))?.beat.id
  return rows.find((r) => r.beat.id === beat)
}

/** The element id a moment lands on in this view: a beat's heading row, or a line of either side. */
function landingId(anchor: string, pair: Pair, left: Story, right: Story, leftId: (id: string) => string, rightId: (id: string) => string): string | undefined {
  if (pair.beats.some((b) => b.id === anchor)) return `${anchor}-label`
  if (findMoment(left, anchor)) return leftId(anchor)
  if (findMoment(right, anchor)) return rightId(anchor)
  return undefined
}
