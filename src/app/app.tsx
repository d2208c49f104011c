import { Suspense } from 'react'
import library from 'virtual:library'
import { useLocationState } from '../links/use-location-state'
import type { Library } from '../story/story-types'
import { NotFound } from './not-found'
import { resolvePlace } from '../links/resolve'
import { shareTools } from './share-tools'
import { useServiceWorker } from './use-service-worker'
import { useWebFonts } from './use-web-fonts'
import { HomePage, PresentPage, ReaderPage, ScenePage, SideBySidePage } from './views'

/** Picks the view for the address. `href` is the page's path (the server's route, or the browser's). */
export function App({ href, data = library }: { href: string; data?: Library }) {
  useServiceWorker()
  useWebFonts()
  return (
    <Suspense fallback={null}>
      <View href={href} data={data} />
    </Suspense>
  )
}

function View({ href, data }: { href: string; data: Library }) {
  const location = useLocationState(href)
  const { place, go } = location
  const resolved = resolvePlace(place, data, location.href)
  switch (resolved.kind) {
    case 'home':
      return <HomePage library={data} />
    case 'scene':
      return <ScenePage library={data} pair={resolved.pair} sides={resolved.sides} />
    case 'read': {
      const { story, tellings, place: p } = resolved
      return <ReaderPage key={story.id} story={story} tellings={tellings} anchor={p.anchor} missing={resolved.missing} onGo={(to) => go(to)} share={shareTools} />
    }
    case 'side-by-side': {
      const { pair, sides, place: p } = resolved
      return <SideBySidePage key={pair.id} pair={pair} left={sides[0]} right={sides[1]} anchor={p.anchor} missing={resolved.missing} share={shareTools} />
    }
    case 'present': {
      const { deck, place: p } = resolved
      const view = resolved.story ? 'read' : 'side-by-side'
      return <PresentPage key={deck.id} deck={deck} anchor={p.anchor} readerOf={(anchor) => ({ view, id: deck.id, anchor })} go={go} />
    }
    case 'not-found':
      return <NotFound library={data} what={resolved.what} />
  }
}
