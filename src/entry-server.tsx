import { StrictMode } from 'react'
import { prerender } from 'react-dom/static'
import library from 'virtual:library'
import { App } from './app/app'
import { VIEW_SOURCES, type ViewName } from './app/views'
import { parseLink } from './links/links'
import { resolvePlace } from './links/resolve'
import { allCards } from './share/cards'
import { headFor, type Head } from './share/head'
import { allPaths, unlistedPaths } from './share/routes'

export { library, allPaths, allCards, unlistedPaths }
export { FIRST_SCREEN_END } from './ui/first-screen'

/**
 * Renders one address to HTML for prerendering, with its head tags, HTTP status and the
 * source of its view's chunk (for a modulepreload link). `prerender` waits for the lazy
 * views, so the HTML always holds the whole page.
 */
export async function render(path: string, siteUrl: string): Promise<{ html: string; head: Head; status: number; view?: string; stories: string[] }> {
  const base = import.meta.env.BASE_URL
  const resolved = resolvePlace(parseLink(path, base), library, path)
  const { prelude } = await prerender(
    <StrictMode>
      <App href={path} data={library} excerpts />
    </StrictMode>,
  )
  const html = await new Response(prelude).text()
  const view = resolved.kind === 'not-found' ? undefined : VIEW_SOURCES[resolved.kind as ViewName]
  return { html, head: headFor(resolved, library, base, siteUrl), status: resolved.kind === 'not-found' ? 404 : 200, view, stories: storiesOf(resolved) }
}

/** The stories whose data a page loads (with the library's index): each story it shows. */
function storiesOf(resolved: ReturnType<typeof resolvePlace>): string[] {
  const shown =
    resolved.kind === 'read'
      ? [resolved.story]
      : resolved.kind === 'side-by-side'
        ? resolved.sides
        : resolved.kind === 'present'
          ? resolved.story
            ? [resolved.story]
            : (resolved.sides ?? [])
          : []
  return shown.map((s) => s.id)
}
