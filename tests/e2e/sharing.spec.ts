import { readFileSync } from 'node:fs'
import type { Page } from '@playwright/test'
import { closePages, dropPage404s, expect, test } from './fixtures.ts'
import { highlighted, hydrated, inView, lineStates, open, recordHighlights } from './pages.ts'
import { library } from './story-data.ts'

const metaOf = (html: string, key: string) => {
  const m = new RegExp(`<meta (?:property|name)="${key}" content="([^"]*)"`).exec(html)
  return m ? (m[1] ?? '').replace(/&quot;/g, '"').replace(/&amp;/g, '&') : null
}
const pathOf = (url: string) => new URL(url).pathname
/** The canonical origin the build writes into previews (SITE_URL, unset in the tests). */
const SITE = 'http://localhost:4173'

test.describe('prerendered pages and previews', () => {
  test('every address in the sitemap exists in the build and is served', async ({ request }) => {
    const sitemap = readFileSync('dist/sitemap.xml', 'utf8')
    const paths = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => pathOf(m[1] ?? ''))
    expect(new Set(paths).size, 'no address twice').toBe(paths.length)
    // Every piece, scene, pair and presentation, each beat it tells and each of its lines has an address.
    const expected = ['/']
    for (const story of library.stories) {
      for (const view of ['read', 'present']) {
        expected.push(`/${view}/${story.id}`)
        for (const beat of story.beats) expected.push(`/${view}/${story.id}/${beat.id}`, ...beat.paragraphs.flatMap((p) => p.lines.map((l) => `/${view}/${story.id}/${l.id}`)))
      }
    }
    for (const pair of library.pairs) {
      expected.push(
        `/scene/${pair.id}`,
        `/side-by-side/${pair.id}`,
        `/present/${pair.id}`,
        ...pair.beats.flatMap((b) => [`/side-by-side/${pair.id}/${b.id}`, `/present/${pair.id}/${b.id}`]),
      )
    }
    expect(paths.filter((p) => p.split('/').length <= 3).sort(), 'the pages of the pieces and pairs').toEqual(expected.filter((p) => p.split('/').length <= 3).sort())
    expect(
      expected.filter((p) => !paths.includes(p)),
      'addresses missing from the sitemap',
    ).toEqual([])
    for (const path of paths) {
      const res = await request.get(path)
      expect(res.status(), path).toBe(200)
      expect(await res.text(), `${path} has its content prerendered`).toMatch(/<div id="root"[^>]*>(<!--\$-->)?<div (data-view="present" )?class="(page|present)/)
    }
  })

  test('a moment page quotes its moment in its preview, with a card image that exists', async ({ request }) => {
    const html = await (await request.get('/read/spike/i-love-you-there-she-said')).text()
    expect(metaOf(html, 'og:type')).toBe('article')
    expect(metaOf(html, 'og:title')).toMatch(/“I love you” · For Her · Spike’s side/)
    expect(metaOf(html, 'og:description')).toMatch(/I love you" — There, she said them/)
    expect(metaOf(html, 'description')).toMatch(/There, she said them/)
    expect(metaOf(html, 'og:url')).toBe(`${SITE}/read/spike/i-love-you-there-she-said`)
    expect(metaOf(html, 'twitter:card')).toBe('summary_large_image')
    const image = metaOf(html, 'og:image') ?? ''
    expect(image).toBe(`${SITE}/cards/read-spike-i-love-you.png`)
    const png = await request.get(pathOf(image))
    expect(png.headers()['content-type']).toBe('image/png')
    const bytes = await png.body()
    expect([bytes.readUInt32BE(16), bytes.readUInt32BE(20)], 'a 1200×630 PNG').toEqual([1200, 630])
  })

  test('each piece, the pair and each beat have their own title, description and card', async ({ request }) => {
    const seen = new Set<string>()
    for (const path of ['/', '/read/buffy', '/read/spike', '/side-by-side/chosen', '/read/buffy/fire', '/side-by-side/chosen/the-end']) {
      const html = await (await request.get(path)).text()
      const title = /<title>([^<]*)<\/title>/.exec(html)?.[1] ?? ''
      expect(title, path).not.toBe('')
      expect(seen.has(title), `${path}: unique title ${title}`).toBe(false)
      seen.add(title)
      for (const key of ['og:title', 'og:description', 'og:image', 'og:url', 'og:type', 'twitter:card', 'twitter:image']) expect(metaOf(html, key), `${path} ${key}`).toBeTruthy()
      expect(html).toMatch(/<meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'self' 'sha256-/)
      expect((await request.get(pathOf(metaOf(html, 'og:image') ?? ''))).status(), `${path} card`).toBe(200)
    }
    const sbs = await (await request.get('/side-by-side/chosen/the-end')).text()
    expect(metaOf(sbs, 'og:description')).toMatch(/she stays.*she leaves/)
  })
})

test.describe('moment links and sharing', () => {
  test.beforeEach(async ({ context, baseURL }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL })
  })

  const noShareSheet = (page: Page) => page.evaluate(() => Object.defineProperty(navigator, 'share', { value: undefined }))
  const clipboard = (page: Page) => page.evaluate(() => navigator.clipboard.readText())

  test('side-by-side moment addresses open there, cold', async ({ page }) => {
    await open(page, '/side-by-side/chosen/the-end')
    await expect.poll(() => inView(page, '#the-end-label')).toBe(true)
    await recordHighlights(page)
    await open(page, '/side-by-side/chosen/and-finally-she-leaves-maybe-she')
    await expect.poll(() => inView(page, '#and-finally-she-leaves-maybe-she')).toBe(true)
    await expect.poll(() => highlighted(page), 'the moment was highlighted').toContain('and-finally-she-leaves-maybe-she')
    const right = await lineStates(page, '.cell-right [data-line]')
    const earlier = right.slice(
      0,
      right.findIndex((l) => l.id === 'and-finally-she-leaves-maybe-she'),
    )
    expect(earlier.length).toBeGreaterThan(1)
    expect(
      earlier.filter((l) => l.visible !== 1).map((l) => l.id),
      'everything before the moment is shown',
    ).toEqual([])
  })

  test('#anchor within a page, and back and forward, land on their moments', async ({ page }) => {
    const fire = '[data-line="the-fire-didnt-burn-in-the"]'
    const end = '#they-were-consumed-by-the-flames'
    await open(page, '/read/buffy')
    await page.evaluate(() => (window.location.hash = 'fire'))
    await expect.poll(() => inView(page, fire)).toBe(true)
    await page.evaluate(() => (window.location.hash = 'they-were-consumed-by-the-flames'))
    await expect.poll(() => inView(page, end)).toBe(true)
    await page.goBack()
    await expect.poll(() => inView(page, fire), 'back returns to the earlier moment').toBe(true)
    await page.goForward()
    await expect.poll(() => inView(page, end)).toBe(true)
  })

  test('Share copies the link of the current moment, and says so', async ({ page, baseURL }) => {
    await open(page, '/read/spike/the-end')
    await noShareSheet(page)
    await page.getByRole('button', { name: 'Share' }).click()
    await expect(page.getByRole('status').filter({ hasText: 'Link copied' })).toBeVisible()
    const copied = await clipboard(page)
    expect(copied).toBe(`${baseURL}/read/spike/and-finally-she-leaves-maybe-she`)
    await open(page, pathOf(copied))
    await expect.poll(() => inView(page, '#and-finally-she-leaves-maybe-she')).toBe(true)
  })

  test('Share uses the device share sheet where there is one', async ({ page }) => {
    await open(page, '/side-by-side/chosen/fire')
    await page.evaluate(() => {
      const w = window as unknown as { shared: ShareData[] }
      w.shared = []
      navigator.share = async (data?: ShareData) => void w.shared.push(data ?? {})
      navigator.canShare = () => true
    })
    await page.getByRole('button', { name: 'Share' }).click()
    await expect(page.getByRole('status').filter({ hasText: 'Shared.' })).toBeVisible()
    const shared = await page.evaluate(() => (window as unknown as { shared: ShareData[] }).shared)
    expect(shared, 'shared once').toHaveLength(1)
    expect(shared[0]?.url).toMatch(/\/side-by-side\/chosen\/(fire|the-fire-didnt-burn-in-the)$/)
  })

  test('selecting text offers “Share this line”, which links to that line', async ({ page, baseURL }) => {
    await open(page, '/read/buffy/seeing')
    await noShareSheet(page)
    await page.evaluate(() => {
      const line = document.getElementById('they-were-kindred-spirits')
      const selection = document.getSelection()
      if (!line || !selection) throw new Error('no line or no selection')
      line.scrollIntoView({ block: 'center' })
      const range = document.createRange()
      range.selectNodeContents(line)
      selection.removeAllRanges()
      selection.addRange(range)
    })
    await page.getByRole('button', { name: 'Share this line' }).click()
    await expect(page.getByRole('status').filter({ hasText: 'Link copied' }).first()).toBeVisible()
    expect(await clipboard(page)).toBe(`${baseURL}/read/buffy/they-were-kindred-spirits`)
  })
})

