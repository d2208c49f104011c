import { StrictMode } from 'react'
import { renderToString } from 'react-dom/server'
import library from 'virtual:library'
import { App } from './app/app'
import { resolvePlace } from './links/resolve'
import { parseLink } from './links/links'
import { headFor, type Head } from './share/head'
import { allPaths } from './share/routes'
import { allCards } from './share/cards'

export { library, allPaths, allCards }

/** Renders one address to HTML for prerendering, with its head tags and HTTP status. */
export function render(path: string, siteUrl: string): { html: string; head: Head; status: number } {
  const base = import.meta.env.BASE_URL
  const resolved = resolvePlace(parseLink(path, base), library, path)
  const html = renderToString(
    <StrictMode>
      <App href={path} />
    </StrictMode>,
  )
  return { html, head: headFor(resolved, library, base, siteUrl), status: resolved.kind === 'not-found' ? 404 : 200 }
}
