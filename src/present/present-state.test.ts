import { describe, expect, test } from 'vitest'
import { INITIAL_STATE, PACE_LEVELS, holdMs, step } from './present-state'

describe('stepping', () => {
  const at = (index: number, more = {}) => ({ ...INITIAL_STATE, index, ...more })

  test('next and previous stay within the slides', () => {
    expect(step(at(0), 'next', 3).index).toBe(1)
    expect(step(at(2), 'next', 3).index).toBe(2)
    expect(step(at(0), 'prev', 3).index).toBe(0)
    expect(step(at(1), 'last', 3).index).toBe(2)
    expect(step(at(2), 'first', 3).index).toBe(0)
  })

  test('an empty deck stays at 0', () => {
    expect(step(at(0), 'next', 0).index).toBe(0)
  })

  test('blackout toggles, and moving first brings the stage back without moving', () => {
    const black = step(at(1), 'blackout', 3)
    expect(black.blackout).toBe(true)
    expect(step(black, 'blackout', 3).blackout).toBe(false)
    expect(step(black, 'next', 3)).toMatchObject({ blackout: false, index: 1 })
  })

  test('auto-advance ticks to the end, then stops, or loops to the title when asked', () => {
    const on = step(at(1), 'auto', 3)
    expect(step(on, 'tick', 3).index).toBe(2)
    expect(step(step(on, 'tick', 3), 'tick', 3)).toMatchObject({ index: 2, auto: false })
    const looping = step(step(on, 'loop', 3), 'tick', 3)
    expect(step(looping, 'tick', 3)).toMatchObject({ index: 0, auto: true })
  })

  test('the pace stays within its levels', () => {
    let s = at(0)
    for (let i = 0; i < 10; i++) s = step(s, 'faster', 3)
    expect(s.paceLevel).toBe(PACE_LEVELS.length - 1)
    for (let i = 0; i < 10; i++) s = step(s, 'slower', 3)
    expect(s.paceLevel).toBe(0)
  })

  test('help and QR are overlays that close', () => {
    const help = step(at(0), 'help', 3)
    expect(help.overlay).toBe('help')
    expect(step(help, 'qr', 3).overlay).toBe('qr')
    expect(step(help, 'close', 3).overlay).toBe('none')
  })
})

test('a slide is held for its reading time at the pace, and slower paces hold longer', () => {
  // 17 words at the middle pace (170 wpm) take 6 s to read, after 1.5 s to take the slide in.
  expect(holdMs(17, 2)).toBe(7500)
  expect(holdMs(10, 0)).toBeGreaterThan(holdMs(10, 4))
  expect(holdMs(0, 2)).toBe(5000)
})
