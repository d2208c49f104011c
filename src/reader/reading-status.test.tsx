import { act, render, screen } from '@testing-library/react'
import { expect, test } from 'vitest'
import { START, type PositionStore, type ReadingPosition } from '../reveal/reading-position'
import { READING_WPM } from '../story/words'
import { ReadingStatus } from './reading-status'

/** A position store moved by hand. */
function handStore() {
  let position: ReadingPosition = START
  const listeners = new Set<(p: ReadingPosition) => void>()
  const store: PositionStore = {
    get: () => position,
    subscribe: (l) => (listeners.add(l), () => void listeners.delete(l)),
    follow: () => () => {},
  }
  const moveTo = (progress: number) => {
    position = { ...position, progress }
    for (const l of listeners) l(position)
  }
  return { store, moveTo }
}

// Ten minutes of reading.
const WORDS = 10 * READING_WPM

test('says how much is read and how long is left, to the eye and to assistive technology', () => {
  const { store, moveTo } = handStore()
  render(<ReadingStatus store={store} words={WORDS} />)
  const bar = screen.getByRole('progressbar', { name: 'Reading progress' })
  expect(bar).toHaveTextContent('Read 0% · , about 10 min left')
  act(() => moveTo(0.45))
  expect(bar).toHaveAttribute('aria-valuenow', '45')
  expect(bar).toHaveAttribute('aria-valuetext', 'Read 45%, about 6 min left')
  expect(bar).toHaveTextContent('Read 45% · , about 6 min left')
})

test('the figures change in place: no node is inserted into the page as the reader moves', () => {
  const { store, moveTo } = handStore()
  render(<ReadingStatus store={store} words={WORDS} />)
  const bar = screen.getByRole('progressbar')
  const figures = () => [...bar.querySelectorAll('span')].filter((s) => /^\d+$/.test(s.textContent ?? '')).map((s) => s.firstChild)
  const before = figures()
  expect(before.map((node) => node?.textContent)).toEqual(['0', '10'])
  act(() => moveTo(0.5))
  expect(bar).toHaveTextContent('Read 50%')
  const after = figures()
  expect(after.map((node) => node?.textContent)).toEqual(['50', '5'])
  expect(after[0], 'the same text node').toBe(before[0])
  expect(after[1], 'the same text node').toBe(before[1])
})
