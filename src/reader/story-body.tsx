import { memo, type Ref } from 'react'
import { formatLink } from '../links/links'
import { BASE } from '../links/use-location-state'
import type { Telling } from '../story/lookup'
import type { Story } from '../story/story-types'
import { ParagraphText } from '../ui/line-text'
import { RUNS_PER_STRETCH, inRuns } from './runs'

/**
 * The story's text, beat by beat. Each beat is a labelled section whose id is its moment
 * anchor; where the paired piece tells the same beat, links lead to that side and to
 * both side by side. (Where the tellings diverge is said in the side-by-side view only:
 * here it would give the ending away.) Paragraphs come in runs, and runs in stretches,
 * which the browser skips while far off screen (reader.css). Memoised: the reading position re-renders the page
 * around it many times a minute, and the text itself never changes.
 */
export const StoryBody = memo(function StoryBody({ story, tellings, only, ref }: { story: Story; tellings: readonly Telling[]; only?: string; ref?: Ref<HTMLDivElement> }) {
  const several = tellings.length > 1
  // `only`: a moment's page as the server writes it holds that beat alone (ExcerptNote).
  const beats = only ? story.beats.filter((b) => b.id === only) : story.beats
  return (
    <div className="story" ref={ref} data-flow-root="">
      {beats.map((beat) => (
        <section key={beat.id} className="beat" id={beat.id} data-beat={beat.id} aria-labelledby={`${beat.id}-label`}>
          <header className="beat-head">
            <h2 className="beat-label" id={`${beat.id}-label`}>
              {beat.label}
            </h2>
            {tellings.map(({ pair, other }) =>
              other.beats.some((b) => b.id === beat.id) ? (
                <p className="beat-links" key={pair.id}>
                  <a href={formatLink({ view: 'read', id: other.id, anchor: beat.id }, BASE)}>
                    See this moment from {other.perspective}’s side{several ? ` (“${pair.title}”)` : ''}
                  </a>
                  <a href={formatLink({ view: 'side-by-side', id: pair.id, anchor: beat.id }, BASE)}>
                    Side by side{several ? <span className="visually-hidden">{` (“${pair.title}”)`}</span> : null}
                  </a>
                </p>
              ) : null,
            )}
          </header>
          {inRuns(inRuns(beat.paragraphs), RUNS_PER_STRETCH).map((runs, s) => {
            const shown = runs.map((run, r) => (
              <div className="para-run" data-run="" key={run[0]?.lines[0]?.id ?? r}>
                {run.map((p, i) => (
                  <ParagraphText key={p.lines[0]?.id ?? i} paragraph={p} flow={story.id} opensBeat={s === 0 && r === 0 && i === 0} />
                ))}
              </div>
            ))
            // Only a whole stretch is one: its size while skipped is then known (reader.css).
            return runs.length === RUNS_PER_STRETCH ? (
              <div className="para-run para-stretch" data-run="stretch" key={runs[0]?.[0]?.lines[0]?.id ?? s}>
                {shown}
              </div>
            ) : (
              shown
            )
          })}
        </section>
      ))}
    </div>
  )
})
