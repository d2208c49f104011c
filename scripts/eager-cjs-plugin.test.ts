import { describe, expect, it } from 'vitest'
import { eagerWrappers } from './eager-cjs-plugin.ts'

// As the bundler writes a chunk before it is minified.
const chunk = `import { t as __commonJSMin } from "./rolldown-runtime.js";
var require_scheduler_production = /* @__PURE__ */ __commonJSMin(((exports) => {
\texports.unstable_now = () => 1;
}));
var require_react_dom = /* @__PURE__ */ __commonJSMin(((exports, module) => {
\tmodule.exports = { answer: 42, self: this === undefined };
}));
const arrow = ((a) => a + 1);
export { require_react_dom, require_scheduler_production, arrow };
`

describe('eagerWrappers', () => {
  it('writes each CommonJS wrapper as a parenthesised function expression, which V8 compiles with the script', () => {
    const out = eagerWrappers(chunk)
    expect(out).toContain('__commonJSMin((function(exports) {')
    expect(out).toContain('__commonJSMin((function(exports, module) {')
    expect(out).not.toMatch(/__commonJSMin\(\(\(/)
  })

  it('leaves every other arrow and every other line as it was', () => {
    const out = eagerWrappers(chunk)
    expect(out).toContain('const arrow = ((a) => a + 1);')
    expect(
      out
        .split('\n')
        .filter((line) => !line.includes('__commonJSMin('))
        .join('\n'),
    ).toBe(
      chunk
        .split('\n')
        .filter((line) => !line.includes('__commonJSMin('))
        .join('\n'),
    )
  })

  it('keeps what the wrapped module computes, `this` included', () => {
    // The runtime's wrapper as the bundler ships it, then the two modules as rewritten.
    const runtime = 'var __commonJSMin = (cb, mod) => () => (mod || (cb((mod = { exports: {} }).exports, mod, mod.exports), cb = null), mod.exports);'
    const body = eagerWrappers(chunk).split('\n').slice(1, 7).join('\n')
    const run = new Function(`"use strict"; ${runtime}\n${body}\nreturn [require_react_dom(), require_scheduler_production().unstable_now()]`)
    expect(run()).toEqual([{ answer: 42, self: true }, 1])
  })

  it('returns the code unchanged when it has no wrapper', () => {
    expect(eagerWrappers('export const a = 1')).toBe('export const a = 1')
  })
})
