import { Suspense, useEffect, useState } from 'react'
import type { Place } from '../links/links'
import { useLocationState } from '../links/use-location-state'
import type { Library } from '../story/story-types'
import { NotFound } from './not-found'
import { resolvePlace } from '../links/resolve'
import { libraryFor } from './library-store'
import { shareTools } from './share-tools'
import { useServiceWorker } from './use-service-worker'
import { useWebFonts } from './use-web-fonts'
import { livePieces, liveScripts, deckLookup } from './live-wiring'
import { ViewBoundary } from './view-boundary'
import { FollowPage, HomePage, LiveStartPage, PresentPage, ReaderPage, RemotePage, ScenePage, ScriptPage, SideBySidePage } from './views'

/**
 * Picks the view for the address. `href` is the page's path (the server's route, or the
 * browser's); `data` is the whole library on the server, and in the browser is left out:
 * the view's stories are loaded (main.tsx loads them before hydrating). `excerpts`
 * (the server's) writes a moment's page with its beat alone; the browser then renders
 * the whole piece in its place rather than hydrate it.
 */
export function App({ href, data, excerpts }: { href: string; data?: Library; excerpts?: boolean }) {
  useServiceWorker()
  useWebFonts()
  return (
    <ViewBoundary>
      <Suspense fallback={null}>
        <View href={href} data={data} excerpts={excerpts} />
      </Suspense>
    </ViewBoundary>
  )
}

/**
 * The library with the stories `place` shows: `given` on the server; in the browser, the
 * loaded data (main.tsx loads it before hydrating, so the first render has it at once),
 * or null for the moment a move within the app needs another story's chunk.
 */
function useLibrary(place: Place | null, given?: Library): Library | null {
  const now = given ?? libraryFor(place)
  const ready = 'then' in now ? null : now
  const [, setVersion] = useState(0)
  useEffect(() => {
    if (ready || given) return
    let live = true
    // A chunk that fails to load leaves the page as it is (the stale-chunk reload handles deploys).
    void Promise.resolve(libraryFor(place)).then(
      () => live && setVersion((v) => v + 1),
      () => undefined,
    )
    return () => {
      live = false
    }
  }, [ready, given, place])
  return ready
}

function View({ href, data: given, excerpts }: { href: string; data?: Library; excerpts?: boolean }) {
  const location = useLocationState(href)
  const { place, go } = location
  const loaded = useLibrary(place, given)
  if (!loaded) return null
  const data = loaded
  const resolved = resolvePlace(place, data, location.href)
  switch (resolved.kind) {
    case 'home':
      return <HomePage library={data} />
    case 'scene':
      return <ScenePage library={data} pair={resolved.pair} sides={resolved.sides} />
    case 'read': {
      const { story, tellings, place: p } = resolved
      return (
        <ReaderPage key={story.id} story={story} tellings={tellings} anchor={p.anchor} missing={resolved.missing} excerpt={excerpts} onGo={(to) => go(to)} share={shareTools} />
      )
    }
    case 'side-by-side': {
      const { pair, sides, place: p } = resolved
      return <SideBySidePage key={pair.id} pair={pair} left={sides[0]} right={sides[1]} anchor={p.anchor} missing={resolved.missing} excerpt={excerpts} share={shareTools} />
    }
    case 'present': {
      const { deck, place: p } = resolved
      const view = resolved.story ? 'read' : 'side-by-side'
      return <PresentPage key={deck.id} deck={deck} anchor={p.anchor} readerOf={(anchor) => ({ view, id: deck.id, anchor })} go={go} />
    }
    case 'follow':
      return <FollowPage deckOf={deckLookup(data)} pieces={livePieces(data)} />
    case 'remote':
      return <RemotePage deckOf={deckLookup(data)} pieces={livePieces(data)} />
    case 'live':
      return <LiveStartPage pieces={livePieces(data)} scripts={liveScripts(data)} />
    case 'script': {
      const deck = deckLookup(data)(resolved.pair.id)
      if (!deck) return <NotFound library={data} what={href} />
      return <ScriptPage key={resolved.story.id} deck={deck} storyId={resolved.story.id} deckOf={deckLookup(data)} />
    }
    case 'not-found':
      return <NotFound library={data} what={resolved.what} />
  }
}
