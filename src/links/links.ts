import { ID_PATTERN } from '../story/ids'

/** Where a reader is: a view of the site and, optionally, a moment in it (a beat or line id). */
export type ReadingPlace =
  | { readonly view: 'home' }
  | { readonly view: 'scene'; readonly id: string }
  | {
      readonly view: 'read' | 'side-by-side' | 'present'
      readonly id: string
      readonly anchor?: string
      /** Where a parsed address had its anchor: the path (a page of its own) or the `#` (within the page). */
      readonly from?: 'path' | 'hash'
    }

/** A live page: the audience's view, the phone remote, the presenter's start page, or one reader's script. */
export type LivePlace =
  { readonly view: 'follow' } | { readonly view: 'remote' } | { readonly view: 'live' } | { readonly view: 'script'; readonly pair: string; readonly story: string }

export type Place = ReadingPlace | LivePlace

export type StoryView = 'read' | 'side-by-side' | 'present'

const LIVE_VIEWS: readonly string[] = ['follow', 'remote', 'live']

/** True for the live pages (prerendered, but left out of the sitemap). */
export const isLivePlace = (place: Place): place is LivePlace => place.view === 'script' || LIVE_VIEWS.includes(place.view)

const VIEWS: readonly StoryView[] = ['read', 'side-by-side', 'present']

/** The site's base path with one leading and one trailing slash ("/" or "/chosen/"). */
export function normalizeBase(base: string): string {
  const trimmed = base.replace(/^\/+|\/+$/g, '')
  return trimmed ? `/${trimmed}/` : '/'
}

/**
 * The moment a `#anchor` (given without its `#`) names, decoded: undefined when it names
 * none (empty, or not an id's shape, as a live page's `#key=…`), null when it cannot be
 * decoded. The address parser and the head's boot script (src/boot/theme.ts) both read it so.
 */
export function anchorOfHash(hash: string): string | undefined | null {
  if (!hash) return undefined
  let anchor: string
  try {
    anchor = decodeURIComponent(hash)
  } catch {
    return null
  }
  return ID_PATTERN.test(anchor) ? anchor : undefined
}

/**
 * Parses a path (with optional `#anchor`, query and origin) into a Place, or null when
 * it is no address of this site. A `#anchor` wins over an anchor in the path. Ids are
 * checked for shape only: whether they exist is the library's business.
 */
export function parseLink(href: string, base = '/'): Place | null {
  const root = normalizeBase(base)
  let rest = href.replace(/^[a-z][a-z0-9+.-]*:\/\/[^/]*/i, '')
  const hashAt = rest.indexOf('#')
  const hash = hashAt >= 0 ? rest.slice(hashAt + 1) : ''
  rest = (hashAt >= 0 ? rest.slice(0, hashAt) : rest).replace(/\?.*$/, '')
  if (!(rest + '/').startsWith(root)) return null
  const path = rest
    .slice(root.length)
    .replace(/\/index\.html$|\.html$/, '')
    .replace(/\/+$/, '')
  let segments: string[]
  try {
    segments = path ? path.split('/').map(decodeURIComponent) : []
  } catch {
    return null
  }
  const hashAnchor = anchorOfHash(hash)
  if (hashAnchor === null) return null
  if (segments.length === 0) return { view: 'home' }
  const [view, id, anchor, ...extra] = segments
  // A scene's title card has no moments: `/scene/<pair>` only.
  if (view === 'scene') return id && ID_PATTERN.test(id) && anchor === undefined ? { view: 'scene', id } : null
  if (view && LIVE_VIEWS.includes(view)) return segments.length === 1 ? { view: view as 'follow' | 'remote' | 'live' } : null
  if (view === 'script') return id && anchor && !extra.length && ID_PATTERN.test(id) && ID_PATTERN.test(anchor) ? { view, pair: id, story: anchor } : null
  if (extra.length || !VIEWS.includes(view as StoryView) || !id || !ID_PATTERN.test(id)) return null
  if (anchor !== undefined && !ID_PATTERN.test(anchor)) return null
  const moment = hashAnchor ?? anchor
  return moment ? { view: view as StoryView, id, anchor: moment, from: hashAnchor ? 'hash' : 'path' } : { view: view as StoryView, id }
}

/** The address of a place: `/read/spike/i-love-you`, or with `{ hash: true }` `/read/spike#i-love-you`. */
export function formatLink(place: Place, base = '/', options: { hash?: boolean } = {}): string {
  const root = normalizeBase(base)
  if (place.view === 'home') return root
  if (place.view === 'script') return `${root}script/${place.pair}/${place.story}`
  if (!('id' in place)) return `${root}${place.view}`
  const page = `${root}${place.view}/${place.id}`
  if (place.view === 'scene') return page
  if (!place.anchor) return page
  return options.hash ? `${page}#${place.anchor}` : `${page}/${place.anchor}`
}
