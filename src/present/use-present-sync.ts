import { useEffect, useRef } from 'react'
import type { PresentState } from './present-state'
import type { Deck } from './slides'
import { helloMessage, readSyncMessage, stateMessage, type Shared } from './sync-message'

const pick = (s: PresentState): Shared => ({ index: s.index, blackout: s.blackout, auto: s.auto, paceLevel: s.paceLevel, loop: s.loop })
const same = (a: Shared, b: Shared) => a.index === b.index && a.blackout === b.blackout && a.auto === b.auto && a.paceLevel === b.paceLevel && a.loop === b.loop

/**
 * Keeps every window presenting `deck` in step (audience and presenter, same browser, no
 * server): each change is broadcast on a BroadcastChannel and applied by the others; a
 * window that opens asks for the current state and adopts it. Every message is checked
 * against a schema and the deck's version; anything else is ignored.
 */
export function usePresentSync(deck: Deck, state: PresentState, adopt: (shared: Shared) => void): void {
  const channel = useRef<BroadcastChannel | null>(null)
  const last = useRef<Shared | null>(null)
  const adoptRef = useRef(adopt)
  const stateRef = useRef(state)
  // The deck object is rebuilt on each render of the app; its id and version are what count.
  const deckRef = useRef(deck)
  useEffect(() => {
    adoptRef.current = adopt
    stateRef.current = state
    deckRef.current = deck
  })
  const { id, version } = deck

  useEffect(() => {
    if (typeof BroadcastChannel === 'undefined') return
    const ch = new BroadcastChannel(`chosen:present:${id}`)
    channel.current = ch
    ch.onmessage = (e: MessageEvent<unknown>) => {
      const message = readSyncMessage(e.data, deckRef.current)
      if (message?.type === 'hello') ch.postMessage(stateMessage(deckRef.current, pick(stateRef.current)))
      else if (message?.type === 'state') {
        last.current = message.shared
        adoptRef.current(message.shared)
      }
    }
    ch.postMessage(helloMessage(deckRef.current))
    return () => {
      ch.close()
      channel.current = null
    }
  }, [id, version])

  useEffect(() => {
    const shared = pick(state)
    // A state that came from another window is not sent back.
    if (last.current && same(last.current, shared)) return
    last.current = shared
    channel.current?.postMessage(stateMessage(deckRef.current, shared))
  }, [state])
}
