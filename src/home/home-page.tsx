import './home.css'
import { onlyScene, sidesOf } from '../story/lookup'
import type { Library, Pair, Story } from '../story/story-types'
import { Atmosphere } from '../ui/atmosphere'
import { FirstScreenEnd } from '../ui/first-screen'
import { LibraryPage } from './library-page'
import { WaysIn } from './ways-in'
import { WorkCard } from './work-card'

/** `/`: the scene's title card when the library is one scene (a pair and its two stories), else the library page. */
export function HomePage({ library }: { library: Library }) {
  const pair = onlyScene(library)
  const sides = pair && sidesOf(library, pair)
  if (pair && sides) return <SceneCard library={library} pair={pair} sides={sides} view="home" />
  return <LibraryPage library={library} />
}

/** `/scene/<pair>`: one scene's title card. */
export function ScenePage({ library, pair, sides }: { library: Library; pair: Pair; sides: readonly [Story, Story] }) {
  return <SceneCard library={library} pair={pair} sides={sides} view="scene" />
}

function SceneCard({ library, pair, sides, view }: { library: Library; pair: Pair; sides: readonly [Story, Story]; view: 'home' | 'scene' }) {
  return (
    <div className="page home" data-view={view}>
      <Atmosphere tint="both" tints={[sides[0].tint, sides[1].tint]} />
      <main id="main" className="home-main">
        <header className="home-hero">
          <p className="kicker">
            {pair.meta.fandom ?? 'Fan fiction'} · {pair.meta.setting}
          </p>
          <h1 className="home-title">{pair.title}</h1>
          <p className="home-tagline">{`${library.site.tagline}.`}</p>
          {pair.meta.summary ? <p className="home-summary">{pair.meta.summary}</p> : null}
          <WaysIn pair={pair} sides={sides} />
          <FirstScreenEnd />
        </header>
        <section className="works" aria-label="The two pieces">
          {sides.map((story) => (
            <WorkCard key={story.id} story={story} />
          ))}
        </section>
        <footer className="home-foot">
          <p>Two fan-fiction pieces, shown word for word as their authors wrote them. Characters belong to their owners. No tracking, no third-party requests.</p>
        </footer>
      </main>
    </div>
  )
}
