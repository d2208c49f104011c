/**
 * The script that starts the app once the prerendered page is on screen, inline at the end
 * of every page: it adds the entry module and the chunks and story data this page's view
 * needs (as preloads, fetched in parallel) only when the first contentful paint has been
 * presented, so the text never waits on a script's download, parse or hydration, not even
 * on a fast network where the scripts would otherwise arrive first. The web app manifest,
 * only needed to install the site, is linked then too, for the same reason. (Without paint
 * timing, after the first frame; in a hidden tab that gets no frames, at once.)
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

/** How long one slice of `start` may take before it lets the page respond again. */
const SLICE_MS = 4

function start(): void {
  if (started || !plan) return
  started = true
  const head = document.head
  const script = document.createElement('script')
  script.type = 'module'
  script.crossOrigin = ''
  script.src = plan.entry
  // As fetch() asks for it (same origin, CORS mode), so that the preload is what it gets.
  const data = plan.data.map((href) => link('preload', href, 'fetch'))
  const modules = plan.modules.map((href) => link('modulepreload', href))
  for (const el of [...data, ...modules]) el.crossOrigin = ''
  // The entry first, then what it will ask for. Each element added asks the browser for a
  // file, which costs a slow phone's main thread a few milliseconds: added all at once, the
  // 20 of a reader's page were one long task (about 100 ms at 4× CPU) just after the first
  // paint. So they are added in slices of a few milliseconds, each its own task. (Should the
  // entry ask for a chunk before its preload is in, Vite's loader preloads it; nothing is
  // fetched twice.)
  const queue: HTMLElement[] = [script, ...data, ...modules, link('manifest', plan.manifest)]
  const add = (): void => {
    const until = performance.now() + SLICE_MS
    for (let el = queue.shift(); el; el = performance.now() < until ? queue.shift() : undefined) head.appendChild(el)
    if (queue.length) setTimeout(add, 0)
  }
  add()
}

// Where paint timing exists, the first contentful paint starts it: every page has text, so
// it comes, however slow the machine (a fixed timeout raced it on a busy one and fetched the
// scripts before the text was on screen); the long timeout is only a safety net. Elsewhere,
// a task queued from the first frame's callback runs once that frame is out.
const paints = typeof PerformanceObserver !== 'undefined' && PerformanceObserver.supportedEntryTypes?.includes('paint')
if (document.hidden) start()
else if (paints) {
  new PerformanceObserver((list) => {
    if (list.getEntriesByName('first-contentful-paint').length) setTimeout(start, 0)
  }).observe({ type: 'paint', buffered: true })
  setTimeout(start, 10_000)
  // A tab put in the background before its first paint gets no paint: start it there.
  document.addEventListener('visibilitychange', () => document.hidden && start())
} else requestAnimationFrame(() => setTimeout(start, 0))
