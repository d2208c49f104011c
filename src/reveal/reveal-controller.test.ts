import { afterEach, beforeEach, expect, test, vi } from 'vitest'
import { mockIsIntersecting, resetIntersectionMocking, setupIntersectionMocking } from 'react-intersection-observer/test-utils'
import { createRevealController, type Fade, type RevealController } from './reveal-controller'
import { MIN_GAP, lineDelays } from './reveal-schedule'

/**
 * A story laid out by hand (jsdom has no layout): paragraph `i` of a column is 180 px
 * tall (with a 20 px margin) at y = 200·i, in a window 800 px high scrolled to `scrollY`; columns sit side by
 * side at x = 0 and x = 600, or stacked (x = 0) when `stacked`.
 */
const screenHeight = 800
let scrollY = 0

function story(columns: Record<string, number[]>, { stacked = false } = {}): HTMLElement {
  const root = document.createElement('div')
  Object.entries(columns).forEach(([flow, paragraphs], c) => {
    paragraphs.forEach((lineWords, i) => {
      const p = document.createElement('p')
      p.dataset.para = ''
      p.dataset.flow = flow
      p.id = `${flow}-${i}`
      for (let l = 0; l < lineWords; l++) {
        const line = document.createElement('span')
        line.className = 'line'
        line.dataset.words = '5'
        p.append(line)
      }
      const top = 200 * i
      const left = stacked ? 0 : 600 * c
      p.getBoundingClientRect = () => ({
        top: top - scrollY,
        bottom: top + 180 - scrollY,
        left,
        right: left + 500,
        width: 500,
        height: 180,
        x: left,
        y: top - scrollY,
        toJSON: () => ({}),
      })
      root.append(p)
    })
  })
  document.body.append(root)
  return root
}

interface Recorded {
  line: HTMLElement
  delay: number
  done: boolean
}

let fades: Recorded[] = []
const recordFade = (line: HTMLElement, delay: number): Fade => {
  const rec: Recorded = { line, delay, done: false }
  fades.push(rec)
  let finish = () => {}
  const finished = new Promise<void>((r) => (finish = r))
  return {
    complete: () => {
      rec.done = true
      finish()
    },
    finished,
  }
}
const fadesOf = (p: Element) => fades.filter((f) => p.contains(f.line))
/** `p`'s lines were faded in, and every fade has finished (not only none left running). */
const expectFinished = (p: Element) => {
  expect(fadesOf(p).length, 'its lines were faded in').toBeGreaterThan(0)
  expect(fadesOf(p).every((f) => f.done)).toBe(true)
}
const para = (id: string) => document.getElementById(id) as HTMLElement
/** The next frame, after which the paragraphs that reached the zone are played. */
const flush = () => {
  vi.advanceTimersToNextFrame()
  // (A timeout of 0 is 1 ms to the fake clock.)
  vi.advanceTimersByTime(1)
}

let controller: RevealController | undefined
beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'requestAnimationFrame', 'cancelAnimationFrame', 'performance'] })
  setupIntersectionMocking(vi.fn)
  scrollY = 0
  fades = []
  vi.stubGlobal('innerHeight', screenHeight)
  vi.stubGlobal('scrollY', 0)
})
afterEach(() => {
  controller?.unbind()
  controller = undefined
  resetIntersectionMocking()
  document.body.innerHTML = ''
  vi.unstubAllGlobals()
  vi.useRealTimers()
})

/** Binds the reveals of `root` and lets the frame after pass, where they first look at the page. */
function bind(root: HTMLElement, pace: 'natural' | 'off' = 'natural') {
  controller = createRevealController(root, { pace, settleMs: 0, fade: recordFade })
  controller.bind()
  flush()
  return controller
}

test('binding reads no geometry and hides nothing: the first look at the page is in the next frame, once it is drawn', () => {
  const root = story({ a: [2, 2, 2, 2, 2, 2] })
  const paras = [...root.querySelectorAll<HTMLElement>('[data-para]')]
  const measured = paras.map((p) => vi.spyOn(p, 'getBoundingClientRect'))
  controller = createRevealController(root, { pace: 'natural', settleMs: 0, fade: recordFade })
  controller.bind()
  expect(measured.every((m) => m.mock.calls.length === 0)).toBe(true)
  expect(root.dataset.reveal).toBeUndefined()
  expect(root.querySelector('[data-armed]')).toBeNull()
  flush()
  expect(measured.some((m) => m.mock.calls.length > 0)).toBe(true)
  expect(root.dataset.reveal).toBe('paced')
  expect(para('a-4').dataset.armed).toBe('')
})

test('unbound before its first frame, it never hides anything', () => {
  const root = story({ a: [2, 2, 2, 2, 2, 2] })
  controller = createRevealController(root, { pace: 'natural', settleMs: 0, fade: recordFade })
  controller.bind()
  controller.unbind()
  flush()
  expect(root.dataset.reveal).toBeUndefined()
  expect(root.querySelector('[data-armed]')).toBeNull()
})

