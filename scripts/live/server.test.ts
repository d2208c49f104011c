// @vitest-environment node
// The live server through real HTTP on 127.0.0.1: the secret, bad paths, the rate limit,
// hostile messages, and a kill -9 and restart mid-show.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { request } from 'node:http'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { startLiveServer, type LiveServer } from '../../tests/e2e/live-server.ts'
import { buildDeck } from '../../src/present/slides.ts'
import { parseRoomMessage, type RoomMessage } from '../../src/live/protocol.ts'
import { loadLibrary } from '../stories-plugin.ts'

const deck = buildDeck(loadLibrary(process.cwd()), 'chosen')!
let server: LiveServer
let dist: string

beforeAll(async () => {
  // A tiny built site of its own: these tests need no `npm run build`.
  dist = mkdtempSync(join(tmpdir(), 'chosen-dist-'))
  mkdirSync(join(dist, 'read'), { recursive: true })
  mkdirSync(join(dist, 'assets'))
  writeFileSync(join(dist, 'index.html'), '<!doctype html><title>home</title>')
  writeFileSync(join(dist, '404.html'), '<!doctype html><title>Not found</title>')
  writeFileSync(join(dist, 'read', 'spike.html'), '<!doctype html><title>spike</title>')
  writeFileSync(join(dist, 'assets', 'app-abc123.js'), 'export {}')
  writeFileSync(join(tmpdir(), 'chosen-secret.txt'), 'outside')
  server = await startLiveServer(process.cwd(), dist)
}, 60_000)

afterAll(async () => {
  await server?.stop()
  rmSync(dist, { recursive: true, force: true })
})

/** A raw request (the path exactly as given, no normalising by the client). */
function raw(
  path: string,
  init: { method?: string; headers?: Record<string, string>; body?: string } = {},
): Promise<{ status: number; body: string; headers: Record<string, unknown> }> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port: server.port, path, method: init.method ?? 'GET', headers: init.headers }, (res) => {
      let body = ''
      res.on('data', (d: Buffer) => (body += d.toString()))
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body, headers: res.headers }))
    })
    req.on('error', reject)
    req.end(init.body)
  })
}

const control = (body: unknown, secret: string | null = server.secret(), headers: Record<string, string> = {}) =>
  raw('/_live/control', {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(secret === null ? {} : { authorization: `Bearer ${secret}` }), ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  })

const go = (slide: string, blackout = false) => ({ v: 1, type: 'go', show: 'chosen', version: deck.version, slide, blackout })

/** The first room message a new follower receives. */
async function firstRoom(): Promise<RoomMessage> {
  const controller = new AbortController()
  const response = await fetch(`${server.origin}/_live/events`, { signal: controller.signal })
  const reader = response.body!.getReader()
  let text = ''
  for (;;) {
    const { value, done } = await reader.read()
    if (done) throw new Error('stream ended')
    text += new TextDecoder().decode(value)
    const data = /^data: (.*)$/m.exec(text)?.[1]
    if (data) {
      controller.abort()
      return parseRoomMessage(data)!
    }
  }
}

describe('the secret', () => {
  test('control messages without the secret, or with a wrong one, are refused with 403 and change nothing', async () => {
    expect((await control(go(deck.slides[2]!.id))).status).toBe(200)
    const before = await firstRoom()
    expect((await control(go(deck.slides[5]!.id), null)).status).toBe(403)
    expect((await control(go(deck.slides[5]!.id), 'x'.repeat(43))).status).toBe(403)
    expect((await control(go(deck.slides[5]!.id), server.secret().slice(0, -1))).status).toBe(403)
    expect((await control(go(deck.slides[5]!.id), `${server.secret()}x`)).status).toBe(403)
    const after = await firstRoom()
    expect(after.slide).toBe(before.slide)
    expect(after.seq).toBe(before.seq)
  })

  test('a control message from another origin is refused, even with the secret', async () => {
    expect((await control(go(''), server.secret(), { origin: 'http://evil.example' })).status).toBe(403)
    expect((await control(go(''), server.secret(), { 'sec-fetch-site': 'cross-site' })).status).toBe(403)
    expect((await raw('/_live/events', { headers: { origin: 'http://evil.example' } })).status).toBe(403)
    const info = await raw('/_live/info')
    expect(info.headers['access-control-allow-origin']).toBeUndefined()
  })

  test('malformed, oversized and unknown messages are dropped (4xx), never crash the server, and are counted in its log', async () => {
    expect((await control('{not json')).status).toBe(400)
    expect((await control({ v: 1, type: 'go', show: 'chosen', slide: 3 })).status).toBe(400)
    expect((await control({ v: 9, type: 'hello' })).status).toBe(400)
    expect((await control({ v: 1, type: 'hello', pad: 'x'.repeat(4000) })).status).toBe(413)
    expect((await control(go('no-such-line'))).status).toBe(409)
    expect((await control({ ...go(''), version: '00000000' })).status).toBe(409)
    expect((await raw('/_live/control', { method: 'POST', headers: { 'content-type': 'text/plain', authorization: `Bearer ${server.secret()}` }, body: 'hello' })).status).toBe(415)
    expect((await raw('/_live/info')).status).toBe(200)
    await expect.poll(() => server.output(), { timeout: 10_000 }).toMatch(/dropped messages so far: .*malformed \d+/)
  })
})

