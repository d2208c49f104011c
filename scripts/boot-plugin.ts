import { join } from 'node:path'
import { build } from 'esbuild'
import type { Plugin } from 'vite'

import { BOOT_SCRIPTS } from './build-files.mjs'

export interface BootScripts {
  /** src/boot/theme.ts: the head script, before the first paint. */
  readonly theme: string
  /** src/boot/start-app.ts: starts the app after the first paint. */
  readonly start: string
}

/** One boot script, bundled on its own (it runs before any module) and minified, as a page inlines it. */
export async function bootScript(file: string, base: string): Promise<string> {
  const out = await build({
    entryPoints: [file],
    bundle: true,
    write: false,
    minify: true,
    format: 'iife',
    target: 'es2020',
    define: { 'import.meta.env.BASE_URL': JSON.stringify(base) },
    logLevel: 'silent',
  })
  const text = out.outputFiles[0]?.text.trim()
  if (!text) throw new Error(`boot script ${file}: no output`)
  // Inline in the page: a `</script>` in its text would end the element early.
  if (/<\/script/i.test(text)) throw new Error(`boot script ${file}: its text holds </script`)
  return text
}

/**
 * The pages' inline boot scripts are real source files (src/boot/), linted and type-checked
 * like the rest: this plugin puts the head script in index.html (`<!--theme-->`) for dev,
 * and leaves both, minified, in the browser build for the prerender (BOOT_SCRIPTS), which
 * inlines them in every page and hashes them for the Content Security Policy.
 */
export function bootPlugin(): Plugin {
  let root = process.cwd()
  let base = '/'
  let browserBuild = false
  const source = (name: string) => bootScript(join(root, 'src', 'boot', name), base)
  return {
    name: 'chosen:boot',
    configResolved(config) {
      root = config.root
      base = config.base
      browserBuild = config.command === 'build' && !config.build.ssr
    },
    async transformIndexHtml(html) {
      return html.replace('<!--theme-->', `<script>${await source('theme.ts')}</script>`)
    },
    async generateBundle() {
      if (!browserBuild) return
      const scripts: BootScripts = { theme: await source('theme.ts'), start: await source('start-app.ts') }
      this.emitFile({ type: 'asset', fileName: BOOT_SCRIPTS, source: JSON.stringify(scripts) })
    },
  }
}
