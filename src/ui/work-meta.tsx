import './work-meta.css'
import type { Story } from '../story/story-types'
import { formatCount, readingMinutes } from '../story/words'

/**
 * AO3-style work metadata as a definition list. Only what the source states is shown;
 * a field the author left out reads "not stated" rather than being guessed.
 */
export function WorkMeta({ story, compact = false }: { story: Story; compact?: boolean }) {
  const m = story.meta
  const rows: Array<[string, string]> = [
    ['Perspective', story.perspective],
    ['Rating', m.rating ?? 'Not rated'],
    ['Pairing', m.pairing ?? 'Not stated'],
    ['Setting', m.setting ?? 'Not stated'],
    ['Status', m.status ?? 'Not stated'],
    ['Words', formatCount(story.words)],
    ['Reading time', `${readingMinutes(story.words)} min`],
  ]
  const shown = compact ? rows.filter(([k]) => k !== 'Perspective') : rows
  return (
    <dl className="work-meta">
      {shown.map(([term, value]) => (
        <div key={term} className="work-meta-row">
          <dt>{term}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  )
}
