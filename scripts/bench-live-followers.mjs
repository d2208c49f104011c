// A worker of `npm run bench:live`: holds its share of the followers' event streams and
// reports, for each step, when each follower received it (wall-clock ms).
import { Agent, request } from 'node:http'
import { parentPort as maybeParentPort, workerData } from 'node:worker_threads'

// Plain JavaScript: a worker thread on Node 20 does not get tsx's loader.
/** @typedef {{ seen: Map<number, number>, lost: boolean, res: import('node:http').IncomingMessage | undefined }} Follower */

const { port, count } = workerData
if (!maybeParentPort) throw new Error('bench-live-followers: run as a worker thread of bench-live.ts')
const parentPort = maybeParentPort
const agent = new Agent({ keepAlive: false, maxSockets: Infinity })
/** @type {Follower[]} */
const followers = []
const now = () => performance.timeOrigin + performance.now()

/** @returns {Promise<Follower>} */
function follow() {
  return new Promise((resolve, reject) => {
    /** @type {Follower} */
    const f = { seen: new Map(), lost: false, res: undefined }
    const req = request({ host: '127.0.0.1', port, path: '/_live/events', agent, headers: { accept: 'text/event-stream' } }, (res) => {
      f.res = res
      let buffer = ''
      res.setEncoding('utf8')
      res.on('data', (chunk) => {
        const at = now()
        buffer += chunk
        let end
        while ((end = buffer.indexOf('\n\n')) >= 0) {
          const event = buffer.slice(0, end)
          buffer = buffer.slice(end + 2)
          // Only the room's seq is read: a thousand streams' parsing in one thread should not be what is timed.
          if (!event.includes('"type":"room"') || event.includes('event: ping')) continue
          const seq = Number(/"seq":(\d+)/.exec(event)?.[1] ?? NaN)
          if (!Number.isNaN(seq) && !f.seen.has(seq)) f.seen.set(seq, at)
          if (f.seen.size === 1) resolve(f)
        }
      })
      res.on('close', () => (f.lost = true))
    })
    req.on('error', (e) => {
      f.lost = true
      reject(e)
    })
    req.end()
  })
}

parentPort.on('message', async (message) => {
  if (message.type === 'connect') {
    for (let i = 0; i < count; i += 100) {
      const batch = await Promise.allSettled(Array.from({ length: Math.min(100, count - i) }, follow))
      for (const r of batch) if (r.status === 'fulfilled') followers.push(r.value)
    }
    parentPort.postMessage({ connected: followers.length })
  } else if (message.type === 'report') {
    const until = now() + 5000
    while (now() < until && followers.some((f) => !f.lost && !f.seen.has(message.seq))) await new Promise((r) => setTimeout(r, 2))
    const times = followers.flatMap((f) => (f.seen.has(message.seq) ? [f.seen.get(message.seq)] : []))
    parentPort.postMessage({ times, missing: followers.length - times.length })
  } else {
    const lost = followers.filter((f) => f.lost).length
    for (const f of followers) f.res?.destroy()
    agent.destroy()
    parentPort.postMessage({ lost })
  }
})