test('what is on screen when bound stays shown; what is below is hidden and watched, two screens ahead at most', () => {
  const root = story({ a: [2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2] })
  bind(root)
  expect(root.dataset.reveal).toBe('paced')
  const state = [...root.querySelectorAll<HTMLElement>('[data-para]')].map((p) => (p.dataset.shown ? 'shown' : p.dataset.armed !== undefined ? 'armed' : 'untouched'))
  // 0–3 start on screen (top < 800); 4–12 start within two screens below it (top ≤ 2400); 13+ wait.
  expect(state).toEqual([...Array(4).fill('shown'), ...Array(9).fill('armed'), ...Array(2).fill('untouched')])
})

test('a long stretch coming within reach at once (one box for all its paragraphs) is hidden over a few frames, 16 at a time', () => {
  // 4 paragraphs on screen and one just below it, then a stretch of 100 the browser skips: each answers with the stretch's box.
  const root = story({ a: Array(105).fill(1) })
  const stretch = [...root.querySelectorAll<HTMLElement>('[data-para]')].slice(5)
  for (const p of stretch) p.getBoundingClientRect = () => DOMRect.fromRect({ x: 0, y: 1000 - scrollY, width: 500, height: 4000 })
  bind(root)
  const armed = () => root.querySelectorAll('[data-armed]').length
  expect(armed(), 'the first frame: 16 looked at, the 4 on screen kept').toBe(12)
  flush()
  expect(armed(), 'the next, without a scroll').toBe(28)
  for (let i = 0; i < 5; i++) flush()
  expect(armed(), 'all 101, six frames later').toBe(101)
  expect(root.querySelectorAll('[data-shown]')).toHaveLength(4)
})

test('what a flick carries above the screen is shown over a few frames, 32 at a time, out of sight', () => {
  const root = story({ a: Array(150).fill(1) })
  bind(root)
  // A jump of 100 paragraphs: 0–99 now end above the screen.
  scrollY = 100 * 200
  vi.stubGlobal('scrollY', scrollY)
  window.dispatchEvent(new Event('scroll'))
  flush()
  const shownAbove = () => [...root.querySelectorAll<HTMLElement>('[data-shown]')].filter((p) => p.getBoundingClientRect().bottom <= 0).length
  expect(shownAbove(), 'the 4 on screen at the start, and 32 more').toBe(36)
  for (let i = 0; i < 3; i++) flush()
  expect(shownAbove(), 'all of them, three frames later').toBe(100)
})

test('a paragraph reaching the zone plays its lines at the reading pace', () => {
  const root = story({ a: [1, 1, 1, 1, 3] })
  bind(root)
  mockIsIntersecting(para('a-4'), true)
  flush()
  expect(para('a-4').dataset.shown).toBe('paced')
  expect(fadesOf(para('a-4')).map((f) => f.delay)).toEqual(lineDelays([5, 5, 5], 'natural'))
})

test('two paragraphs entering together are one voice: the second waits for the lines of the first, never interleaving', () => {
  const root = story({ a: [1, 1, 1, 1, 3, 2] })
  bind(root)
  // Reported in reverse order: the voice still speaks in document order.
  mockIsIntersecting(para('a-5'), true)
  mockIsIntersecting(para('a-4'), true)
  flush()
  expect(fadesOf(para('a-4')).map((f) => f.delay)).toEqual(lineDelays([5, 5, 5], 'natural'))
  expect(fadesOf(para('a-5'))).toEqual([])
  expect(para('a-5').dataset.queued).toBe('')
  // The first paragraph's three lines of 5 words: 1.2 s each to read, the last one included.
  vi.advanceTimersByTime(3599)
  expect(fadesOf(para('a-5'))).toEqual([])
  vi.advanceTimersByTime(1)
  expect(fadesOf(para('a-5')).map((f) => f.delay)).toEqual(lineDelays([5, 5], 'natural'))
  expect(para('a-5').dataset.shown).toBe('paced')
})

test('with more paragraphs waiting, the voice hurries to catch up with the reader, one paragraph at a time', () => {
  const root = story({ a: [1, 1, 1, 1, 2, 2, 2] })
  bind(root)
  mockIsIntersecting(para('a-4'), true)
  flush()
  mockIsIntersecting(para('a-5'), true)
  mockIsIntersecting(para('a-6'), true)
  flush()
  vi.advanceTimersByTime(2400)
  // a-6 still waits behind a-5: a-5 is spoken at the quickest gap.
  expect(fadesOf(para('a-5')).map((f) => f.delay)).toEqual([0, MIN_GAP])
  expect(fadesOf(para('a-6'))).toEqual([])
  vi.advanceTimersByTime(2 * MIN_GAP * 1000)
  expect(fadesOf(para('a-6')).map((f) => f.delay)).toEqual(lineDelays([5, 5], 'natural'))
})

