import { afterEach, beforeEach, expect, test, vi } from 'vitest'
import { quietPointerWhileScrolling } from './quiet-pointer'

let stop = () => {}
let heard: string[] = []
const record = (e: Event) => heard.push(`${e.type} ${(e.target as Element).id}${e instanceof MouseEvent && e.relatedTarget ? ` from/to ${(e.relatedTarget as Element).id}` : ''}`)
const types = ['pointerover', 'pointerout', 'mouseover', 'mouseout']

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'performance'] })
  document.body.innerHTML = '<p id="a">one</p><p id="b">two</p><p id="c">three</p>'
  heard = []
  // Where React listens: below the window, at the page's root.
  for (const t of types) document.body.addEventListener(t, record)
  stop = quietPointerWhileScrolling(window, 150)
})
afterEach(() => {
  stop()
  for (const t of types) document.body.removeEventListener(t, record)
  vi.useRealTimers()
})

const el = (id: string) => document.getElementById(id) as HTMLElement
/** The browser's four events as the pointer crosses from `from` into `to` (as a scroll moves the text under it). */
const cross = (from: string, to: string) => {
  el(from).dispatchEvent(new MouseEvent('pointerout', { bubbles: true, relatedTarget: el(to), clientX: 5, clientY: 6 }))
  el(from).dispatchEvent(new MouseEvent('mouseout', { bubbles: true, relatedTarget: el(to), clientX: 5, clientY: 6 }))
  el(to).dispatchEvent(new MouseEvent('pointerover', { bubbles: true, relatedTarget: el(from), clientX: 5, clientY: 6 }))
  el(to).dispatchEvent(new MouseEvent('mouseover', { bubbles: true, relatedTarget: el(from), clientX: 5, clientY: 6 }))
}
const scroll = () => document.dispatchEvent(new Event('scroll', { bubbles: true }))

test('while the page is still, every crossing reaches the page', () => {
  cross('a', 'b')
  expect(heard).toEqual(['pointerout a from/to b', 'mouseout a from/to b', 'pointerover b from/to a', 'mouseover b from/to a'])
})

test('while the page scrolls, crossings stop at the window; once it is still, the page hears one pair, from where the pointer was to where it is', () => {
  scroll()
  cross('a', 'b')
  vi.advanceTimersByTime(100)
  scroll()
  cross('b', 'c')
  vi.advanceTimersByTime(100)
  expect(heard).toEqual([])
  vi.advanceTimersByTime(60)
  expect(heard).toEqual(['pointerout a from/to c', 'mouseout a from/to c', 'pointerover c from/to a', 'mouseover c from/to a'])
  heard = []
  cross('c', 'b')
  expect(heard).toHaveLength(4)
})

test('a scroll that ends where the pointer started replays nothing', () => {
  scroll()
  cross('a', 'b')
  cross('b', 'a')
  vi.advanceTimersByTime(200)
  expect(heard).toEqual([])
})

test('a scroll with no crossing replays nothing, and a line taken off the page meanwhile is left alone', () => {
  scroll()
  vi.advanceTimersByTime(200)
  expect(heard).toEqual([])
  scroll()
  cross('a', 'b')
  el('a').remove()
  vi.advanceTimersByTime(200)
  expect(heard).toEqual(['pointerover b', 'mouseover b'])
})

test('stopping twice is safe, and after it nothing is held back', () => {
  stop()
  stop()
  scroll()
  cross('a', 'b')
  expect(heard).toHaveLength(4)
})
