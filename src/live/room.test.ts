import { describe, expect, test } from 'vitest'
import type { Control } from './protocol'
import { EMPTY_ROOM, isAtEnd, reduceRoom, restoreRoom, roomMessage, type DeckIndex, type Room } from './room'

const decks: Record<string, DeckIndex> = {
  chosen: { version: 'aaaaaaaa', slides: ['', 'one', 'two', 'three'] },
  spike: { version: 'bbbbbbbb', slides: ['', 'x', 'y'] },
}
const lookup = (id: string) => decks[id]
const go = (show: string, slide: string, blackout = false, version = decks[show]?.version ?? '00000000'): Control => ({ v: 1, type: 'go', show, version, slide, blackout })
const move = (m: 'next' | 'prev' | 'first' | 'last' | 'blackout', show = 'chosen'): Control => ({ v: 1, type: 'move', show, version: decks[show]?.version ?? '', move: m })

function run(messages: Control[], start: Room = EMPTY_ROOM): Room {
  return messages.reduce((room, m, i) => reduceRoom(room, m, lookup, 1000 + i).room, start)
}

describe('the room', () => {
  test('opening a piece places the show at its title; steps move it by slide id', () => {
    const room = run([go('chosen', ''), go('chosen', 'two')])
    expect(room).toMatchObject({ show: 'chosen', version: 'aaaaaaaa', slide: 'two', index: 2, count: 4, blackout: false, seq: 2 })
  })

  test('moves from a remote step the current show, within its ends', () => {
    expect(run([go('chosen', ''), move('next'), move('next')]).slide).toBe('two')
    expect(run([go('chosen', ''), move('prev')]).index).toBe(0)
    expect(run([go('chosen', ''), move('last'), move('next')]).slide).toBe('three')
    expect(run([go('chosen', 'three'), move('first')]).slide).toBe('')
  })

  test('steps from two drivers apply in the order they arrive', () => {
    expect(run([go('chosen', 'one'), move('next'), go('chosen', 'one'), move('next'), move('next')]).slide).toBe('three')
  })

  test('blackout toggles; a step out of a blackout lights the stage on the same line first', () => {
    const dark = run([go('chosen', 'one'), move('blackout')])
    expect(dark).toMatchObject({ slide: 'one', blackout: true })
    expect(run([move('next')], dark)).toMatchObject({ slide: 'one', blackout: false })
    expect(run([move('blackout')], dark).blackout).toBe(false)
  })

  test('opening another piece switches the show and restarts its clock', () => {
    const room = run([go('chosen', 'two'), go('spike', '')])
    expect(room).toMatchObject({ show: 'spike', slide: '', count: 3, startedAt: null })
    expect(run([go('spike', 'x')], room).startedAt).not.toBeNull()
  })

  test('the clock starts when the show leaves its title and keeps running through steps', () => {
    const room = run([go('chosen', ''), go('chosen', 'one'), go('chosen', 'two')])
    expect(room.startedAt).toBe(1001)
  })

  test('a message that changes nothing returns the same room (nothing to send or save)', () => {
    const room = run([go('chosen', 'one')])
    expect(reduceRoom(room, go('chosen', 'one'), lookup, 5).room).toBe(room)
    expect(reduceRoom(room, { v: 1, type: 'hello' }, lookup, 5).room).toBe(room)
    expect(reduceRoom(room, move('prev'), lookup, 5).room).not.toBe(room)
  })

  test('unknown shows, slides and stale deck versions are refused and change nothing', () => {
    const room = run([go('chosen', 'one')])
    expect(reduceRoom(room, go('nothing', ''), lookup, 5)).toEqual({ room, error: 'unknown-show' })
    expect(reduceRoom(room, go('chosen', 'nope'), lookup, 5)).toEqual({ room, error: 'unknown-slide' })
    expect(reduceRoom(room, go('chosen', 'two', false, 'cccccccc'), lookup, 5)).toEqual({ room, error: 'stale-version' })
    expect(reduceRoom(room, move('next', 'spike'), lookup, 5)).toEqual({ room, error: 'not-current-show' })
    expect(reduceRoom(EMPTY_ROOM, move('next'), lookup, 5)).toEqual({ room: EMPTY_ROOM, error: 'not-current-show' })
  })

  test('the end is the last slide', () => {
    expect(isAtEnd(run([go('chosen', 'three')]))).toBe(true)
    expect(isAtEnd(run([go('chosen', 'two')]))).toBe(false)
    expect(isAtEnd(EMPTY_ROOM)).toBe(false)
  })

  test('a saved room is restored against the decks, and dropped when the deck changed', () => {
    const room = run([go('chosen', 'two'), move('blackout')])
    expect(restoreRoom(room, lookup)).toEqual(room)
    expect(restoreRoom({ ...room, version: 'cccccccc' }, lookup)).toBeNull()
    expect(restoreRoom({ ...room, slide: 'gone' }, lookup)).toBeNull()
    expect(restoreRoom(EMPTY_ROOM, lookup)).toEqual(EMPTY_ROOM)
  })

  test('the room message carries the place, presence and the server clock', () => {
    expect(roomMessage(run([go('chosen', 'one')]), 'here', 9)).toMatchInlineSnapshot(`
      {
        "blackout": false,
        "count": 4,
        "index": 1,
        "now": 9,
        "presenter": "here",
        "seq": 1,
        "show": "chosen",
        "slide": "one",
        "startedAt": 1000,
        "type": "room",
        "v": 1,
        "version": "aaaaaaaa",
      }
    `)
  })
})
