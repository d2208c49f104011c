import { memo } from 'react'
import type { Paragraph, Story } from '../story/story-types'
import { ParagraphText } from '../ui/line-text'
import type { AlignedBeat, Segment } from './align-beats'

/**
 * One beat in both tellings. Each segment is one grid row, so the beat (and every echo,
 * which opens a segment) starts at the same height in both columns; on a narrow screen the
 * same cells stack, the left story's passage then the right's. Each cell is a region named for its side.
 */
export const ParallelBeat = memo(function ParallelBeat({
  row,
  left,
  right,
  leftId,
  rightId,
}: {
  row: AlignedBeat
  left: Story
  right: Story
  leftId: (id: string) => string
  rightId: (id: string) => string
}) {
  const { beat } = row
  return (
    <section className={beat.diverges ? 'pbeat diverges' : 'pbeat'} id={beat.id} data-beat={beat.id} aria-labelledby={`${beat.id}-label`}>
      <header className="pbeat-head">
        <h2 className="beat-label" id={`${beat.id}-label`}>
          {beat.label}
        </h2>
        {beat.diverges ? (
          <p className="pbeat-diverges">
            <strong>The tellings diverge.</strong> {beat.diverges}
          </p>
        ) : null}
      </header>
      <div className="pbeat-grid">
        {row.segments.map((segment, i) => (
          <SegmentRow
            key={i}
            segment={segment}
            first={i === 0}
            beatLabel={beat.label}
            hasLeft={Boolean(row.left)}
            hasRight={Boolean(row.right)}
            left={left}
            right={right}
            leftId={leftId}
            rightId={rightId}
          />
        ))}
      </div>
    </section>
  )
})

function SegmentRow({
  segment,
  first,
  beatLabel,
  hasLeft,
  hasRight,
  left,
  right,
  leftId,
  rightId,
}: {
  segment: Segment
  first: boolean
  beatLabel: string
  hasLeft: boolean
  hasRight: boolean
  left: Story
  right: Story
  leftId: (id: string) => string
  rightId: (id: string) => string
}) {
  const echo = segment.echo
  return (
    <>
      <Cell
        side="left"
        story={left}
        paragraphs={segment.left}
        missing={first && !hasLeft}
        beatLabel={beatLabel}
        idOf={leftId}
        openBeat={first}
        echoTwin={echo ? { id: rightId(echo.right), who: right.perspective } : undefined}
      />
      <div className={echo ? 'bridge has-echo' : 'bridge'} aria-hidden="true">
        {echo ? <span className="bridge-mark">echo</span> : null}
      </div>
      <Cell
        side="right"
        story={right}
        paragraphs={segment.right}
        missing={first && !hasRight}
        beatLabel={beatLabel}
        idOf={rightId}
        openBeat={first}
        echoTwin={echo ? { id: leftId(echo.left), who: left.perspective } : undefined}
      />
    </>
  )
}

function Cell({
  side,
  story,
  paragraphs,
  missing,
  beatLabel,
  idOf,
  openBeat,
  echoTwin,
}: {
  side: 'left' | 'right'
  story: Story
  paragraphs: readonly Paragraph[]
  missing: boolean
  beatLabel: string
  idOf: (id: string) => string
  openBeat: boolean
  echoTwin?: { id: string; who: string }
}) {
  if (!missing && paragraphs.length === 0) return <div className={`cell cell-${side} cell-empty`} />
  return (
    <section className={`cell cell-${side} tint-${story.tint}`} aria-label={`${story.perspective}’s side: ${beatLabel}`}>
      <p className="cell-who" aria-hidden="true">
        {story.perspective}
      </p>
      {missing ? (
        <p className="cell-missing">{story.perspective}’s telling has no passage for this moment.</p>
      ) : (
        paragraphs.map((p, i) => <ParagraphText key={p.lines[0]?.id ?? i} paragraph={p} flow={story.id} opensBeat={openBeat && i === 0} idOf={idOf} />)
      )}
      {echoTwin ? (
        <p className="echo-note">
          <a className="echo-link" href={`#${echoTwin.id}`} data-echo-target={echoTwin.id}>
            Echoed in {echoTwin.who}’s telling
          </a>
        </p>
      ) : null}
    </section>
  )
}
