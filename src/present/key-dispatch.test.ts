import { describe, expect, test, vi } from 'vitest'
import { commandNamed, type Command } from './commands'
import { commandsForKey, dispatchKey, keyConflicts } from './key-dispatch'
import { fakeContext } from './fake-command-context'

const namesFor = (key: string, shortcuts = true) => commandsForKey({ key }, shortcuts).map((c) => c.name)

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
    ['F', 'fullscreen'],
    ['F5', 'fullscreen'],
    ['b', 'blackout'],
    ['B', 'blackout'],
    ['.', 'blackout'],
    ['a', 'auto'],
    ['A', 'auto'],
    ['+', 'faster'],
    ['=', 'faster'],
    ['-', 'slower'],
    ['_', 'slower'],
    ['q', 'qr'],
    ['Q', 'qr'],
    ['s', 'presenter'],
    ['S', 'presenter'],
    ['?', 'help'],
    ['Escape', 'escape'],
  ])('%j runs %s', (key, name) => {
    expect(namesFor(key)).toEqual([name])
  })

  test('Shift+F5 (a clicker’s “start presentation”) toggles full screen too', () => {
    expect(commandsForKey({ key: 'F5', shiftKey: true }).map((c) => c.name)).toEqual(['fullscreen'])
  })

  test('keys held with Ctrl, Alt or Meta belong to the browser', () => {
    expect(commandsForKey({ key: 'f', ctrlKey: true })).toEqual([])
    expect(commandsForKey({ key: 'ArrowRight', altKey: true })).toEqual([])
    expect(commandsForKey({ key: 'r', metaKey: true })).toEqual([])
  })

  test('with single-key shortcuts off, only named keys work', () => {
    for (const key of ['b', '.', 'a', '+', 'q', 's', '?', 'f', 'F']) expect(namesFor(key, false), key).toEqual([])
    expect(namesFor('PageDown', false)).toEqual(['next'])
    expect(namesFor(' ', false)).toEqual(['next'])
    expect(namesFor('F5', false)).toEqual(['fullscreen'])
    expect(namesFor('Escape', false)).toEqual(['escape'])
  })

  test('no key is bound to two commands', () => {
    expect(keyConflicts()).toEqual([])
  })

  test('a key bound to two commands is found, so the test above would fail', () => {
    expect(keyConflicts([commandNamed('blackout'), { ...commandNamed('help'), match: ['?', '.'] }])).toEqual([{ key: '.', names: ['blackout', 'help'] }])
  })

  test('unknown keys run nothing', () => {
    expect(commandsForKey({ key: 'x' })).toEqual([])
  })
})

describe('dispatching a key', () => {
  test('runs the bound command’s perform, after claiming the key from the browser', () => {
    const context = fakeContext()
    const order: string[] = []
    context.dispatch.mockImplementation(() => order.push('perform'))
    const ran = dispatchKey({ key: 'PageDown', preventDefault: () => order.push('preventDefault') }, context)
    expect(ran?.name).toBe('next')
    expect(context.dispatch).toHaveBeenCalledWith('next')
    expect(order).toEqual(['preventDefault', 'perform'])
  })

  test('leaves an unbound key to the browser', () => {
    const preventDefault = vi.fn()
    expect(dispatchKey({ key: 'x', preventDefault }, fakeContext())).toBeNull()
    expect(preventDefault).not.toHaveBeenCalled()
  })

  test('leaves a letter alone while single-key shortcuts are off', () => {
    const context = fakeContext()
    expect(dispatchKey({ key: 'b' }, context, false)).toBeNull()
    expect(context.dispatch).not.toHaveBeenCalled()
  })

  test('a key bound to two commands runs neither and warns, never throws', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {})
    const first = vi.fn()
    const second = vi.fn()
    const preventDefault = vi.fn()
    const conflicting: Command[] = [
      { ...commandNamed('blackout'), perform: first },
      { ...commandNamed('help'), match: ['?', '.'], perform: second },
    ]
    expect(() => dispatchKey({ key: '.', preventDefault }, fakeContext(), true, conflicting)).not.toThrow()
    expect(dispatchKey({ key: '.' }, fakeContext(), true, conflicting)).toBeNull()
    expect(first).not.toHaveBeenCalled()
    expect(second).not.toHaveBeenCalled()
    expect(preventDefault).not.toHaveBeenCalled()
    expect(warn).toHaveBeenCalledWith(expect.stringMatching(/"\." is bound to blackout and help/))
    // The other keys of the same list still work.
    expect(dispatchKey({ key: 'b' }, fakeContext(), true, conflicting)?.name).toBe('blackout')
    expect(first).toHaveBeenCalledOnce()
  })
})
