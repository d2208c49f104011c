import { vi } from 'vitest'
import type { CommandContext } from './commands'
import type { EscSnapshot } from './esc-cascade'

// For the tests only: a CommandContext to hand a command's perform.
/** A context whose every effect is a spy; Esc sees `esc`. */
export function fakeContext(esc: Partial<EscSnapshot> = {}) {
  return {
    dispatch: vi.fn(),
    toggleFullscreen: vi.fn(),
    exitFullscreen: vi.fn(),
    openPresenter: vi.fn(),
    dismissBlocked: vi.fn(),
    toggleShortcuts: vi.fn(),
    leave: vi.fn(),
    escSnapshot: () => ({ overlay: 'none', blocked: false, fullscreen: false, ...esc }) as const,
  } satisfies CommandContext
}
