import { afterEach, expect, test } from 'vitest'
import { paraBox } from './para-box'

/** An element whose box is `top`..`bottom` (jsdom has no layout). */
function boxed<T extends HTMLElement>(el: T, top: number, bottom: number): T {
  el.getBoundingClientRect = () => ({ top, bottom, left: 0, right: 500, width: 500, height: bottom - top, x: 0, y: top, toJSON: () => ({}) })
  return el
}

function nest(stretch: [number, number], run: [number, number], para: [number, number]) {
  const outer = boxed(document.createElement('div'), ...stretch)
  outer.dataset.run = 'stretch'
  const inner = boxed(document.createElement('div'), ...run)
  inner.dataset.run = ''
  const p = boxed(document.createElement('p'), ...para)
  inner.append(p)
  outer.append(inner)
  document.body.append(outer)
  return p
}

afterEach(() => document.body.replaceChildren())

test('a paragraph in a stretch far below the screen answers with the stretch’s box, not asking its own', () => {
  const p = nest([5000, 9000], [5000, 5400], [5000, 5100])
  p.getBoundingClientRect = () => {
    throw new Error('asked a skipped paragraph for its layout')
  }
  expect(paraBox(p).top).toBe(5000)
  expect(paraBox(p).bottom).toBe(9000)
})

test('in a stretch on screen, a run below the screen answers for its paragraph; on screen, the paragraph answers', () => {
  expect(paraBox(nest([-2000, 2000], [1200, 1600], [1200, 1300])).bottom).toBe(1600)
  expect(paraBox(nest([-2000, 2000], [100, 500], [120, 200])).top).toBe(120)
})

test('a stretch scrolled past answers for what it holds', () => {
  expect(paraBox(nest([-9000, -10], [-400, -100], [-300, -200])).bottom).toBe(-10)
})
