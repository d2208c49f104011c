import { useEffect, useRef, useState } from 'react'
import { PROTOCOL } from './protocol'
import { useLiveControl, type DriveStatus } from './use-live-control'
import { storedLiveKey } from './use-live-key'
import { LIVE_PATHS } from './live-paths'
import { useLiveOrigin } from './use-live-info'
import { liveUrl, useLiveRoom } from './use-live-room'

/** What a presentation shares with the room: which slide, and whether the stage is dark. */
export interface DrivenPlace {
  readonly index: number
  readonly blackout: boolean
}

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
  const heard = useRef<DrivenPlace | null>(null)
  // Our own steps not yet echoed by the room: their echoes must not pull the stage back.
  const pending = useRef<DrivenPlace[]>([])
  // A step the server never got (it was down): when it is back, this browser's place wins.
  const unsent = useRef(false)
  const adoptRef = useRef(adopt)
  useEffect(() => {
    adoptRef.current = adopt
  })

  useEffect(() => {
    if (!room) return
    if (unsent.current) {
      unsent.current = false
      pending.current = []
      heard.current = { index: -1, blackout: false }
      return
    }
    if (room.show === deck.id && room.version === deck.version) {
      const theirs = { index: room.index, blackout: room.blackout }
      const mine = pending.current.findIndex((p) => p.index === theirs.index && p.blackout === theirs.blackout)
      pending.current = mine >= 0 ? pending.current.slice(mine + 1) : []
      if (pending.current.length > 0) return
      heard.current = theirs
      adoptRef.current(theirs)
    } else if (pending.current.length === 0) heard.current = { index: -1, blackout: false }
    // (Another show is on: this page's place is sent, once; while our own step is on its way, nothing more.)
  }, [room, deck.id, deck.version])

  const { index, blackout } = place
  useEffect(() => {
    const last = heard.current
    if (!key || !last || (last.index === index && last.blackout === blackout)) return
    const slide = deck.slides[index]
    if (!slide) return
    heard.current = { index, blackout }
    pending.current = [...pending.current.slice(-20), { index, blackout }]
    void send({ v: PROTOCOL, type: 'go', show: deck.id, version: deck.version, slide: slide.id, blackout }).then((ok) => {
      if (!ok) unsent.current = true
    })
  }, [key, index, blackout, deck, send, room])

  const live = key !== null && roomStatus !== 'absent' && status !== 'refused' && room !== null
  return { live, status, audience: origin + liveUrl(LIVE_PATHS.follow) }
}
