import type { Plugin } from 'vite'

// The bundler wraps each CommonJS module (React, ReactDOM, the scheduler) in an arrow function
// that runs once, when the module is first required. V8 compiles a function only when it is
// first called unless it is written `(function () { … })`, a parenthesised function
// expression, which it compiles with the script. The script is compiled off the main thread
// while it downloads; ReactDOM's 200 KB wrapper, compiled lazily, cost the main thread about
// 7 ms of its evaluation (a quarter of it) on this machine, 28 ms under Lighthouse's 4×
// mobile CPU, in the task that starts the app.
const WRAPPER = /__commonJSMin\(\(\(([\w$, ]*)\) => \{/g

/**
 * Rewrites `__commonJSMin(((exports, module) => {` as `__commonJSMin((function(exports, module) {`.
 * The body is unchanged and the closing `}))` is the same for both forms. An arrow and a
 * function differ only in `this` and `arguments`: the wrapper is called as a plain function in
 * a module (strict), so `this` is undefined in both, and a module's top level has no
 * `arguments` for the arrow to have captured.
 */
export function eagerWrappers(code: string): string {
  return code.replace(WRAPPER, '__commonJSMin((function($1) {')
}

/**
 * The build's CommonJS wrappers as eagerly compiled function expressions. The server build
 * is rewritten too: needless there, but harmless, and it keeps the two builds' code alike.
 */
export function eagerCjsPlugin(): Plugin {
  return {
    name: 'chosen:eager-cjs',
    apply: 'build',
    renderChunk(code) {
      const out = eagerWrappers(code)
      return out === code ? null : { code: out, map: null }
    },
  }
}
