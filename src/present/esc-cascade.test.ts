import { describe, expect, test } from 'vitest'
import { escAction, type EscSnapshot } from './esc-cascade'

const calm: EscSnapshot = { overlay: 'none', blocked: false, fullscreen: false }

describe('Esc does one thing a press, the nearest first', () => {
  test.each(['help', 'qr'] as const)('an open %s overlay closes first, even over a blocked notice in full screen', (overlay) => {
    expect(escAction({ overlay, blocked: true, fullscreen: true })).toBe('close-overlay')
    expect(escAction({ ...calm, overlay })).toBe('close-overlay')
  })

  test('then the blocked-window notice goes, before full screen is left', () => {
    expect(escAction({ ...calm, blocked: true, fullscreen: true })).toBe('dismiss-blocked')
    expect(escAction({ ...calm, blocked: true })).toBe('dismiss-blocked')
  })

  test('then full screen is left, without leaving the presentation', () => {
    expect(escAction({ ...calm, fullscreen: true })).toBe('exit-fullscreen')
  })

  test('with nothing open and not full screen, it leaves for the reader', () => {
    expect(escAction(calm)).toBe('leave')
  })
})
