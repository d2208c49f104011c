import type { Plugin } from 'vite'

/** Where a module comes from, in a word: its npm package, its folder under src/, or the stories. */
export function ownerOf(id: string): string {
  const pkg = /.*node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(id)
  if (pkg?.[1]) return pkg[1]
  if (id.includes('virtual:library') || id.includes('virtual:site')) return 'story data'
  const src = /\/src\/([^/]+)\//.exec(id)
  if (src?.[1]) return `src/${src[1]}`
  return id.replace(/^.*\//, '')
}

/**
 * Writes `.vite/chunks.json` beside the client build: for each JavaScript chunk, how many
 * bytes of code (as rendered, before minifying) each package or source folder puts in
 * it. The benchmark prints the shares, so what a view costs is traceable to what it holds.
 */
export function chunkReportPlugin(): Plugin {
  let ssr = false
  return {
    name: 'chosen:chunk-report',
    apply: 'build',
    configResolved(config) {
      ssr = Boolean(config.build.ssr)
    },
    generateBundle(_, bundle) {
      if (ssr) return
      const report: Record<string, Record<string, number>> = {}
      for (const chunk of Object.values(bundle)) {
        if (chunk.type !== 'chunk') continue
        const owners: Record<string, number> = {}
        for (const [id, m] of Object.entries(chunk.modules)) owners[ownerOf(id)] = (owners[ownerOf(id)] ?? 0) + m.renderedLength
        report[chunk.fileName] = owners
      }
      this.emitFile({ type: 'asset', fileName: '.vite/chunks.json', source: JSON.stringify(report, null, 1) })
    },
  }
}
