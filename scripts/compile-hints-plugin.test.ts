import { describe, expect, it } from 'vitest'
import type { Rollup } from 'vite'
import { COMPILE_HINT, compileHintsPlugin, withCompileHint } from './compile-hints-plugin.ts'

type Hooks = { configResolved: (c: { build: { ssr: boolean } }) => void; generateBundle: { handler: (o: unknown, b: Rollup.OutputBundle) => void } }
/** The plugin's hooks, run as Vite runs them on a bundle of one chunk and one asset. */
const written = (ssr: boolean) => {
  const plugin = compileHintsPlugin() as unknown as Hooks
  plugin.configResolved({ build: { ssr } })
  const bundle = {
    'assets/mount.js': { type: 'chunk', fileName: 'assets/mount.js', code: 'const __vite__mapDeps=0;import"./react.js";' },
    'assets/index.css': { type: 'asset', fileName: 'assets/index.css', source: 'p{}' },
  } as unknown as Rollup.OutputBundle
  plugin.generateBundle.handler({}, bundle)
  return bundle as unknown as Record<string, { code?: string; source?: string }>
}

describe('compile hints', () => {
  it('puts the hint on the first line, above everything Vite put at the top, once', () => {
    const once = withCompileHint('import"./a.js";')
    expect(once).toBe(`${COMPILE_HINT}\nimport"./a.js";`)
    expect(withCompileHint(once)).toBe(once)
    expect(COMPILE_HINT).toBe('//# allFunctionsCalledOnLoad')
  })

  it('marks every chunk of the browser build and leaves other files alone', () => {
    const out = written(false)
    expect(out['assets/mount.js']?.code).toBe(`${COMPILE_HINT}\nconst __vite__mapDeps=0;import"./react.js";`)
    expect(out['assets/index.css']?.source).toBe('p{}')
  })

  it('leaves the server build as it is', () => {
    expect(written(true)['assets/mount.js']?.code).toBe('const __vite__mapDeps=0;import"./react.js";')
  })
})
