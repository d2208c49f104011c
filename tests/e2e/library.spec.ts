import { spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { expect, PHONE, test as base } from './fixtures.ts'
import { bodyTextContrast } from './contrast.ts'
import { choosePrefs, hydrated } from './pages.ts'
import { serveSite } from './own-site.ts'
import { PORTS } from './servers.ts'

// A library of three scenes and a story alone (tests/fixtures/library): the shipped scene,
// "The Lighthouse" (Mara's tower, neutral; Tomas's boat, cool), "The Crossing" (Mara again,
// with Ines's ferry, warm) and Ada's letter in no pair. Built into its own folder and served
// on its own port, so it never touches dist/.
const STORIES_DIR = 'tests/fixtures/library'
const OUT_DIR = '.tmp/e2e-library'

const test = base.extend<object, { libraryOrigin: string }>({
  libraryOrigin: [
    async ({}, provide) => {
      const env = { ...process.env, STORIES_DIR, OUT_DIR }
      if (!process.env.E2E_SKIP_LIBRARY_BUILD || !existsSync(join(OUT_DIR, 'index.html'))) {
        const built = spawnSync(process.execPath, ['scripts/build.mjs'], { env, encoding: 'utf8' })
        if (built.status !== 0) throw new Error(`library build failed:\n${built.stdout}\n${built.stderr}`)
      }
      const site = await serveSite(OUT_DIR, PORTS.library, { STORIES_DIR, OUT_DIR })
      try {
        await provide(site.origin)
      } finally {
        await site.close()
      }
    },
    { scope: 'worker', timeout: 240_000 },
  ],
})

const meta = (page: import('@playwright/test').Page, key: string) => page.locator(`meta[property="${key}"]`).getAttribute('content')

test('home lists every scene with its pieces and ways in, then the stories that stand alone', async ({ page, libraryOrigin }) => {
  await page.goto(libraryOrigin + '/')
  await expect(page).toHaveTitle('Two Tellings · Every moment, from both sides')
  await expect(page.getByRole('heading', { level: 1, name: 'Two Tellings' })).toBeVisible()
  const scenes = page.getByRole('heading', { level: 2 })
  await expect(scenes).toHaveText(['Chosen', 'The Crossing', 'The Lighthouse', 'Stories that stand alone'])
  const lighthouse = page.getByRole('region', { name: 'The Lighthouse' })
  const ways = lighthouse.getByRole('navigation', { name: 'Ways into “The Lighthouse”' })
  await expect(ways.getByRole('link')).toHaveText(['Read Mara’s side', 'Read Tomas’s side', 'Side by side', 'Present'])
  await expect(ways.getByRole('link', { name: 'Read Mara’s side' })).toHaveClass(/way-neutral/)
  await expect(lighthouse.getByRole('heading', { level: 3 })).toHaveText(['The Tower', 'The Crossing Light'])
  await expect(page.getByRole('region', { name: 'Stories that stand alone' }).getByRole('heading', { level: 3 })).toHaveText(['A Letter Never Sent'])
  expect(await meta(page, 'og:image')).toMatch(/\/cards\/library\.png$/)
})

test('a scene has its own title card at /scene/<pair>, with its preview', async ({ page, libraryOrigin }) => {
  await page.goto(libraryOrigin + '/scene/lighthouse')
  await expect(page.getByRole('heading', { level: 1, name: 'The Lighthouse' })).toBeVisible()
  await expect(page.getByRole('navigation', { name: 'Ways in' }).getByRole('link', { name: 'Read Tomas’s side' })).toHaveAttribute('href', '/read/sailor')
  await expect(page).toHaveTitle('The Lighthouse · Two Tellings · Every moment, from both sides')
  expect(await meta(page, 'og:image')).toMatch(/\/cards\/lighthouse\.png$/)
  expect((await page.request.get(libraryOrigin + '/scene/lighthouse/lamp')).status()).toBe(404)
})

test('a story in one pair is titled with it; a story in two offers each other telling', async ({ page, libraryOrigin }) => {
  await page.goto(libraryOrigin + '/read/sailor')
  await expect(page).toHaveTitle('The Crossing Light · Tomas’s side of “The Lighthouse”')
  await expect(page.getByRole('banner').getByRole('link', { name: /Two Tellings/ })).toBeVisible()
  await expect(page.getByRole('link', { name: 'See this moment from Mara’s side' }).first()).toHaveAttribute('href', '/read/keeper/storm')

  await page.goto(libraryOrigin + '/read/keeper')
  await expect(page).toHaveTitle('The Tower · Mara’s side')
  const storm = page.getByRole('region', { name: 'The storm comes in' })
  await expect(storm.getByRole('link', { name: /^See this moment from/ })).toHaveText([
    'See this moment from Ines’s side (“The Crossing”)',
    'See this moment from Tomas’s side (“The Lighthouse”)',
  ])
  // The lamp is told only in "The Lighthouse".
  await expect(page.getByRole('region', { name: 'The lamp' }).getByRole('link', { name: /^See this moment from/ })).toHaveText([
    'See this moment from Tomas’s side (“The Lighthouse”)',
  ])

  await page.goto(libraryOrigin + '/read/letter')
  await expect(page).toHaveTitle('A Letter Never Sent · Ada’s side')
  await expect(page.getByText('I watched the light all night and thought of you.')).toBeVisible()
})

test('side by side and presenting show the new pair, tinted from its data', async ({ page, libraryOrigin }) => {
  await page.goto(libraryOrigin + '/side-by-side/lighthouse')
  await expect(page.getByRole('heading', { level: 1, name: 'The Lighthouse, side by side' })).toBeVisible()
  await expect(page.locator('.column-head')).toHaveText([/Mara\s+The Tower/, /Tomas\s+The Crossing Light/])
  await expect(page.locator('.column-head').first()).toHaveClass(/tint-neutral/)
  await expect(page.locator('.atmosphere')).toHaveClass(/atmosphere-left-neutral atmosphere-right-cool/)
  await expect(page.getByText('The tellings diverge.')).toBeVisible()

  await page.goto(libraryOrigin + '/present/lighthouse')
  await expect(page.locator('.slide-heading')).toHaveText('The Lighthouse')
  await expect(page.locator('.slide-kicker')).toHaveText('Mara’s side and Tomas’s, beat by beat')
  // A key pressed before the app is live would go nowhere: the stage answers keys once hydrated.
  await hydrated(page)
  await page.keyboard.press('ArrowRight')
  await expect(page).toHaveURL(/\/present\/lighthouse\/the-wind-found-the-tower/)
  await expect(page.getByText('Mara', { exact: true })).toBeVisible()
})

test('a moment link lands on its line, with a preview that quotes it and a card that exists', async ({ page, libraryOrigin }) => {
  await page.setViewportSize(PHONE)
  await page.goto(libraryOrigin + '/read/sailor/then-far-off-a-point-of')
  await expect(page.locator('#then-far-off-a-point-of')).toBeInViewport()
  await expect(page).toHaveTitle('The lamp · The Crossing Light · Tomas’s side of “The Lighthouse”')
  expect(await meta(page, 'og:description')).toBe('“Then, far off, a point of light.”')
  const image = (await meta(page, 'og:image')) ?? ''
  expect(image).toMatch(/\/cards\/read-sailor-lamp\.png$/)
  const card = await page.request.get(libraryOrigin + new URL(image).pathname)
  expect(card.status()).toBe(200)
  expect(card.headers()['content-type']).toBe('image/png')

  await page.goto(libraryOrigin + '/side-by-side/lighthouse/lamp')
  await expect(page).toHaveTitle('The lamp · The Lighthouse, side by side')
  expect(await meta(page, 'og:image')).toMatch(/\/cards\/side-by-side-lighthouse-lamp\.png$/)
})

test('no script holds story text; a reader fetches its own story’s data and not the others', async ({ page, libraryOrigin }) => {
  const scripts: string[] = []
  const data: string[] = []
  page.on('response', (r) => {
    if (/\.js$/.test(r.url())) scripts.push(r.url())
    if (/\.json$/.test(r.url())) data.push(r.url())
  })
  await page.goto(libraryOrigin + '/read/sailor')
  await expect(page.locator('html[data-theme]')).toHaveCount(1)
  await expect.poll(() => data.some((u) => /\/sailor-[\w-]+\.json$/.test(u))).toBe(true)
  expect(data.filter((u) => /\/(keeper|ferry|letter|buffy|spike)-[\w-]+\.json$/.test(u))).toEqual([])
  // Story data is data, not code: a story's text is in no script the page runs, the entry least of all.
  expect(
    scripts.some((u) => /\/index-[\w-]+\.js$/.test(u)),
    'the entry was loaded',
  ).toBe(true)
  for (const url of scripts) {
    const code = await (await page.request.get(url)).text()
    for (const words of ['The sea stood up in front of him', 'The wind found the tower', 'Buffy stared at their hands']) expect(code, url).not.toContain(words)
  }
})

test('the neutral tint keeps body text at 7:1 or more, alone and beside a cool story, in every theme, at the start and at the end', async ({ page, libraryOrigin }) => {
  test.slow()
  const worst: string[] = []
  let measured = 0
  for (const theme of ['Night', 'Sepia', 'Light']) {
    await choosePrefs(page, { theme, pace: 'Off: all at once' }, libraryOrigin)
    for (const path of ['/read/keeper', '/side-by-side/lighthouse']) {
      await page.goto(libraryOrigin + path)
      await hydrated(page)
      await expect(page.locator('.atmosphere'), path).toHaveClass(path === '/read/keeper' ? /atmosphere-neutral/ : /atmosphere-left-neutral atmosphere-right-cool/)
      for (const where of ['start', 'end'] as const) {
        const { ratio, ink, background, paragraphs } = await bodyTextContrast(page, where)
        const said = `${theme} ${path} ${where}: ${ratio.toFixed(2)}:1 (ink ${ink.join(',')} on ${background.join(',')})`
        expect(paragraphs, `${theme} ${path} ${where}: paragraphs on screen`).toBeGreaterThan(0)
        expect(ratio, said).toBeGreaterThanOrEqual(7)
        worst.push(said)
        measured++
      }
    }
  }
  expect(measured, 'three themes × two pages × start and end').toBe(12)
  await test.info().attach('ratios', { body: worst.join('\n'), contentType: 'text/plain' })
})