test.describe('bad addresses', () => {
  // What the server itself answers is the point here, not what a service worker in control
  // passes on (the same 404 online: offline-views.spec.ts).
  test.use({ serviceWorkers: 'block' })

  test.afterEach(async ({ context, problems }) => {
    // Closed first: the page registers its worker once idle, and that may come after the test.
    await closePages(context)
    // The browser logs each 404 page itself; that one is the point; and the blocked service
    // worker's registration is said too. Anything else (a hydration error, a chunk's 404) still fails.
    dropPage404s(problems)
    const rest = problems.console.filter((p) => !/Service Worker registration blocked by Playwright/.test(p))
    problems.console.splice(0, problems.console.length, ...rest)
  })

  test('an unknown piece, pair or moment gets a helpful page with status 404', async ({ page }) => {
    for (const path of ['/read/angel', '/side-by-side/nope', '/read/spike/not-a-moment', '/nonsense', '/read/spike/a/b/c']) {
      const response = await page.goto(path)
      expect(response?.status(), path).toBe(404)
      await expect(page.getByRole('heading', { name: 'This moment isn’t here' }), path).toBeVisible()
      await expect(page.getByRole('link', { name: 'Read “For Her”, Spike’s side' }), path).toBeVisible()
      await expect(page.locator('.not-found-what'), 'it says what it couldn’t find').toHaveText(/^We couldn’t find .+\.$/)
    }
  })

  test('an unknown #anchor keeps the page and says so', async ({ page }) => {
    await open(page, '/read/spike#not-a-moment')
    await expect(page.getByText('There’s no moment called “not-a-moment” here', { exact: false })).toBeVisible()
    await expect(page.getByRole('heading', { name: 'For Her', level: 1 })).toBeVisible()
  })

  test('hostile input in an address is shown as text at most, never run', async ({ page }) => {
    const pwned = () => page.evaluate(() => (window as unknown as { pwned?: unknown }).pwned)
    const hostile = '%3Cimg%20src=x%20onerror=window.pwned=1%3E'
    expect((await page.goto(`/read/${hostile}`))?.status()).toBe(404)
    await hydrated(page)
    await expect(page.locator('.not-found-what'), 'the address is shown, as text').toContainText('onerror=window.pwned=1')
    expect(await pwned()).toBeUndefined()
    await expect(page.locator('main img')).toHaveCount(0)
    await open(page, `/read/spike#${hostile}`)
    // Not a moment's id, so not even named in a notice: the reader starts at the beginning.
    await expect(page.getByRole('heading', { name: 'For Her', level: 1 })).toBeVisible()
    expect(await pwned()).toBeUndefined()
    await expect(page.locator('main img')).toHaveCount(0)
  })
})
