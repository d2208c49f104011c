import { lazy } from 'react'

// Each view is its own chunk: a page loads only what it shows. The same importers preload
// the current view before hydration (main.tsx), so hydration never waits on the network.
const sources = {
  home: () => import('../home/home-page'),
  scene: () => import('../home/home-page'),
  read: () => import('../reader/reader-page'),
  'side-by-side': () => import('../parallel/side-by-side-page'),
  present: () => import('../present/present-page'),
  follow: () => import('../live-pages/follow-page'),
  remote: () => import('../live-pages/remote-page'),
  live: () => import('../live-pages/live-start-page'),
  script: () => import('../live-pages/script-page'),
} as const

// Each module once loaded, so a view whose chunk is already here renders at once (below).
const loaded = new Map<() => Promise<unknown>, unknown>()
function remembered<M>(load: () => Promise<M>): () => Promise<M> {
  const importer = (): Promise<M> =>
    load().then((m) => {
      if (m) loaded.set(importer, m)
      return m
    })
  return importer
}

export const importers: { readonly [K in keyof typeof sources]: (typeof sources)[K] } = {
  home: remembered(sources.home),
  scene: remembered(sources.scene),
  read: remembered(sources.read),
  'side-by-side': remembered(sources['side-by-side']),
  present: remembered(sources.present),
  follow: remembered(sources.follow),
  remote: remembered(sources.remote),
  live: remembered(sources.live),
  script: remembered(sources.script),
}

export type ViewName = keyof typeof importers

/**
 * A view's component from its chunk. When the chunk is already loaded (main.tsx loads the
 * page's view before the first render), it is given at once, through a thenable that
 * resolves as it is asked: React's `lazy` then renders without suspending, so a page that
 * is rendered anew (a moment's page, whose beat alone the server wrote) never flashes the
 * empty fallback. When the chunk is gone after a deploy, the page reloads
 * (stale-chunk-reload.ts) and the import resolves to nothing: the view then waits for the
 * reload instead of throwing (which React would log before the reload wins the race).
 */
function view<M, C>(load: () => Promise<M>, pick: (m: M) => C): () => Promise<{ default: C }> {
  return () => {
    const ready = loaded.get(load) as M | undefined
    if (ready) return { then: (resolve: (m: { default: C }) => void) => resolve({ default: pick(ready) }) } as unknown as Promise<{ default: C }>
    return load().then((m) => (m ? { default: pick(m) } : new Promise<never>(() => {})))
  }
}

export const HomePage = lazy(view(importers.home, (m) => m.HomePage))
export const ScenePage = lazy(view(importers.scene, (m) => m.ScenePage))
export const ReaderPage = lazy(view(importers.read, (m) => m.ReaderPage))
export const SideBySidePage = lazy(view(importers['side-by-side'], (m) => m.SideBySidePage))
export const PresentPage = lazy(view(importers.present, (m) => m.PresentPage))
export const FollowPage = lazy(view(importers.follow, (m) => m.FollowPage))
export const RemotePage = lazy(view(importers.remote, (m) => m.RemotePage))
export const LiveStartPage = lazy(view(importers.live, (m) => m.LiveStartPage))
export const ScriptPage = lazy(view(importers.script, (m) => m.ScriptPage))

/** The source module of each view, as the build manifest names it (for modulepreload links). */
export const VIEW_SOURCES: Record<ViewName, string> = {
  home: 'src/home/home-page.tsx',
  scene: 'src/home/home-page.tsx',
  read: 'src/reader/reader-page.tsx',
  'side-by-side': 'src/parallel/side-by-side-page.tsx',
  present: 'src/present/present-page.tsx',
  follow: 'src/live-pages/follow-page.tsx',
  remote: 'src/live-pages/remote-page.tsx',
  live: 'src/live-pages/live-start-page.tsx',
  script: 'src/live-pages/script-page.tsx',
}
