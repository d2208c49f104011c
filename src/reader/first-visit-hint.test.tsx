import { act, render, screen } from '@testing-library/react'
import { afterEach, beforeEach, expect, test, vi } from 'vitest'
import { FirstVisitHint } from './first-visit-hint'

const HINT = /the story unfolds as you scroll/i

beforeEach(() => vi.useFakeTimers())
afterEach(() => vi.useRealTimers())

test('a first-time reader is told once how the story unfolds, and the hint goes after a few seconds', () => {
  const first = render(<FirstVisitHint active />)
  expect(screen.queryByText(HINT), 'not in the page’s start: it comes in a task of its own').toBeNull()
  act(() => vi.advanceTimersByTime(0))
  expect(screen.getByRole('status')).toHaveTextContent(HINT)
  act(() => vi.advanceTimersByTime(6000))
  expect(screen.queryByText(HINT)).toBeNull()
  first.unmount()

  render(<FirstVisitHint active />)
  act(() => vi.runAllTimers())
  expect(screen.queryByText(HINT), 'the next page does not say it again').toBeNull()
})

test('with the pace off there is nothing to explain, and the hint stays for the next visit', () => {
  render(<FirstVisitHint active={false} />)
  act(() => vi.runAllTimers())
  expect(screen.queryByText(HINT)).toBeNull()
  expect(localStorage.length, 'nothing remembered').toBe(0)
})

test('leaving before its turn shows nothing and leaves no timer behind', () => {
  const view = render(<FirstVisitHint active />)
  view.unmount()
  expect(vi.getTimerCount()).toBe(0)
})
