import { afterEach, beforeEach, expect, test, vi } from 'vitest'
import { createVoice, type Fade } from './voice-queue'

/** A paragraph of `lines` lines of `words` words each, as the reader renders them. */
function paragraph(id: string, lines: number, words = 10): HTMLElement {
  const p = document.createElement('p')
  p.id = id
  for (let i = 0; i < lines; i++) {
    const line = document.createElement('span')
    line.className = 'line'
    line.dataset.words = String(words)
    p.append(line)
  }
  return p
}

interface Recorded {
  readonly para: string
  readonly delay: number
  done: boolean
  readonly finish: () => void
}
let fades: Recorded[] = []
let said: string[] = []
const fade = (line: HTMLElement, delay: number): Fade => {
  let finish = () => {}
  const finished = new Promise<void>((r) => (finish = r))
  const rec: Recorded = { para: line.parentElement?.id ?? '', delay, done: false, finish }
  fades.push(rec)
  return {
    complete: () => {
      rec.done = true
      finish()
    },
    finished,
  }
}
const voice = () =>
  createVoice({
    pace: 'natural',
    fade,
    said: (p) => {
      p.dataset.shown = 'paced'
      said.push(p.id)
    },
  })

/** Paragraphs of one line, `ids`, enqueued on `v` in order. */
const enqueueOneLiners = (v: ReturnType<typeof voice>, ...ids: string[]) =>
  ids.map((id) => {
    const p = paragraph(id, 1)
    v.enqueue(p)
    return p
  })

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'performance'] })
  fades = []
  said = []
})
afterEach(() => {
  vi.useRealTimers()
})

test('a paragraph waits, marked queued, until the one before it has been said', () => {
  const v = voice()
  const a = paragraph('a', 2)
  const b = paragraph('b', 1)
  v.enqueue(a)
  v.enqueue(b)
  expect(said).toEqual(['a'])
  expect(a.dataset.queued).toBeUndefined()
  expect(b.dataset.queued).toBe('')
  // a started alone, at the reading pace: 10 words at 250 a minute, 2.4 s a line, and the
  // voice is free once its last line has been read (4.8 s).
  expect(fades.map((f) => [f.para, f.delay])).toEqual([
    ['a', 0],
    ['a', 2.4],
  ])
  vi.advanceTimersByTime(4799)
  expect(said).toEqual(['a'])
  vi.advanceTimersByTime(1)
  expect(said).toEqual(['a', 'b'])
  expect(b.dataset.queued).toBeUndefined()
  expect(v.held().map((p) => p.id)).toEqual(['a', 'b'])
})

test('a paragraph shown at once frees the voice for the next at once, and its fades finish', () => {
  const v = voice()
  const a = paragraph('a', 3)
  const b = paragraph('b', 1)
  v.enqueue(a)
  v.enqueue(b)
  v.release(a)
  const ofA = fades.filter((f) => f.para === 'a')
  expect(ofA.length).toBeGreaterThan(0)
  expect(ofA.every((f) => f.done)).toBe(true)
  expect(said).toEqual(['a', 'b'])
})

test('dropped paragraphs never start, and stop finishes every fade and hands back what still waited', () => {
  const v = voice()
  const [, b] = enqueueOneLiners(v, 'a', 'b', 'c')
  v.drop([b as HTMLElement])
  expect(v.stop().map((p) => p.id)).toEqual(['c'])
  expect(fades.length).toBeGreaterThan(0)
  expect(fades.every((f) => f.done)).toBe(true)
  vi.advanceTimersByTime(10_000)
  expect(said).toEqual(['a'])
  // Stopped: nothing more is said, whatever comes.
  v.enqueue(paragraph('d', 1))
  expect(said).toEqual(['a'])
})

test('a paragraph already shown by the time its turn comes is passed over', () => {
  const v = voice()
  const [, b] = enqueueOneLiners(v, 'a', 'b', 'c')
  ;(b as HTMLElement).dataset.shown = 'now'
  vi.advanceTimersByTime(10_000)
  expect(said).toEqual(['a', 'c'])
})
