import { useRef } from 'react'
import './reader.css'
import { formatLink, type Place } from '../links/links'
import { BASE } from '../links/use-location-state'
import { useBeatKeys } from '../moment/use-beat-keys'
import { useMomentLanding } from '../moment/use-moment-landing'
import { usePreferences } from '../prefs/use-preferences'
import { useLineReveal } from '../reveal/use-line-reveal'
import { findMoment, linesOf, type Telling } from '../story/lookup'
import type { Story } from '../story/story-types'
import { Atmosphere } from '../ui/atmosphere'
import type { ShareSlot } from '../ui/share-slot'
import { ExcerptNote } from '../ui/excerpt-note'
import { MissingMoment } from '../ui/missing-moment'
import { Toolbar } from '../ui/toolbar'
import { ContinueOffer } from './continue-offer'
import { FirstVisitHint } from './first-visit-hint'
import { Preface } from './preface'
import { StoryBody } from './story-body'
import { usePositionEffect, useReadingPosition, type ReadingPosition } from '../reveal/use-reading-position'
import { useSavedPlace } from './use-saved-place'
import { ReadingStatus } from './reading-status'

/** The immersive single-story reader at `/read/<story>[/<anchor>]`. */
export function ReaderPage({
  story,
  tellings,
  anchor,
  missing,
  excerpt,
  onGo,
  share: Share,
}: {
  story: Story
  /** Each pair the story is told in, with the other telling. */
  tellings: readonly Telling[]
  anchor?: string
  missing?: string
  /** Shows only the moment's beat, with a link to the whole piece (a moment's page as the server writes it). */
  excerpt?: boolean
  onGo: (place: Place) => void
  share?: ShareSlot
}) {
  const [prefs, setPrefs] = usePreferences()
  const bodyRef = useRef<HTMLDivElement>(null)
  const reveal = useLineReveal(bodyRef, prefs.pace)
  useBeatKeys(bodyRef, reveal, prefs.shortcuts)
  const moment = anchor ? findMoment(story, anchor) : undefined
  const holding = useMomentLanding(moment?.line.id, reveal)
  // Scrolling renders nothing: the status, the offer to continue and the side-by-side links
  // follow the position on the page itself.
  const position = useReadingPosition(bodyRef)
  const saved = useSavedPlace(story.id, position)
  // Where the reader is, for sharing and switching views: the moment landed on, until they
  // move (the reading position passes through other beats while the runs above are laid out).
  const here = (p: ReadingPosition) => (holding && moment ? { line: moment.line.id, beat: moment.beat.id } : p)
  const first = linesOf(story)[0]?.id
  const offerable = !anchor && saved && saved !== first
  const offer = offerable ? findMoment(story, saved) : undefined
  const only = tellings.length === 1 ? tellings[0] : undefined
  const bothAt = (pair: string, beat: string | null) => formatLink({ view: 'side-by-side', id: pair, anchor: beat ?? moment?.beat.id }, BASE)
  const bothLinks = useRef(new Map<string, HTMLAnchorElement>())
  usePositionEffect(position, (p) => {
    for (const [pair, a] of bothLinks.current) {
      const href = bothAt(pair, here(p).beat)
      if (a.getAttribute('href') !== href) a.setAttribute('href', href)
    }
  })

  return (
    <div className={`page reader tint-${story.tint}`} data-view="read" data-excerpt={excerpt && moment ? '' : undefined}>
      <Atmosphere tint={story.tint} />
      <Toolbar title={`${story.title} · ${story.perspective}`} status={<ReadingStatus store={position} words={story.words} />} prefs={prefs} onPrefs={setPrefs}>
        {Share ? (
          <Share
            current={() => ({ view: 'read', id: story.id, anchor: here(position.get()).line ?? undefined })}
            lineLink={(line) => ({ view: 'read', id: story.id, anchor: line })}
            title={`${story.title} · ${story.perspective}’s side`}
            rootRef={bodyRef}
          />
        ) : null}
        {tellings.map(({ pair }) => (
          <a
            key={pair.id}
            className="tool-button"
            href={bothAt(pair.id, here(position.get()).beat)}
            ref={(a) => {
              if (a) bothLinks.current.set(pair.id, a)
              else bothLinks.current.delete(pair.id)
            }}
          >
            <span aria-hidden="true">⇹</span>
            <span className="tool-label">{only ? 'Side by side' : `${pair.title}, side by side`}</span>
            <span className="visually-hidden"> (both tellings, at this moment)</span>
          </a>
        ))}
      </Toolbar>
      <main id="main" className="reader-main">
        <article className="story-article" aria-labelledby="story-title">
          <Preface story={story} pair={only?.pair} short={excerpt && !!moment} />
          {missing ? <MissingMoment anchor={missing} /> : null}
          {excerpt && moment ? (
            <ExcerptNote piece={`“${story.title}”`} href={`${formatLink({ view: 'read', id: story.id }, BASE)}#${moment.isBeat ? moment.beat.id : moment.line.id}`} />
          ) : null}
          {offer ? <ContinueOffer moment={offer} store={position} onContinue={() => onGo({ view: 'read', id: story.id, anchor: saved ?? undefined })} /> : null}
          <StoryBody ref={bodyRef} story={story} tellings={tellings} only={excerpt ? moment?.beat.id : undefined} />
          <footer className="story-end">
            <p className="story-end-mark" aria-hidden="true">
              ❦
            </p>
            <nav aria-label="After the story" className="story-end-links">
              {tellings.map(({ pair, other }) => (
                <a key={`read-${pair.id}`} href={formatLink({ view: 'read', id: other.id }, BASE)}>
                  Now read {other.perspective}’s side{only ? '' : ` of “${pair.title}”`}
                </a>
              ))}
              {tellings.map(({ pair }) => (
                <a key={`both-${pair.id}`} href={formatLink({ view: 'side-by-side', id: pair.id }, BASE)}>
                  {only ? 'Read both side by side' : `Read “${pair.title}” side by side`}
                </a>
              ))}
              <a href={formatLink({ view: 'home' }, BASE)}>Back to the scene</a>
            </nav>
          </footer>
        </article>
      </main>
      <FirstVisitHint active={prefs.pace !== 'off'} />
    </div>
  )
}
