import { useEffect, useRef } from 'react'
import type { PresentState } from './commands'

type Shared = Pick<PresentState, 'index' | 'blackout' | 'auto' | 'paceLevel' | 'loop'>
type Message = { type: 'hello' } | { type: 'state'; state: Shared }

const pick = (s: PresentState): Shared => ({ index: s.index, blackout: s.blackout, auto: s.auto, paceLevel: s.paceLevel, loop: s.loop })
const same = (a: Shared, b: Shared) => a.index === b.index && a.blackout === b.blackout && a.auto === b.auto && a.paceLevel === b.paceLevel && a.loop === b.loop

/**
 * Keeps every window presenting `deckId` in step (audience and presenter, same browser, no
 * server): each change is broadcast on a BroadcastChannel and applied by the others; a
 * window that opens asks for the current state and adopts it.
 */
export function usePresentSync(deckId: string, state: PresentState, adopt: (shared: Shared) => void): void {
  const channel = useRef<BroadcastChannel | null>(null)
  const last = useRef<Shared | null>(null)
  const adoptRef = useRef(adopt)
  const stateRef = useRef(state)
  useEffect(() => {
    adoptRef.current = adopt
    stateRef.current = state
  })

  useEffect(() => {
    if (typeof BroadcastChannel === 'undefined') return
    const ch = new BroadcastChannel(`chosen:present:${deckId}`)
    channel.current = ch
    ch.onmessage = (e: MessageEvent<Message>) => {
      if (e.data.type === 'hello') ch.postMessage({ type: 'state', state: pick(stateRef.current) } satisfies Message)
      else if (e.data.type === 'state') {
        last.current = e.data.state
        adoptRef.current(e.data.state)
      }
    }
    ch.postMessage({ type: 'hello' } satisfies Message)
    return () => {
      ch.close()
      channel.current = null
    }
  }, [deckId])

  useEffect(() => {
    const shared = pick(state)
    // A state that came from another window is not sent back.
    if (last.current && same(last.current, shared)) return
    last.current = shared
    channel.current?.postMessage({ type: 'state', state: shared } satisfies Message)
  }, [state])
}
