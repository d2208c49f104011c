import { render } from '@testing-library/react'
import { expect, test } from 'vitest'
import type { Paragraph, Story } from '../story/story-types'
import { RUNS_PER_STRETCH, RUN_LENGTH } from './runs'
import { StoryBody } from './story-body'

const paragraph = (n: number): Paragraph => ({ lines: [{ id: `line-${n}`, spans: [{ text: `Line ${n}.` }], text: `Line ${n}.`, words: 2, kind: 'prose' }] })

const storyOf = (counts: number[]): Story => {
  let n = 0
  return {
    id: 'long',
    title: 'A long night',
    perspective: 'Spike',
    tint: 'cool',
    meta: {},
    words: 0,
    beats: counts.map((count, b) => ({ id: `beat-${b}`, label: `Beat ${b}`, paragraphs: Array.from({ length: count }, () => paragraph(n++)) })),
  }
}

const whole = RUN_LENGTH * RUNS_PER_STRETCH

test('a long beat comes in stretches of whole runs, the runs left over on their own, every paragraph once and in order', () => {
  const { container } = render(<StoryBody story={storyOf([2 * whole + RUN_LENGTH + 3])} tellings={[]} />)
  const beat = container.querySelector('section') as HTMLElement
  const stretches = beat.querySelectorAll(':scope > [data-run="stretch"]')
  expect(stretches).toHaveLength(2)
  for (const stretch of stretches) {
    expect(stretch.querySelectorAll(':scope > [data-run=""]')).toHaveLength(RUNS_PER_STRETCH)
    expect(stretch.querySelectorAll('[data-para]')).toHaveLength(whole)
  }
  // What does not fill a stretch: a whole run and a short one, straight in the beat.
  expect([...beat.querySelectorAll(':scope > [data-run=""]')].map((run) => run.querySelectorAll('[data-para]').length)).toEqual([RUN_LENGTH, 3])
  const ids = [...container.querySelectorAll('[data-line]')].map((line) => line.id)
  expect(ids).toEqual(Array.from({ length: 2 * whole + RUN_LENGTH + 3 }, (_, n) => `line-${n}`))
  expect(container.querySelectorAll('[data-opens-beat]')).toHaveLength(1)
  expect(container.querySelector('[data-para]')?.hasAttribute('data-opens-beat')).toBe(true)
})

test('a beat of today’s length has no stretch: its runs are skipped as they were', () => {
  const { container } = render(<StoryBody story={storyOf([30, 5])} tellings={[]} />)
  expect(container.querySelector('[data-run="stretch"]')).toBeNull()
  expect([...container.querySelectorAll('[data-run]')].map((run) => run.querySelectorAll('[data-para]').length)).toEqual([12, 12, 6, 5])
})
