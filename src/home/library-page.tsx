import { formatLink } from '../links/links'
import { BASE } from '../links/use-location-state'
import { pairsOf, sidesOf } from '../story/lookup'
import type { Library } from '../story/story-types'
import { Atmosphere } from '../ui/atmosphere'
import { FirstScreenEnd } from '../ui/first-screen'
import { WaysIn } from './ways-in'
import { WorkCard } from './work-card'

/** `/` when the library holds more than one scene: every scene with its pieces and ways in, then the stories that stand alone. */
export function LibraryPage({ library }: { library: Library }) {
  const alone = library.stories.filter((s) => pairsOf(library, s.id).length === 0)
  return (
    <div className="page home library" data-view="home">
      <Atmosphere tint="both" />
      <main id="main" className="home-main">
        <header className="home-hero library-hero">
          <h1 className="home-title">{library.site.name}</h1>
          <p className="home-tagline">{`${library.site.tagline}.`}</p>
          <p className="home-summary">{library.site.description}</p>
          <FirstScreenEnd />
        </header>
        {library.pairs.map((pair) => {
          const sides = sidesOf(library, pair)
          if (!sides) return null
          return (
            <section key={pair.id} className="scene" aria-labelledby={`scene-${pair.id}`}>
              <p className="kicker">{[pair.meta.fandom ?? 'Fan fiction', pair.meta.setting].filter(Boolean).join(' · ')}</p>
              <h2 id={`scene-${pair.id}`} className="scene-title">
                <a href={formatLink({ view: 'scene', id: pair.id }, BASE)}>{pair.title}</a>
              </h2>
              {pair.meta.summary ? <p className="home-summary">{pair.meta.summary}</p> : null}
              <WaysIn pair={pair} sides={sides} label={`Ways into “${pair.title}”`} />
              <div className="works">
                {sides.map((story) => (
                  <WorkCard key={story.id} story={story} level={3} />
                ))}
              </div>
            </section>
          )
        })}
        {alone.length ? (
          <section className="scene" aria-labelledby="alone">
            <h2 id="alone" className="scene-title">
              Stories that stand alone
            </h2>
            <div className="works">
              {alone.map((story) => (
                <WorkCard key={story.id} story={story} level={3} />
              ))}
            </div>
          </section>
        ) : null}
        <footer className="home-foot">
          <p>Fan-fiction pieces, shown word for word as their authors wrote them. Characters belong to their owners. No tracking, no third-party requests.</p>
        </footer>
      </main>
    </div>
  )
}
