import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { DESKTOP, PHONE, expect, test } from './fixtures.ts'
import { hydrated } from './pages.ts'

/**
 * A server in front of the preview that sends a page's HTML in two parts, `pause` ms apart,
 * cut just before `cut` (everything else passes through as the preview answers it): what a
 * slow network or a slow phone's parser does to a page at random, made to happen every time.
 */
async function slowHtml(preview: string, path: string, cut: string, pause: number): Promise<{ origin: string; close(): Promise<void> }> {
  const server: Server = createServer((req, res) => {
    void (async () => {
      const answer = await fetch(preview + (req.url ?? '/'))
      const body = Buffer.from(await answer.arrayBuffer())
      res.writeHead(answer.status, { 'content-type': answer.headers.get('content-type') ?? 'application/octet-stream' })
      if (req.url !== path) return res.end(body)
      const html = body.toString('utf8')
      const at = html.indexOf(cut)
      if (at < 0) throw new Error(`"${cut}" is not in ${path}`)
      res.write(html.slice(0, at))
      setTimeout(() => res.end(html.slice(at)), pause)
    })().catch((e: unknown) => res.destroy(e as Error))
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return { origin: `http://127.0.0.1:${port}`, close: () => new Promise((resolve) => (server.close(() => resolve()), server.closeAllConnections())) }
}

// Each cut falls in the card's last element: a first paint with the card half parsed, centred
// in the screen, moved the whole card as the rest arrived (CLS 0.027 in one Lighthouse run of
// /read/spike in three, and here in one load in eight at 4× CPU).
const cards = [
  { name: 'the reader’s title card', path: '/read/spike', cut: 'Scroll to begin', last: 'Scroll to begin' },
  { name: 'the home page’s title card', path: '/', cut: 'Present</a></nav>', last: 'Present' },
]

for (const card of cards)
  for (const viewport of [PHONE, DESKTOP]) {
    test(`${card.name} is painted whole at ${viewport.width}×${viewport.height}, however its HTML arrives`, async ({ page, baseURL }) => {
      const slow = await slowHtml(baseURL ?? '', card.path, card.cut, 600)
      try {
        await page.setViewportSize(viewport)
        await page.addInitScript(() => {
          const w = window as unknown as { __shifts: string[] }
          w.__shifts = []
          new PerformanceObserver((list) => {
            // A LayoutShift entry (not in TypeScript's DOM types).
            for (const e of list.getEntries() as unknown as { value: number; sources: { node: Node | null }[] }[]) {
              w.__shifts.push(`${e.value.toFixed(4)} ${e.sources.map((s) => (s.node as Element | null)?.className ?? '?').join(', ')}`)
            }
          }).observe({ type: 'layout-shift', buffered: true })
        })
        await page.goto(slow.origin + card.path)
        await expect(page.getByText(card.last, { exact: true }).first()).toBeVisible()
        await hydrated(page)
        expect(await page.evaluate(() => (window as unknown as { __shifts: string[] }).__shifts), 'layout shifts').toEqual([])
      } finally {
        await page.close()
        await slow.close()
      }
    })
  }
