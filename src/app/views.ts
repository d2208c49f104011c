import { lazy } from 'react'

// Each view is its own chunk: a page loads only what it shows. The same importers preload
// the current view before hydration (main.tsx), so hydration never waits on the network.
export const importers = {
  home: () => import('../home/home-page'),
  read: () => import('../reader/reader-page'),
  'side-by-side': () => import('../parallel/side-by-side-page'),
  present: () => import('../present/present-page'),
  follow: () => import('../live-pages/follow-page'),
  remote: () => import('../live-pages/remote-page'),
  live: () => import('../live-pages/live-start-page'),
  script: () => import('../live-pages/script-page'),
} as const

export type ViewName = keyof typeof importers

export const HomePage = lazy(() => importers.home().then((m) => ({ default: m.HomePage })))
export const ReaderPage = lazy(() => importers.read().then((m) => ({ default: m.ReaderPage })))
export const SideBySidePage = lazy(() => importers['side-by-side']().then((m) => ({ default: m.SideBySidePage })))
export const PresentPage = lazy(() => importers.present().then((m) => ({ default: m.PresentPage })))
export const FollowPage = lazy(() => importers.follow().then((m) => ({ default: m.FollowPage })))
export const RemotePage = lazy(() => importers.remote().then((m) => ({ default: m.RemotePage })))
export const LiveStartPage = lazy(() => importers.live().then((m) => ({ default: m.LiveStartPage })))
export const ScriptPage = lazy(() => importers.script().then((m) => ({ default: m.ScriptPage })))

/** The source module of each view, as the build manifest names it (for modulepreload links). */
export const VIEW_SOURCES: Record<ViewName, string> = {
  home: 'src/home/home-page.tsx',
  read: 'src/reader/reader-page.tsx',
  'side-by-side': 'src/parallel/side-by-side-page.tsx',
  present: 'src/present/present-page.tsx',
  follow: 'src/live-pages/follow-page.tsx',
  remote: 'src/live-pages/remote-page.tsx',
  live: 'src/live-pages/live-start-page.tsx',
  script: 'src/live-pages/script-page.tsx',
}
