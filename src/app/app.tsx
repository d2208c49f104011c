import { Suspense } from 'react'
import library from 'virtual:library'
import { useLocationState } from '../links/use-location-state'
import { findPair, findStory, pairOf } from '../story/lookup'
import { buildDeck } from '../present/slides'
import type { Library } from '../story/story-types'
import { NotFound } from './not-found'
import { resolvePlace } from '../links/resolve'
import { shareTools } from './share-tools'
import { useServiceWorker } from './use-service-worker'
import { useWebFonts } from './use-web-fonts'
import { ViewBoundary } from './view-boundary'
import { HomePage, PresentPage, ReaderPage, SideBySidePage } from './views'

/** Picks the view for the address. `href` is the page's path (the server's route, or the browser's). */
export function App({ href, data = library }: { href: string; data?: Library }) {
  useServiceWorker()
  useWebFonts()
  return (
    <ViewBoundary>
      <Suspense fallback={null}>
        <View href={href} data={data} />
      </Suspense>
    </ViewBoundary>
  )
}

function View({ href, data }: { href: string; data: Library }) {
  const location = useLocationState(href)
  const { place, go } = location
  const resolved = resolvePlace(place, data, location.href)
  switch (resolved.kind) {
    case 'home':
      return <HomePage library={data} />
    case 'read': {
      const story = findStory(data, resolved.storyId)
      const pair = pairOf(data, resolved.storyId)
      const otherId = pair && (pair.left === resolved.storyId ? pair.right : pair.left)
      const other = otherId ? findStory(data, otherId) : undefined
      if (!story) return <NotFound library={data} what={href} />
      return <ReaderPage key={story.id} story={story} other={other} pair={pair} anchor={resolved.anchor} missing={resolved.missing} onGo={(p) => go(p)} share={shareTools} />
    }
    case 'side-by-side': {
      const pair = findPair(data, resolved.pairId)
      const left = pair && findStory(data, pair.left)
      const right = pair && findStory(data, pair.right)
      if (!pair || !left || !right) return <NotFound library={data} what={href} />
      return <SideBySidePage key={pair.id} pair={pair} left={left} right={right} anchor={resolved.anchor} missing={resolved.missing} share={shareTools} />
    }
    case 'present': {
      const deck = buildDeck(data, resolved.id)
      if (!deck) return <NotFound library={data} what={href} />
      const view = findStory(data, resolved.id) ? 'read' : 'side-by-side'
      return (
        <PresentPage
          key={deck.id}
          deck={deck}
          anchor={resolved.anchor}
          readerOf={(anchor) => ({ view, id: deck.id, anchor })}
          go={go}
        />
      )
    }
    case 'not-found':
      return <NotFound library={data} what={resolved.what} />
  }
}
