import { readdirSync, statSync } from 'node:fs'
import { join } from 'node:path'

const SOURCES = [
  'src',
  'stories',
  'public',
  'index.html',
  'vite.config.ts',
  'package.json',
  'scripts/prerender.mjs',
  'scripts/build.mjs',
  'scripts/stories-plugin.ts',
  'scripts/cards.mjs',
  'scripts/offline.mjs',
]

function newest(path: string): number {
  let stat
  try {
    stat = statSync(path)
  } catch {
    return 0
  }
  if (!stat.isDirectory()) return /\.test\.tsx?$/.test(path) ? 0 : stat.mtimeMs
  return readdirSync(path).reduce((m, name) => Math.max(m, newest(join(path, name))), 0)
}

/** Why `dist` must be built first ('no build', 'build older than sources'), or null when it is up to date. */
export function buildNeeded(root: string, dist = 'dist'): string | null {
  let built: number
  try {
    built = statSync(join(root, dist, 'index.html')).mtimeMs
  } catch {
    return 'no build yet'
  }
  const sources = Math.max(...SOURCES.map((s) => newest(join(root, s))))
  return sources > built ? 'the build is older than the sources' : null
}