describe('the rate limit', () => {
  test('at most 20 control messages a second per connection: the rest are dropped with 429', async () => {
    const { Agent } = await import('node:http')
    const agent = new Agent({ keepAlive: true, maxSockets: 1 })
    const statuses = await Promise.all(
      Array.from(
        { length: 40 },
        () =>
          new Promise<number>((resolve, reject) => {
            const req = request(
              {
                host: '127.0.0.1',
                port: server.port,
                path: '/_live/control',
                method: 'POST',
                agent,
                headers: { 'content-type': 'application/json', authorization: `Bearer ${server.secret()}` },
              },
              (res) => {
                res.resume()
                res.on('end', () => resolve(res.statusCode ?? 0))
              },
            )
            req.on('error', reject)
            req.end(JSON.stringify({ v: 1, type: 'hello' }))
          }),
      ),
    )
    agent.destroy()
    const ok = statuses.filter((s) => s === 200).length
    expect(ok).toBeGreaterThanOrEqual(20)
    expect(ok).toBeLessThan(30)
    expect(statuses.filter((s) => s === 429).length).toBe(40 - ok)
  })
})

describe('serving the built site only', () => {
  test('pages are served without .html, assets with a long cache, unknown paths with the 404 page', async () => {
    expect((await raw('/')).body).toContain('<title>home')
    expect((await raw('/read/spike')).body).toContain('<title>spike')
    const asset = await raw('/assets/app-abc123.js')
    expect(asset.status).toBe(200)
    expect(String(asset.headers['cache-control'])).toContain('immutable')
    const missing = await raw('/read/nobody')
    expect(missing.status).toBe(404)
    expect(missing.body).toContain('Not found')
  })

  test.each([
    '/../chosen-secret.txt',
    '/%2e%2e/chosen-secret.txt',
    '/%2E%2E/%2e%2e/etc/passwd',
    '/assets/..%2f..%2fpackage.json',
    '/..%5cpackage.json',
    '/assets\\..\\..\\package.json',
    '//etc/passwd',
    '/%2fetc/passwd',
    '/read/%00spike',
  ])('%s is refused', async (path) => {
    const res = await raw(path)
    expect([400, 403, 404]).toContain(res.status)
    expect(res.body).not.toContain('outside')
    expect(res.body).not.toContain('root:')
    expect(res.body).not.toContain('"name"')
  })
})

describe('faults', () => {
  test('after kill -9 and a restart with the same command, the place and the secret survive', async () => {
    const secret = server.secret()
    expect((await control(go(deck.slides[7]!.id))).status).toBe(200)
    expect((await control({ v: 1, type: 'move', show: 'chosen', version: deck.version, move: 'blackout' })).status).toBe(200)
    const before = await firstRoom()
    await server.kill9()
    await expect(fetch(`${server.origin}/_live/info`)).rejects.toThrow()
    await server.start()
    expect(server.secret()).toBe(secret)
    const after = await firstRoom()
    expect(after).toMatchObject({ show: 'chosen', slide: deck.slides[7]!.id, blackout: true, seq: before.seq, version: deck.version })
    // The presenter keeps driving with the same secret.
    expect((await control({ v: 1, type: 'move', show: 'chosen', version: deck.version, move: 'next' })).status).toBe(200)
    expect((await firstRoom()).blackout).toBe(false)
  }, 60_000)

  test('--new-show starts over with a new secret; the old one is refused', async () => {
    const old = server.secret()
    await server.kill9()
    await server.start(['--new-show'])
    expect(server.secret()).not.toBe(old)
    expect((await control({ v: 1, type: 'hello' }, old)).status).toBe(403)
    expect((await firstRoom()).show).toBeNull()
  }, 60_000)

  test('the port is never moved: a taken port stops the command with a message naming --port', async () => {
    const { spawnSync } = await import('node:child_process')
    const second = spawnSync(
      process.execPath,
      ['scripts/live.mjs', '--host', '127.0.0.1', '--port', String(server.port), '--state', join(dist, 'other.json'), '--no-build', '--dist', dist],
      { encoding: 'utf8', timeout: 30_000 },
    )
    expect(second.status).toBe(1)
    expect(second.stderr).toMatch(/Port \d+ is already taken[\s\S]*--port/)
  }, 40_000)
})
