import type { Plugin } from 'vite'

/**
 * V8's explicit compile hint (Chromium 136 on): a script whose first line is this comment
 * has all its functions compiled with the script, on the background thread that compiles
 * it as it downloads, rather than each on the main thread at its first call. Every chunk of
 * this site runs most of what it holds as soon as it is loaded (React hydrating the page,
 * its event system at the first scroll, the reveals), and that lazy compiling was 40–90 ms of
 * the main thread's work at start on this machine, in slices of hydration and in the first
 * flick's frames (four times that on Lighthouse's mobile CPU). Other engines read it as a
 * comment.
 */
export const COMPILE_HINT = '//# allFunctionsCalledOnLoad'

/** `code` with the compile hint as its first line (once). */
export function withCompileHint(code: string): string {
  return code.startsWith(COMPILE_HINT) ? code : `${COMPILE_HINT}\n${code}`
}

/**
 * Puts the compile hint at the top of every JavaScript chunk of the browser build. Done as
 * the bundle is written, after minifying, which would drop the comment. (The build writes
 * no source maps; one would be a line off.)
 */
export function compileHintsPlugin(): Plugin {
  let ssr = false
  return {
    name: 'chosen:compile-hints',
    apply: 'build',
    configResolved(config) {
      ssr = Boolean(config.build.ssr)
    },
    generateBundle: {
      // After Vite's own, which puts the table of a chunk's dynamic imports at its top.
      order: 'post',
      handler(_, bundle) {
        if (ssr) return
        for (const chunk of Object.values(bundle)) if (chunk.type === 'chunk') chunk.code = withCompileHint(chunk.code)
      },
    },
  }
}
