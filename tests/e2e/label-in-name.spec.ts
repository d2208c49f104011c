import { AxeBuilder } from '@axe-core/playwright'
import { expect, page404, test } from './fixtures.ts'

// axe-core 4.14 checks WCAG 2.5.3 Label in Name by default: a control's accessible name
// contains the words it shows, so a voice-control user saying "Play" hits the Play button.
const VIEWS = ['/', '/read/spike', '/side-by-side/chosen', '/present/chosen', '/present/spike?presenter', '/read/nobody']

for (const path of VIEWS) {
  test(`${path}: every control’s name contains its visible label, and axe 4.14 finds nothing else`, async ({ page, problems }) => {
    await page.goto(path, { waitUntil: 'networkidle' })
    if (path.startsWith('/present/')) await page.locator('.present-controls').hover()
    const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']).analyze()
    expect(results.testEngine.version).toMatch(/^4\.14\./)
    const ran = [...results.passes, ...results.incomplete, ...results.inapplicable, ...results.violations].map((r) => r.id)
    expect(ran).toContain('label-content-name-mismatch')
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`)).toEqual([])
    if (path === '/read/nobody') {
      // The not-found page is served with status 404, which the browser logs.
      expect(problems.console).toEqual([page404('/read/nobody')])
      problems.console.length = 0
    }
  })
}

test('the presentation’s buttons are named by the words they show', async ({ page }) => {
  await page.goto('/present/chosen')
  await expect(page.locator('html[data-theme]')).toHaveCount(1)
  for (const name of ['Play auto-advance', 'Loop back', 'Black screen', 'QR code', 'Presenter window', 'Keys', 'Letter keys on', 'Leave the presentation']) {
    await expect(page.getByRole('button', { name: new RegExp(`^${name}`) })).toHaveCount(1)
  }
  // By keyboard: a faded control (idle cursor) would not take a pointer click.
  await page.getByRole('button', { name: /^Play/ }).focus()
  await page.keyboard.press('Enter')
  await expect(page.getByRole('button', { name: /^Pause auto-advance$/ })).toHaveAttribute('aria-pressed', 'true')
})
