import { act, render } from '@testing-library/react'
import { afterEach, expect, test, vi } from 'vitest'
import library from 'virtual:library'
import { buildDeck } from './slides'
import { Stage } from './stage'

const deck = buildDeck(library, 'buffy')!
const slides = deck.slides

// jsdom has no matchMedia. framer-motion reads "prefers-reduced-motion" once and then follows
// its change events, so the stub keeps its listeners and `setReducedMotion` fires them.
let reduce = false
const listeners = new Set<() => void>()
Object.defineProperty(window, 'matchMedia', {
  configurable: true,
  value: (query: string) => ({
    get matches() {
      return query.includes('reduce') && reduce
    },
    media: query,
    onchange: null,
    addEventListener: (_: string, f: () => void) => listeners.add(f),
    removeEventListener: (_: string, f: () => void) => listeners.delete(f),
    addListener: (f: () => void) => listeners.add(f),
    removeListener: (f: () => void) => listeners.delete(f),
    dispatchEvent: () => false,
  }),
})
function setReducedMotion(on: boolean) {
  reduce = on
  for (const f of listeners) f()
}

afterEach(() => vi.useRealTimers())

/** The text of each slide named (not leaving), and how many are fading out. */
function onStage(container: HTMLElement) {
  const named = container.querySelectorAll('.stage-slide:not(.is-leaving)')
  return {
    named: [...named].map((el) => el.textContent),
    leaving: container.querySelectorAll('.stage-slide.is-leaving').length,
  }
}

test('however fast the steps come, the slide named is the one on the stage, and at most one other fades out', () => {
  vi.useFakeTimers()
  const { container, rerender } = render(<Stage deck={deck} slide={slides[1]!} animated />)
  expect(onStage(container)).toEqual({ named: [expect.stringContaining(slides[1]!.parts[0]!.lines[0]!.text)], leaving: 0 })
  // Forwards, back, forwards again: each step within the previous one's fade.
  for (const i of [2, 3, 2, 1, 2, 4, 3]) {
    rerender(<Stage deck={deck} slide={slides[i]!} animated />)
    const { named, leaving } = onStage(container)
    expect(named).toHaveLength(1)
    expect(named[0]).toContain(slides[i]!.parts[0]!.lines[0]!.text)
    expect(leaving).toBe(1)
    act(() => vi.advanceTimersByTime(100))
  }
  // The one fading out is gone once its fade is over, even if no animation frame ever ran.
  act(() => vi.advanceTimersByTime(1000))
  expect(onStage(container).leaving).toBe(0)
  expect(onStage(container).named[0]).toContain(slides[3]!.parts[0]!.lines[0]!.text)
})

test('the old slide is hidden from assistive technology while it fades', () => {
  const { container, rerender } = render(<Stage deck={deck} slide={slides[1]!} animated />)
  rerender(<Stage deck={deck} slide={slides[2]!} animated />)
  expect(container.querySelector('.is-leaving')?.getAttribute('aria-hidden')).toBe('true')
  expect(container.querySelector('.stage-slide:not(.is-leaving)')?.hasAttribute('aria-hidden')).toBe(false)
})

test('before the page is live, or with reduced motion, a step replaces the slide at once', () => {
  const { container, rerender } = render(<Stage deck={deck} slide={slides[1]!} animated={false} />)
  rerender(<Stage deck={deck} slide={slides[2]!} animated={false} />)
  expect(onStage(container).leaving).toBe(0)

  setReducedMotion(true)
  // framer-motion says once that the device asks for reduced motion: here that is the point.
  const warn = vi.spyOn(console, 'warn').mockImplementation(() => {})
  try {
    const reduced = render(<Stage deck={deck} slide={slides[1]!} animated />)
    reduced.rerender(<Stage deck={deck} slide={slides[2]!} animated />)
    expect(onStage(reduced.container)).toEqual({ named: [expect.stringContaining(slides[2]!.parts[0]!.lines[0]!.text)], leaving: 0 })
  } finally {
    setReducedMotion(false)
    warn.mockRestore()
  }
})
