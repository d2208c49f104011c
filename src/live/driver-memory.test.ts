import { describe, expect, test } from 'vitest'
import { FRESH, answered, hearRoom, stepToSend, type DrivenPlace, type DriverMemory, type HeardRoom } from './driver-memory'

const at = (index: number, blackout = false): DrivenPlace => ({ index, blackout })
const room = (index: number, seq: number, ours = true, blackout = false): HeardRoom => ({ index, blackout, seq, ours })

/** A presenter's browser: its place, what it remembers, what it sent and what it adopted. */
function driver(start = 0) {
  let memory: DriverMemory = FRESH
  let local = at(start)
  const sent: number[] = []
  const adopted: number[] = []
  const apply = (r: { memory: DriverMemory; adopt: DrivenPlace | null }) => {
    memory = r.memory
    if (r.adopt) {
      adopted.push(r.adopt.index)
      local = r.adopt
    }
  }
  /** What the place effect does after each render where the place or the room changed. */
  const effect = () => {
    const r = stepToSend(memory, local)
    memory = r.memory
    if (r.send) sent.push(r.send.index)
  }
  return {
    sent,
    adopted,
    place: () => local.index,
    press: (index: number) => {
      local = at(index)
      effect()
    },
    hear: (r: HeardRoom) => {
      apply(hearRoom(memory, r, local))
      effect()
    },
    answer: (r: HeardRoom | null) => apply(answered(memory, r, local)),
  }
}

describe('a presentation driving the live show', () => {
  test('sends nothing until it has heard the room, then resumes the room’s place (a reloaded laptop)', () => {
    const d = driver(0)
    d.press(3)
    expect(d.sent).toEqual([])
    d.hear(room(7, 12))
    expect(d.adopted).toEqual([7])
    expect(d.sent).toEqual([])
  })

  test('another show on the room: this page’s place is sent, once', () => {
    const d = driver(2)
    d.hear(room(5, 3, false))
    d.hear(room(5, 3, false))
    expect(d.sent).toEqual([2])
  })

  test('each step is sent once, and the echoes of its own steps never pull the stage back', () => {
    const d = driver(0)
    d.hear(room(0, 1))
    d.press(1)
    d.press(2)
    d.hear(room(1, 2))
    d.answer(room(1, 2))
    d.hear(room(2, 3))
    d.answer(room(2, 3))
    expect(d.sent).toEqual([1, 2])
    expect(d.adopted).toEqual([])
    expect(d.place()).toBe(2)
  })

  test('a room message written before its steps reached the server, delivered late, is not adopted (what CI caught)', () => {
    const d = driver(0)
    d.hear(room(0, 1))
    d.press(1)
    d.press(2)
    // The server said "here, at 0" once more (a presence change) before the steps came; it arrives now.
    d.hear(room(0, 1))
    d.answer(room(1, 2))
    d.answer(room(2, 3))
    d.hear(room(1, 2))
    d.hear(room(2, 3))
    expect(d.place()).toBe(2)
    expect(d.sent).toEqual([1, 2])
    expect(d.adopted).toEqual([])
  })

  test('an old message heard after a newer one changes nothing', () => {
    const d = driver(0)
    d.hear(room(4, 9))
    d.hear(room(3, 8))
    expect(d.place()).toBe(4)
  })

  test('the remote’s steps are adopted: at once when idle, after our own step is answered when one is on its way', () => {
    const d = driver(0)
    d.hear(room(0, 1))
    d.hear(room(1, 2))
    expect(d.place()).toBe(1)
    d.press(2)
    // The remote's step reaches the server after ours: our answer says 2, then the room says 3.
    d.answer(room(2, 3))
    d.hear(room(2, 3))
    d.hear(room(3, 4))
    expect(d.place()).toBe(3)
    // Now the remote's step comes first and ours after it: the room ends where we are.
    d.press(4)
    d.hear(room(5, 5))
    expect(d.place(), 'not while our step is on its way').toBe(4)
    d.answer(room(4, 6))
    expect(d.place()).toBe(4)
    // And a remote step heard before our answer, but newer than it, is adopted once all are answered.
    d.press(5)
    d.hear(room(6, 8))
    d.answer(room(5, 7))
    expect(d.place()).toBe(6)
    expect(d.sent).toEqual([2, 4, 5])
  })

  test('a step the server never got is sent again when the server is back', () => {
    const d = driver(0)
    d.hear(room(0, 1))
    d.press(1)
    d.answer(null)
    d.hear(room(0, 1))
    expect(d.sent).toEqual([1, 1])
    expect(d.place()).toBe(1)
  })

  test('a blackout is a place of its own', () => {
    const d = driver(0)
    d.hear(room(3, 4))
    d.hear(room(3, 5, true, true))
    expect(d.adopted).toEqual([3, 3])
    const s = stepToSend(FRESH, at(1, true))
    expect(s.send).toBeNull()
  })
})
