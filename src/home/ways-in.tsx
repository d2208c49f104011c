import { formatLink } from '../links/links'
import { BASE } from '../links/use-location-state'
import type { Pair, Story } from '../story/story-types'

/** The ways into a scene: read either side, both side by side, or present it. `label` names the group. */
export function WaysIn({ pair, sides, label = 'Ways in' }: { pair: Pair; sides: readonly [Story, Story]; label?: string }) {
  return (
    <nav className="ways-in" aria-label={label}>
      {sides.map((story) => (
        <a key={story.id} className={`way way-${story.tint}`} href={formatLink({ view: 'read', id: story.id }, BASE)}>
          {`Read ${story.perspective}’s side`}
        </a>
      ))}
      <a className="way way-both" href={formatLink({ view: 'side-by-side', id: pair.id }, BASE)}>
        Side by side
      </a>
      <a className="way way-present" href={formatLink({ view: 'present', id: pair.id }, BASE)}>
        Present
      </a>
    </nav>
  )
}
