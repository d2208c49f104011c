import { describe, expect, test } from 'vitest'
import { MAX_MESSAGE_BYTES, checkControl, parseControl, parseInfo, parseRoomMessage } from './protocol'

const room = {
  v: 1,
  type: 'room',
  seq: 3,
  show: 'chosen',
  version: '0a1b2c3d',
  slide: 'she-couldnt-look-away',
  index: 4,
  count: 90,
  blackout: false,
  startedAt: 1000,
  presenter: 'here',
  now: 2000,
}

describe('control messages', () => {
  test('a step names the show, the deck version and the slide by id', () => {
    expect(parseControl(JSON.stringify({ v: 1, type: 'go', show: 'spike', version: 'deadbeef', slide: 'i-love-you', blackout: false }))).toEqual({
      v: 1,
      type: 'go',
      show: 'spike',
      version: 'deadbeef',
      slide: 'i-love-you',
      blackout: false,
    })
    expect(parseControl('{"v":1,"type":"go","show":"spike","version":"deadbeef","slide":"","blackout":true}')?.type).toBe('go')
    expect(parseControl('{"v":1,"type":"move","show":"chosen","version":"deadbeef","move":"next"}')?.type).toBe('move')
    expect(parseControl('{"v":1,"type":"hello"}')).toEqual({ v: 1, type: 'hello' })
  })

  test('another protocol version, an unknown type or move, an index instead of an id are refused', () => {
    expect(parseControl('{"v":2,"type":"hello"}')).toBeNull()
    expect(parseControl('{"v":1,"type":"reset"}')).toBeNull()
    expect(parseControl('{"v":1,"type":"move","show":"chosen","version":"deadbeef","move":"explode"}')).toBeNull()
    expect(parseControl('{"v":1,"type":"go","show":"chosen","version":"deadbeef","slide":4,"blackout":false}')).toBeNull()
    expect(parseControl('{"v":1,"type":"go","show":"chosen","slide":"x","blackout":false}')).toBeNull()
  })

  test('extra fields, hostile ids and odd JSON are refused, never thrown', () => {
    expect(parseControl('{"v":1,"type":"hello","admin":true}')).toBeNull()
    expect(parseControl('{"v":1,"type":"go","show":"../etc","version":"deadbeef","slide":"","blackout":false}')).toBeNull()
    expect(parseControl('{"v":1,"type":"go","show":"<script>","version":"deadbeef","slide":"","blackout":false}')).toBeNull()
    expect(parseControl('{"v":1,"type":"go","show":"spike","version":"DEADBEEF","slide":"","blackout":false}')).toBeNull()
    for (const bad of ['', 'null', '[]', '{', '"hello"', '{"__proto__":{"v":1}}', 42, undefined, null]) expect(parseControl(bad)).toBeNull()
    expect(checkControl({ v: 1, type: 'hello' })).toEqual({ v: 1, type: 'hello' })
    expect(checkControl(Object.create(null))).toBeNull()
  })

  test('a message over 2 KB is refused before it is parsed', () => {
    const long = JSON.stringify({ v: 1, type: 'hello', pad: 'x'.repeat(MAX_MESSAGE_BYTES) })
    expect(parseControl(long)).toBeNull()
    expect(parseRoomMessage(JSON.stringify({ ...room, slide: 'a'.repeat(MAX_MESSAGE_BYTES) }))).toBeNull()
  })
})

describe('room messages', () => {
  test('the room as sent round-trips and stays well under 2 KB', () => {
    const text = JSON.stringify(room)
    expect(parseRoomMessage(text)).toEqual(room)
    expect(text.length).toBeLessThan(400)
  })

  test('a room before any show, and a title slide, are valid', () => {
    expect(parseRoomMessage(JSON.stringify({ ...room, show: null, version: '', slide: '', index: 0, count: 0, startedAt: null, presenter: 'away' }))).not.toBeNull()
  })

  test('negative or fractional positions and unknown presence are refused', () => {
    expect(parseRoomMessage(JSON.stringify({ ...room, index: -1 }))).toBeNull()
    expect(parseRoomMessage(JSON.stringify({ ...room, index: 1.5 }))).toBeNull()
    expect(parseRoomMessage(JSON.stringify({ ...room, presenter: 'maybe' }))).toBeNull()
    expect(parseRoomMessage(JSON.stringify({ ...room, v: 0 }))).toBeNull()
  })

  test('info lists the audience addresses', () => {
    expect(parseInfo('{"v":1,"audience":["http://192.168.1.20:7722/follow"]}')?.audience).toEqual(['http://192.168.1.20:7722/follow'])
    expect(parseInfo('{"v":1,"audience":"x"}')).toBeNull()
  })
})
