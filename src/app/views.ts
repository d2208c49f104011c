import { lazy } from 'react'

// Each view is its own chunk: a page loads only what it shows. The same importers preload
// the current view before hydration (main.tsx), so hydration never waits on the network.
export const importers = {
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

export type ViewName = keyof typeof importers

/**
 * A view's component from its chunk. When the chunk is gone after a deploy, the page reloads
 * (stale-chunk-reload.ts) and the import resolves to nothing: the view then waits for the
 * reload instead of throwing (which React would log before the reload wins the race).
 */
function view<M, C>(load: () => Promise<M>, pick: (m: M) => C): Promise<{ default: C }> {
  return load().then((m) => (m ? { default: pick(m) } : new Promise<never>(() => {})))
}

export const HomePage = lazy(() => view(importers.home, (m) => m.HomePage))
export const ScenePage = lazy(() => view(importers.scene, (m) => m.ScenePage))
export const ReaderPage = lazy(() => view(importers.read, (m) => m.ReaderPage))
export const SideBySidePage = lazy(() => view(importers['side-by-side'], (m) => m.SideBySidePage))
export const PresentPage = lazy(() => view(importers.present, (m) => m.PresentPage))
export const FollowPage = lazy(() => view(importers.follow, (m) => m.FollowPage))
export const RemotePage = lazy(() => view(importers.remote, (m) => m.RemotePage))
export const LiveStartPage = lazy(() => view(importers.live, (m) => m.LiveStartPage))
export const ScriptPage = lazy(() => view(importers.script, (m) => m.ScriptPage))

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
