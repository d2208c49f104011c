import { expect, test } from 'vitest'
import library from 'virtual:library'
import { buildDeck } from './slides'
import { helloMessage, readSyncMessage, stateMessage } from './sync-message'

const deck = buildDeck(library, 'spike')!
const shared = { index: 3, blackout: true, auto: false, paceLevel: 2, loop: true }

test('a state round-trips by slide id and deck version, never by index', () => {
  const message = stateMessage(deck, shared)
  expect(message).toMatchObject({ type: 'state', version: deck.version, slide: deck.slides[3]!.id })
  expect(message).not.toHaveProperty('index')
  expect(readSyncMessage(message, deck)).toEqual({ type: 'state', shared })
  expect(readSyncMessage(helloMessage(deck), deck)).toEqual({ type: 'hello' })
})

test('hostile or foreign messages are ignored: wrong shape, wrong type, an index, null, a BigInt, a string', () => {
  const good = stateMessage(deck, shared)
  const bad: unknown[] = [
    { index: 99999 },
    { type: 'state', state: { index: 99999 } },
    'abc',
    null,
    undefined,
    10n,
    { ...good, paceLevel: 99 },
    { ...good, paceLevel: 1.5 },
    { ...good, auto: 'yes' },
    { ...good, slide: 'no-such-line' },
    { ...good, slide: 'x'.repeat(5000) },
    { type: 'hello' },
    { type: 'shutdown', version: deck.version },
    Object.assign(Object.create(null), { type: 'state' }),
  ]
  bad.forEach((raw, i) => expect(readSyncMessage(raw, deck), `message ${i}`).toBeNull())
})

test('a message for another version of the deck (slides added or moved) is ignored', () => {
  expect(readSyncMessage({ ...stateMessage(deck, shared), version: '00000000' }, deck)).toBeNull()
  expect(readSyncMessage({ type: 'hello', version: 'other' }, deck)).toBeNull()
})

test('only known fields are kept', () => {
  const read = readSyncMessage({ ...stateMessage(deck, shared), overlay: 'qr', __proto__x: 1, index: 50 }, deck)
  expect(read).toEqual({ type: 'state', shared })
})
