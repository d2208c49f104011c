import { useEffect, useState } from 'react'
import { formatLink } from '../links/links'
import { BASE } from '../links/use-location-state'
import { isOneScene } from '../story/lookup'
import type { Library } from '../story/story-types'

/** A helpful page for an address that isn't one: what wasn't found, and the ways back in. */
export function NotFound({ library, what }: { library: Library; what: string }) {
  // One 404.html serves every unknown address, so its HTML can't name the address: the
  // first render leaves it out (as the server did) and the browser then adds it, last on
  // the page, where it can move nothing (no layout shift) and may wrap at any width.
  const [named, setNamed] = useState<string | null>(null)
  useEffect(() => setNamed(what), [what])
  return (
    <div className="page not-found" data-view="not-found">
      <main id="main" className="not-found-main">
        <p className="kicker">Not found</p>
        <h1>This moment isn’t here</h1>
        <p>There’s nothing at this address. It may have been mistyped, or the link may have been cut short.</p>
        <nav aria-label="The pieces">
          <ul className="not-found-links">
            <li>
              <a href={formatLink({ view: 'home' }, BASE)}>{isOneScene(library) ? 'The scene: both pieces' : 'Every scene'}</a>
            </li>
            {library.stories.map((s) => (
              <li key={s.id}>
                <a href={formatLink({ view: 'read', id: s.id }, BASE)}>
                  Read “{s.title}”, {s.perspective}’s side
                </a>
              </li>
            ))}
            {library.pairs.map((p) => (
              <li key={p.id}>
                <a href={formatLink({ view: 'side-by-side', id: p.id }, BASE)}>Read “{p.title}” side by side</a>
              </li>
            ))}
          </ul>
        </nav>
        {named === null ? null : (
          <p className="not-found-what">
            We couldn’t find <strong>{named}</strong>.
          </p>
        )}
      </main>
    </div>
  )
}
