import { describe, expect, test, vi } from 'vitest'
import { COMMANDS, commandNamed } from './commands'
import type { EscSnapshot } from './esc-cascade'
import { fakeContext } from './fake-command-context'

describe('the command list', () => {
  test('each command has its own name, and the buttons-only ones (loop, letter keys) have no key', () => {
    const names = COMMANDS.map((c) => c.name)
    expect(new Set(names).size).toBe(names.length)
    for (const name of names) expect(commandNamed(name).name).toBe(name)
    expect(COMMANDS.filter((c) => c.match.length === 0).map((c) => c.name)).toEqual(['loop', 'shortcuts'])
  })
})

describe('each command performs itself', () => {
  test.each(['next', 'prev', 'first', 'last', 'blackout', 'auto', 'faster', 'slower', 'loop', 'qr', 'help'] as const)('%s changes the state through the reducer', (name) => {
    const context = fakeContext()
    commandNamed(name).perform(context)
    expect(context.dispatch).toHaveBeenCalledExactlyOnceWith(name)
  })

  test.each([
    ['fullscreen', 'toggleFullscreen'],
    ['presenter', 'openPresenter'],
    ['shortcuts', 'toggleShortcuts'],
  ] as const)('%s runs its effect (%s) and changes no state', (name, effect) => {
    const context = fakeContext()
    commandNamed(name).perform(context)
    expect(context[effect]).toHaveBeenCalledOnce()
    expect(context.dispatch).not.toHaveBeenCalled()
  })

  test('Esc does what the cascade says, and only that', () => {
    const esc = (snapshot: Partial<EscSnapshot>) => {
      const context = fakeContext(snapshot)
      commandNamed('escape').perform(context)
      const called = Object.entries(context).filter(([, f]) => vi.isMockFunction(f) && f.mock.calls.length > 0)
      return called.map(([k, f]) => (k === 'dispatch' ? `dispatch ${String((f as typeof context.dispatch).mock.calls[0]?.[0])}` : k))
    }
    expect(esc({ overlay: 'help', fullscreen: true })).toEqual(['dispatch close'])
    expect(esc({ blocked: true, fullscreen: true })).toEqual(['dismissBlocked'])
    expect(esc({ fullscreen: true })).toEqual(['exitFullscreen'])
    expect(esc({})).toEqual(['leave'])
  })
})
