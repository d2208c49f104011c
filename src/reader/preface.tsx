import type { Pair, Story } from '../story/story-types'
import { WorkMeta } from '../ui/work-meta'
import { FirstScreenEnd } from '../ui/first-screen'

/**
 * The story's title card: whose side, the title, AO3-style metadata, and the author's note
 * and disclaimer folded away. `short`: whose side and the title alone, for a moment's page
 * as the server writes it, where the moment itself must be in the first screen.
 */
export function Preface({ story, pair, short }: { story: Story; pair?: Pair; short?: boolean }) {
  const m = story.meta
  if (short)
    return (
      <header className="preface preface-short">
        <p className="kicker">
          {story.perspective}’s side{pair ? ` · ${pair.title}` : ''}
        </p>
        <h1 id="story-title" className="story-title">
          {story.title}
        </h1>
      </header>
    )
  return (
    <header className="preface">
      <p className="kicker">
        {story.perspective}’s side{pair ? ` · ${pair.title}` : ''}
        {m.fandom ? ` · ${m.fandom}` : ''}
      </p>
      <h1 id="story-title" className="story-title">
        {story.title}
      </h1>
      {m.summary ? <p className="summary">{m.summary}</p> : null}
      <WorkMeta story={story} compact />
      {m.note ? (
        <details className="fold">
          <summary>Author’s note</summary>
          <p>{m.note}</p>
        </details>
      ) : null}
      {m.disclaimer ? (
        <details className="fold">
          <summary>Disclaimer</summary>
          <p>{m.disclaimer}</p>
        </details>
      ) : null}
      <p className="begin" aria-hidden="true">
        <span>Scroll to begin</span>
      </p>
      <FirstScreenEnd />
    </header>
  )
}
