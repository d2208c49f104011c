import { useEffect, useRef, useState } from 'react'
import { FRESH, answered, hearRoom, stepToSend, type DrivenPlace, type DriverMemory, type HeardRoom } from './driver-memory'
import { PROTOCOL, type RoomMessage } from './protocol'
import { useLiveControl, type DriveStatus } from './use-live-control'
import { storedLiveKey } from './use-live-key'
import { LIVE_PATHS } from './live-paths'
import { useLiveOrigin } from './use-live-info'
import { liveUrl, useLiveRoom } from './use-live-room'

export type { DrivenPlace }

/** A room message as the driver of `show` at `version` reads it. */
const asHeard = (room: RoomMessage, show: string, version: string): HeardRoom => ({
  index: room.index,
  blackout: room.blackout,
  seq: room.seq,
  ours: room.show === show && room.version === version,
})

interface DeckLike {
  readonly id: string
  readonly version: string
  readonly slides: readonly { readonly id: string }[]
}

/**
 * Makes a presentation a driver of the live show when this browser holds the show's
 * secret and a live server is there: every local step is sent (by slide id, with the
 * deck's version), and steps from elsewhere (the phone remote) are adopted. Until the
 * room has been heard, nothing is sent, so a reloaded laptop resumes the room's place
 * instead of overwriting it. Off (and silent) anywhere else. `audience` is the address of
 * `/follow` a phone can open (the server's LAN address).
 */
export function useLiveDriver(deck: DeckLike, place: DrivenPlace, adopt: (place: DrivenPlace) => void): { live: boolean; status: DriveStatus; audience: string } {
  const [key, setKey] = useState<string | null>(null)
  useEffect(() => setKey(storedLiveKey() ?? null), [])
  const { room, status: roomStatus } = useLiveRoom(key !== null)
  const { status, send } = useLiveControl(key)
  const origin = useLiveOrigin(key !== null)
  const memory = useRef<DriverMemory>(FRESH)
  const adoptRef = useRef(adopt)
  // The place as last rendered, for the room's messages and the server's answers, which come between renders.
  const placeRef = useRef(place)
  useEffect(() => {
    adoptRef.current = adopt
    placeRef.current = place
  })

  const { id, version } = deck
  useEffect(() => {
    if (!room) return
    const heard = hearRoom(memory.current, asHeard(room, id, version), placeRef.current)
    memory.current = heard.memory
    if (heard.adopt) adoptRef.current(heard.adopt)
  }, [room, id, version])

  const { index, blackout } = place
  useEffect(() => {
    const slide = deck.slides[index]
    if (!key || !slide) return
    const step = stepToSend(memory.current, { index, blackout })
    memory.current = step.memory
    if (!step.send) return
    void send({ v: PROTOCOL, type: 'go', show: id, version, slide: slide.id, blackout }).then((answer) => {
      const after = answered(memory.current, answer && asHeard(answer, id, version), placeRef.current)
      memory.current = after.memory
      if (after.adopt) adoptRef.current(after.adopt)
    })
  }, [key, index, blackout, deck, id, version, send, room])

  const live = key !== null && roomStatus !== 'absent' && status !== 'refused' && room !== null
  return { live, status, audience: origin + liveUrl(LIVE_PATHS.follow) }
}
