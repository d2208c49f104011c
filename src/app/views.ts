import { lazy } from 'react'

// Each view is its own chunk: a page loads only what it shows. The same importers preload
// the current view before hydration (main.tsx), so hydration never waits on the network.
export const importers = {
  home: () => import('../home/home-page'),
  scene: () => import('../home/home-page'),
  read: () => import('../reader/reader-page'),
  'side-by-side': () => import('../parallel/side-by-side-page'),
  present: () => import('../present/present-page'),
} as const

export type ViewName = keyof typeof importers

export const HomePage = lazy(() => importers.home().then((m) => ({ default: m.HomePage })))
export const ScenePage = lazy(() => importers.scene().then((m) => ({ default: m.ScenePage })))
export const ReaderPage = lazy(() => importers.read().then((m) => ({ default: m.ReaderPage })))
export const SideBySidePage = lazy(() => importers['side-by-side']().then((m) => ({ default: m.SideBySidePage })))
export const PresentPage = lazy(() => importers.present().then((m) => ({ default: m.PresentPage })))

/** The source module of each view, as the build manifest names it (for modulepreload links). */
export const VIEW_SOURCES: Record<ViewName, string> = {
  home: 'src/home/home-page.tsx',
  scene: 'src/home/home-page.tsx',
  read: 'src/reader/reader-page.tsx',
  'side-by-side': 'src/parallel/side-by-side-page.tsx',
  present: 'src/present/present-page.tsx',
}
