import type { Store } from '../storage/storage'

/** How long a reload for a missing chunk counts as "just tried" for the same address. */
const GUARD_MS = 30_000
const KEY = 'reloaded-for-chunk'

interface Attempt {
  readonly href: string
  readonly at: number
}

const parseAttempt = (raw: unknown): Attempt | undefined =>
  raw && typeof raw === 'object' && typeof (raw as Attempt).href === 'string' && typeof (raw as Attempt).at === 'number' ? (raw as Attempt) : undefined

/**
 * True, once, when a chunk failed to load at `href`: the caller reloads, and the address
 * keeps the reader's place. False when that was just tried for the same address (the chunk
 * is really gone, or the network is): no reload loop; the error boundary offers a way on.
 */
export function shouldReloadForChunk(session: Store, href: string, now = Date.now()): boolean {
  const last = session.get(KEY, parseAttempt)
  if (last && last.href === href && now - last.at >= 0 && now - last.at < GUARD_MS) return false
  // Without session storage the guard cannot hold: better one error page than a loop.
  return session.set(KEY, { href, at: now })
}

let reloading = false

/** True once this page has started reloading for a missing chunk (what fails meanwhile is moot). */
export function isReloadingForChunk(): boolean {
  return reloading
}

/**
 * After a new deploy, an open page asks for a lazy chunk whose file is gone (Vite fires
 * `vite:preloadError`): reload once, at the same address, to get the new build.
 * Returns an idempotent uninstall.
 */
export function installStaleChunkReload(win: Window, session: Store): () => void {
  const onPreloadError = (event: Event) => {
    if (!shouldReloadForChunk(session, win.location.href)) return
    event.preventDefault()
    reloading = true
    win.location.reload()
  }
  win.addEventListener('vite:preloadError', onPreloadError)
  return () => win.removeEventListener('vite:preloadError', onPreloadError)
}
