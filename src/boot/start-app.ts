/**
 * The script that starts the app once the prerendered page is on screen, inline at the end
 * of every page: it adds the entry module and the chunks and story data this page's view
 * needs (as preloads, fetched in parallel) only when the first contentful paint has been
 * presented, so the text never waits on a script's download, parse or hydration, not even
 * on a fast network where the scripts would otherwise arrive first. The web app manifest,
 * only needed to install the site, is linked then too, for the same reason. (Without paint
 * timing, or in a hidden tab that gets no frames, the timeout starts it all the same.)
 *
 * Its text is the same on every page, so one hash in the Content Security Policy covers
 * it; what a page loads is in the script element's `data-boot` (written by the prerender).
 */
export interface BootPlan {
  /** The entry module. */
  readonly entry: string
  /** Modules to preload: the entry's imports and the view's chunk. */
  readonly modules: readonly string[]
  /** Story data to preload: the library's index and each story the page shows. */
  readonly data: readonly string[]
  /** The web app manifest. */
  readonly manifest: string
}

const me = document.currentScript
const plan = JSON.parse(me?.dataset.boot ?? 'null') as BootPlan | null
let started = false

function link(rel: string, href: string, as?: string): HTMLLinkElement {
  const el = document.createElement('link')
  el.rel = rel
  el.href = href
  if (as) el.as = as
  return el
}

function start(): void {
  if (started || !plan) return
  started = true
  const head = document.head
  head.appendChild(link('manifest', plan.manifest))
  for (const href of plan.modules) {
    const el = link('modulepreload', href)
    el.crossOrigin = ''
    head.appendChild(el)
  }
  // As fetch() asks for it (same origin, CORS mode), so that the preload is what it gets.
  for (const href of plan.data) {
    const el = link('preload', href, 'fetch')
    el.crossOrigin = ''
    head.appendChild(el)
  }
  const script = document.createElement('script')
  script.type = 'module'
  script.crossOrigin = ''
  script.src = plan.entry
  head.appendChild(script)
}

try {
  new PerformanceObserver((list) => {
    if (list.getEntriesByName('first-contentful-paint').length) setTimeout(start, 0)
  }).observe({ type: 'paint', buffered: true })
} catch {
  // No paint timing: the timeout below starts it.
}
setTimeout(start, document.hidden ? 0 : 800)
