import { expect, test } from './fixtures.ts'
import { buildSite, serveSite, type OwnSite } from './own-site.ts'
import { PORTS } from './servers.ts'

// A library whose titles, summaries, labels and text hold replacement patterns ($$, $&,
// $`, $'), HTML, `</script>`, quotes, emoji and right-to-left text: each must come out as
// written, in the page, its head and after hydration.
const OUT = '.tmp/hostile-dist'
let site: OwnSite

const PAIR = `Paid $$50 & <b>$&</b> $\` $' </script> “quotes” 'single' "double" 🔥 שלום`
const TITLE = `Paid $$50 $' </script> · Ana $& <b>’s side of “${PAIR}”`
const SUMMARY = `$' leaves $\` behind: “$$” & <script>alert(1)</script> 🔥 עברית`
const LINES = [
  'It cost $$50, and she paid it.',
  `He said "$&" and then '$\`' and then $' as if it meant something.`,
  'Fire 🔥 and ashes; שלום עליכם and مرحبا بالعالم sat on one line.',
  'One <b> is not a tag, and 3 < 4 & 5 > 2 are just sums.',
  'A </script> in the text stays text.',
]

test.beforeAll(async () => {
  test.setTimeout(180_000)
  buildSite(OUT, { STORIES_DIR: 'tests/fixtures/hostile-stories' })
  site = await serveSite(OUT, PORTS.hostile)
})
test.afterAll(async () => site?.close())

for (const javaScriptEnabled of [false, true]) {
  test.describe(`with JavaScript ${javaScriptEnabled ? 'on' : 'off'}`, () => {
    test.use({ javaScriptEnabled })

    test('a story full of $ patterns, HTML and RTL text reads exactly as written, title and head included', async ({ page }) => {
      await page.goto(`${site.origin}/read/dollar`)
      if (javaScriptEnabled) await expect(page.locator('html[data-theme]')).toHaveCount(1)
      await expect(page).toHaveTitle(TITLE)
      await expect(page.locator('[data-line]')).toHaveText(LINES)
      await expect(page.locator('meta[property="og:title"]')).toHaveAttribute('content', TITLE)
      await expect(page.locator('meta[name="description"]')).toHaveAttribute('content', SUMMARY)
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Paid $$50 $' </script>`)
      await expect(page.locator('#root')).toHaveCount(1)
    })

    test('the side-by-side view, the home page and a moment page keep the pair’s text too', async ({ page }) => {
      await page.goto(`${site.origin}/side-by-side/ledger`)
      if (javaScriptEnabled) await expect(page.locator('html[data-theme]')).toHaveCount(1)
      await expect(page).toHaveTitle(`${PAIR}, side by side`)
      await expect(page.getByText("Opening $' <em>bold</em>").first()).toBeVisible()
      await expect(page.getByText('They part at $$50 & </script> 🔥')).toBeVisible()
      await page.goto(`${site.origin}/`)
      await expect(page.getByText(`It cost $$50, then $&, then $\` and $' — <i>not</i> </script> شكرا 🔥`).first()).toBeVisible()
      await page.goto(`${site.origin}/read/dollar/opening`)
      await expect(page).toHaveTitle(`Opening $' <em>bold</em> · ${TITLE}`)
      await expect(page.locator('meta[property="og:description"]')).toHaveAttribute('content', `“It cost $$50, and she paid it.”`)
    })
  })
}
