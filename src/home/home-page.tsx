import { formatLink } from '../links/links'
import './home.css'
import { BASE } from '../links/use-location-state'
import type { Library, Pair, Story } from '../story/story-types'
import { Atmosphere } from '../ui/atmosphere'
import { WorkMeta } from '../ui/work-meta'

/** `/`: the scene as a title card, both pieces with their metadata, and the ways in. */
export function HomePage({ library }: { library: Library }) {
  const pair = library.pairs[0]
  const byId = new Map(library.stories.map((s) => [s.id, s]))
  const paired = pair ? [byId.get(pair.left), byId.get(pair.right)].filter((s): s is Story => Boolean(s)) : []
  const unpaired = library.stories.filter((s) => !paired.includes(s))
  return (
    <div className="page home" data-view="home">
      <Atmosphere tint="both" />
      <main id="main" className="home-main">
        <header className="home-hero">
          <p className="kicker">{pair?.meta.fandom ?? 'Fan fiction'} · {pair?.meta.setting}</p>
          <h1 className="home-title">{pair?.title ?? 'Stories'}</h1>
          <p className="home-tagline">One scene, two hearts.</p>
          {pair?.meta.summary ? <p className="home-summary">{pair.meta.summary}</p> : null}
          {pair ? <WaysIn pair={pair} /> : null}
        </header>
        <section className="works" aria-label="The two pieces">
          {[...paired, ...unpaired].map((story) => (
            <WorkCard key={story.id} story={story} />
          ))}
        </section>
        <footer className="home-foot">
          <p>
            Two fan-fiction pieces, shown word for word as their authors wrote them. Characters belong to their
            owners. No tracking, no third-party requests.
          </p>
        </footer>
      </main>
    </div>
  )
}

function WaysIn({ pair }: { pair: Pair }) {
  return (
    <nav className="ways-in" aria-label="Ways in">
      <a className="way way-warm" href={formatLink({ view: 'read', id: pair.left }, BASE)}>
        Read Buffy’s side
      </a>
      <a className="way way-cool" href={formatLink({ view: 'read', id: pair.right }, BASE)}>
        Read Spike’s side
      </a>
      <a className="way way-both" href={formatLink({ view: 'side-by-side', id: pair.id }, BASE)}>
        Side by side
      </a>
      <a className="way way-present" href={formatLink({ view: 'present', id: pair.id }, BASE)}>
        Present
      </a>
    </nav>
  )
}

function WorkCard({ story }: { story: Story }) {
  const m = story.meta
  return (
    <article className={`work tint-${story.tint}`} aria-labelledby={`work-${story.id}`}>
      <p className="kicker">{story.perspective}’s side</p>
      <h2 id={`work-${story.id}`} className="work-title">
        <a href={formatLink({ view: 'read', id: story.id }, BASE)}>{story.title}</a>
      </h2>
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
