import { readFileSync } from 'node:fs'
import type { Page } from '@playwright/test'
import { PRECACHE_BUDGET, precacheOf } from '../../scripts/offline.mjs'
import { closePages, expect, test } from './fixtures.ts'

// Addresses people share with things stuck to them: a query string from a chat app or an
// ad click, a trailing slash. Each must reach its page, never the not-found one.
const SPIKE = ['/read/spike?ref=x', '/read/spike?gclid=abc123', '/read/spike?fbclid=IwAR0xyz', '/read/spike/', '/read/spike/?utm_source=qr']

async function controlledByWorker(page: Page): Promise<void> {
  await page.goto('/')
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready
    if (!navigator.serviceWorker.controller) await new Promise((r) => navigator.serviceWorker.addEventListener('controllerchange', r, { once: true }))
  })
}

async function showsSpike(page: Page, path: string): Promise<void> {
  await page.goto(path)
  await expect(page, path).toHaveTitle(/^For Her · Spike’s side/)
  await expect(page.getByRole('heading', { level: 1, name: 'For Her' })).toBeVisible()
  await expect(page.locator('html[data-theme]'), 'hydrated').toHaveCount(1)
}

test('the precache holds what reading needs, within 1.5 MB gzip: no moment pages, no cards', () => {
  const files = precacheOf('dist')
  const urls = files.map((f) => f.url)
  expect(urls).toEqual(
    expect.arrayContaining(['/index.html', '/404.html', '/read/spike.html', '/read/buffy.html', '/side-by-side/chosen.html', '/present/chosen.html', '/manifest.webmanifest']),
  )
  expect(urls.filter((u) => /\/cards\/|\/read\/spike\/|\/present\/chosen\//.test(u))).toEqual([])
  expect(urls.some((u) => u.endsWith('.woff2'))).toBe(true)
  expect(files.reduce((n, f) => n + f.sent, 0)).toBeLessThanOrEqual(PRECACHE_BUDGET)
  // Every file a page asks for is there (the pages' scripts and styles, and its story data).
  const html = readFileSync('dist/read/spike.html', 'utf8')
  const asked = html.match(/\/assets\/[\w.-]+?\.(?:json|js|css)(?!\w)/g) ?? []
  expect(
    asked.filter((a) => a.endsWith('.json')),
    'the page names its story data',
  ).not.toEqual([])
  for (const asset of asked) expect(urls, asset).toContain(asset)
})

test('through the worker, a query string or a trailing slash reaches the page, online and offline', async ({ page, context }) => {
  // Ten page loads, each waited on until hydrated: more than one test's time on a busy 2-core machine.
  test.slow()
  await controlledByWorker(page)
  for (const path of SPIKE) await showsSpike(page, path)
  await context.setOffline(true)
  for (const path of SPIKE) await showsSpike(page, path)
})

test('offline, a moment address opens its view’s page and lands on the moment', async ({ page, context, problems }) => {
  await controlledByWorker(page)
  await context.setOffline(true)
  await page.goto('/read/spike/i-love-you?ref=qr')
  await expect(page.locator('#i-love-you-there-she-said')).toBeFocused()
  await expect(page.getByRole('heading', { level: 1, name: 'For Her' })).toBeVisible()
  await page.goto('/side-by-side/chosen/the-end')
  await expect(page.getByRole('heading', { level: 1, name: /Chosen, side by side/ })).toBeVisible()
  await page.goto('/present/buffy/fire')
  await expect(page.locator('.present-position')).not.toHaveText(/^1 \//)
  const missing = await page.goto('/read/nobody?x=1')
  await expect(page.getByRole('heading', { level: 1, name: 'This moment isn’t here' })).toBeVisible()
  expect(missing?.status()).toBe(404)
  // The browser logs the not-found page's own 404: that one is the point.
  expect(problems.console).toEqual([expect.stringMatching(/^error: Failed to load resource: the server responded with a status of 404 .*\[\/read\/nobody\]$/)])
  problems.console.length = 0
})

test.describe('without the worker', () => {
  test.use({ serviceWorkers: 'block' })
  test.afterEach(async ({ context, problems }) => {
    // Closed first: the page registers its worker once idle, and that may come after the test.
    await closePages(context)
    const rest = problems.console.filter((m) => !/Service Worker registration blocked by Playwright/.test(m))
    problems.console.splice(0, problems.console.length, ...rest)
  })

  test('`npm run preview` answers a query string or a trailing slash with the page, status 200', async ({ page, request }) => {
    for (const path of SPIKE) {
      expect((await request.get(path)).status(), path).toBe(200)
      await showsSpike(page, path)
    }
  })

  test('a lazy chunk gone after a deploy reloads the page once, at the same address', async ({ page, problems }) => {
    await page.goto('/read/spike')
    await expect(page.locator('html[data-theme]')).toHaveCount(1)
    let blocked = 0
    let gone = true
    // Gone for the page that was open; there (the new build's) for the page that reloads.
    page.on('request', (r) => {
      if (r.isNavigationRequest()) gone = false
    })
    await page.route(/\/assets\/present-page-[\w-]+\.js$/, (route) => {
      if (!gone) return route.continue()
      blocked++
      return route.fulfill({ status: 404, body: 'gone' })
    })
    const reloaded = page.waitForEvent('load')
    // A view change inside the app (history + popstate), as the app's own navigation does it.
    await page.evaluate(() => {
      history.pushState(null, '', '/present/spike/fire')
      dispatchEvent(new PopStateEvent('popstate'))
    })
    await reloaded
    // The presentation writes its slide into the address: the fire beat's first line.
    await expect(page).toHaveURL(/\/present\/spike\/and-suddenly-maybe-because-of-the$/)
    await expect(page.locator('.present-position')).not.toHaveText(/^1 \//)
    expect(blocked).toBeGreaterThanOrEqual(1)
    // The gone chunk's 404 is logged: that is the point of the test.
    expect(problems.console.filter((m) => !/status of 404|blocked by Playwright/.test(m))).toEqual([])
    problems.console.length = 0
  })

  test('a chunk that stays gone reloads once, not in a loop, and the page offers a way back', async ({ page, problems }) => {
    await page.goto('/read/spike')
    await expect(page.locator('html[data-theme]')).toHaveCount(1)
    await page.route(/\/assets\/present-page-[\w-]+\.js$/, (route) => route.fulfill({ status: 404, body: 'gone' }))
    let loads = 0
    page.on('load', () => loads++)
    await page.evaluate(() => {
      history.pushState(null, '', '/present/spike')
      dispatchEvent(new PopStateEvent('popstate'))
    })
    await expect(page.getByRole('heading', { level: 1, name: 'This page stumbled' })).toBeVisible()
    await expect(page.getByRole('button', { name: 'Reload this page' })).toBeVisible()
    await expect(page.getByRole('link', { name: 'Back to the scene' })).toHaveAttribute('href', '/')
    expect(loads).toBe(1)
    // The failed chunk and the caught error are logged: that is the point of the test.
    expect(problems.console.length).toBeGreaterThan(0)
    problems.console.length = 0
  })
})
