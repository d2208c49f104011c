import { describe, expect, test } from 'vitest'
import { COMMANDS, commandForKey } from './commands'

describe('the key map', () => {
  test.each([
    ['ArrowRight', 'next'],
    ['ArrowDown', 'next'],
    [' ', 'next'],
    ['PageDown', 'next'],
    ['Enter', 'next'],
    ['ArrowLeft', 'prev'],
    ['ArrowUp', 'prev'],
    ['PageUp', 'prev'],
    ['Backspace', 'prev'],
    ['Home', 'first'],
    ['End', 'last'],
    ['f', 'fullscreen'],
    ['F5', 'fullscreen'],
    ['b', 'blackout'],
    ['.', 'blackout'],
    ['a', 'auto'],
    ['+', 'faster'],
    ['-', 'slower'],
    ['q', 'qr'],
    ['s', 'presenter'],
    ['?', 'help'],
    ['Escape', 'escape'],
  ])('%j runs %s', (key, name) => {
    expect(commandForKey({ key })).toBe(name)
  })

  test('Shift+F5 (a clicker’s “start presentation”) toggles full screen too', () => {
    expect(commandForKey({ key: 'F5', shiftKey: true })).toBe('fullscreen')
  })

  test('keys held with Ctrl, Alt or Meta belong to the browser', () => {
    expect(commandForKey({ key: 'f', ctrlKey: true })).toBeNull()
    expect(commandForKey({ key: 'ArrowRight', altKey: true })).toBeNull()
    expect(commandForKey({ key: 'r', metaKey: true })).toBeNull()
  })

  test('with single-key shortcuts off, only named keys work', () => {
    for (const key of ['b', '.', 'a', '+', 'q', 's', '?', 'f']) expect(commandForKey({ key }, false), key).toBeNull()
    expect(commandForKey({ key: 'PageDown' }, false)).toBe('next')
    expect(commandForKey({ key: 'F5' }, false)).toBe('fullscreen')
  })

  test('no key runs two commands', () => {
    const keys = COMMANDS.flatMap((c) => c.match)
    expect(new Set(keys).size).toBe(keys.length)
  })

  test('unknown keys run nothing', () => {
    expect(commandForKey({ key: 'x' })).toBeNull()
  })
})