test('side by side, each column is its own voice; stacked on a phone, the columns are one', () => {
  const wide = story({ left: [1, 1, 1, 1, 2], right: [1, 1, 1, 1, 2] })
  bind(wide)
  mockIsIntersecting(para('left-4'), true)
  mockIsIntersecting(para('right-4'), true)
  flush()
  expect(fadesOf(para('right-4'))[0]?.delay).toBe(0)
  expect(fadesOf(para('left-4'))[0]?.delay).toBe(0)
  controller?.unbind()
  document.body.innerHTML = ''
  fades = []
  const phone = story({ left: [1, 1, 1, 1, 2], right: [1, 1, 1, 1, 1, 2] }, { stacked: true })
  bind(phone)
  mockIsIntersecting(para('left-4'), true)
  mockIsIntersecting(para('right-5'), true)
  flush()
  expect(fadesOf(para('left-4'))).toHaveLength(2)
  expect(fadesOf(para('right-5'))).toEqual([])
  vi.advanceTimersByTime(2400)
  expect(fadesOf(para('right-5'))).toHaveLength(2)
})

test('a waiting paragraph that reaches the reader’s eye is shown at once, with what its voice says before it', () => {
  const root = story({ a: [1, 1, 1, 1, 3, 3, 2] })
  bind(root)
  mockIsIntersecting(para('a-4'), true)
  mockIsIntersecting(para('a-5'), true)
  flush()
  expect(para('a-5').dataset.shown).toBeUndefined()
  // The reader scrolls on: paragraph 5 (y = 1000) reaches the eye line (35% of 800 px).
  scrollY = 740
  vi.stubGlobal('scrollY', scrollY)
  window.dispatchEvent(new Event('scroll'))
  flush()
  expect(para('a-5').dataset.shown).toBe('now')
  expectFinished(para('a-4'))
  expect(para('a-6').dataset.shown).toBeUndefined()
})

test('showThrough shows every paragraph down to an element at once, and the ones above a playing one too', () => {
  const root = story({ a: [1, 1, 1, 1, 2, 2, 2, 2] })
  bind(root)
  mockIsIntersecting(para('a-4'), true)
  mockIsIntersecting(para('a-5'), true)
  flush()
  controller?.showThrough(para('a-6'))
  expect(['a-4', 'a-5', 'a-6'].map((id) => para(id).dataset.shown)).toEqual(['paced', 'now', 'now'])
  expect(para('a-5').dataset.queued).toBeUndefined()
  expectFinished(para('a-4'))
  expect(para('a-7').dataset.shown).toBeUndefined()
})

test('pace off shows everything and watches nothing; unbinding twice is safe and finishes every fade', () => {
  const off = story({ a: [1, 1, 1, 1, 1, 1] })
  bind(off, 'off')
  expect(off.dataset.reveal).toBe('all')
  expect(off.querySelector('[data-armed]')).toBeNull()
  controller?.unbind()
  document.body.innerHTML = ''
  const root = story({ a: [1, 1, 1, 1, 3] })
  const c = bind(root)
  mockIsIntersecting(para('a-4'), true)
  flush()
  c.unbind()
  c.unbind()
  expectFinished(para('a-4'))
})

test('a flick skips the show: what was hidden ahead is shown at once as it arrives, also in the still frames between wheel steps, and nothing more is hidden until the page slows', () => {
  const root = story({ a: Array.from({ length: 60 }, () => 2) })
  bind(root)
  expect(para('a-8').dataset.armed, 'hidden ahead before the flick').toBe('')
  // A wheel moves the page in steps: 300 px, then frames in which it stands still.
  for (scrollY = 300; scrollY <= 6000; scrollY += 300) {
    vi.stubGlobal('scrollY', scrollY)
    window.dispatchEvent(new Event('scroll'))
    flush()
    window.dispatchEvent(new Event('resize'))
    flush()
    if (scrollY === 900) {
      // a-8 (at 1,600 px) reaches the zone in a still frame.
      mockIsIntersecting(para('a-8'), true)
      flush()
      expect(para('a-8').dataset.shown).toBe('now')
      expect(fadesOf(para('a-8'))).toEqual([])
    }
  }
  // a-36 (at 7,200 px) is within two screens of the page's end now, but the page is still moving fast.
  expect(para('a-36').dataset.armed, 'nothing hidden while flicked').toBeUndefined()
  expect(root.querySelectorAll('[data-armed]:not([data-shown])'), 'nothing left hidden').toHaveLength(0)
  expect(para('a-33').dataset.shown, 'what the flick stopped on is shown').toBe('now')
  // The page rests; the next look (a small move) hides what is ahead again, and it plays.
  vi.advanceTimersByTime(600)
  vi.stubGlobal('scrollY', (scrollY = 6010))
  window.dispatchEvent(new Event('scroll'))
  flush()
  expect(para('a-36').dataset.armed).toBe('')
  expect(para('a-36').dataset.shown).toBeUndefined()
  expect(para('a-30').dataset.shown, 'what is on screen stays shown').toBe('now')
  mockIsIntersecting(para('a-36'), true)
  flush()
  expect(para('a-36').dataset.shown, 'its lines played at the reading pace').toBe('paced')
  expect(fadesOf(para('a-36')).map((f) => f.delay)).toEqual(lineDelays([5, 5], 'natural'))
})
