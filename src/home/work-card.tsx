import { formatLink } from '../links/links'
import { BASE } from '../links/use-location-state'
import type { Story } from '../story/story-types'
import { WorkMeta } from '../ui/work-meta'

/** One piece on the home page or a scene's card: whose side, title, summary, metadata, and the ways to read or present it. */
export function WorkCard({ story, level = 2 }: { story: Story; level?: 2 | 3 }) {
  const m = story.meta
  const Heading = level === 2 ? 'h2' : 'h3'
  return (
    <article className={`work tint-${story.tint}`} aria-labelledby={`work-${story.id}`}>
      <p className="kicker">{story.perspective}’s side</p>
      <Heading id={`work-${story.id}`} className="work-title">
        <a href={formatLink({ view: 'read', id: story.id }, BASE)}>{story.title}</a>
      </Heading>
      <p className="work-summary">{m.summary ?? 'No summary was given.'}</p>
      <WorkMeta story={story} compact />
      <p className="work-actions">
        <a href={formatLink({ view: 'read', id: story.id }, BASE)} aria-label={`Read ${story.title}, ${story.perspective}’s side`}>
          Read
        </a>
        <a href={formatLink({ view: 'present', id: story.id }, BASE)} aria-label={`Present ${story.title}, ${story.perspective}’s side`}>
          Present
        </a>
      </p>
    </article>
  )
}
