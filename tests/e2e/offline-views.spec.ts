import { expect, test } from './fixtures.ts'
import { hydrated } from './pages.ts'
import { stored } from './storage.ts'

test('once opened, every piece, view, presentation, font and card works with the network gone', async ({ page, context, request, problems }) => {
  await page.goto('/')
  // The service worker installs (precaching the whole build) and takes control.
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready
    if (!navigator.serviceWorker.controller) await new Promise((r) => navigator.serviceWorker.addEventListener('controllerchange', r, { once: true }))
  })
  const manifest = (await (await request.get('/manifest.webmanifest')).json()) as { start_url: string; icons: { sizes: string }[] }
  expect(manifest.start_url).toBe('/')
  expect(manifest.icons.map((i) => i.sizes)).toContain('512x512')
  // Cards are cached as they are fetched (link previews ask for them, not the site): fetch one first.
  expect(await page.evaluate(async () => (await fetch('/cards/read-spike-i-love-you.png')).status)).toBe(200)
  await context.setOffline(true)
  const views: [string, string | null][] = [
    ['/', 'Chosen'],
    ['/read/buffy', 'Chapter 1'],
    ['/read/spike/i-love-you', 'For Her'],
    ['/side-by-side/chosen/the-end', 'Chosen, side by side'],
    ['/present/chosen', null],
    ['/present/buffy/fire', null],
    ['/present/spike/the-end?presenter', null],
  ]
  for (const [path, heading] of views) {
    const response = await page.goto(path)
    expect(response?.fromServiceWorker(), `${path} comes from the service worker`).toBe(true)
    expect(response?.status(), path).toBe(200)
    if (heading) await expect(page.getByRole('heading', { level: 1, name: heading }), `${path} shows its page`).toBeVisible()
    else await expect(page.locator('[data-view="present"]'), `${path} presents`).toBeVisible()
    await hydrated(page)
  }
  await expect(page.locator('.presenter'), 'the presenter window too').toBeVisible()
  await expect.poll(() => stored(page, 'fonts'), { timeout: 15_000 }).toBeTruthy()
  await page.goto('/read/spike')
  const fonts = await page.evaluate(async () => {
    await document.fonts.ready
    return [...document.fonts].filter((f) => f.family.replace(/["']/g, '') === 'Literata' && f.status === 'loaded').length
  })
  expect(fonts, 'the book face is there offline').toBeGreaterThanOrEqual(1)
  const card = await page.evaluate(async () => {
    const res = await fetch('/cards/read-spike-i-love-you.png')
    return { status: res.status, type: res.headers.get('content-type') }
  })
  expect(card).toEqual({ status: 200, type: 'image/png' })
  // An address the build never made: the service worker answers with the not-found page.
  const unknown = await page.goto('/read/nobody')
  expect(unknown?.fromServiceWorker(), 'an unknown address offline is answered by the service worker').toBe(true)
  expect(unknown?.status(), 'with the not-found status, as online').toBe(404)
  await expect(page.getByRole('heading', { level: 1, name: 'This moment isn’t here' })).toBeVisible()
  await expect(page.locator('.not-found-what')).toHaveText(/^We couldn’t find .+\.$/)
  // The browser logs the document's own 404; that one is the point of this step.
  expect(problems.console).toEqual(['error: Failed to load resource: the server responded with a status of 404 () [/read/nobody]'])
  problems.console.length = 0
})
