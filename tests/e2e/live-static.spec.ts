import { PHONE, expect, test } from './fixtures.ts'

test('without the live server, the live pages say no show is being served and offer the reader; they are not in the sitemap', async ({ page, problems, request }) => {
  await page.setViewportSize(PHONE)
  for (const path of ['/follow', '/remote', '/live']) {
    const response = await page.goto(path)
    expect(response?.status()).toBe(200)
    await expect(page.getByRole('heading', { level: 1, name: 'No live show is being served here' })).toBeVisible()
    await expect(page.getByRole('link', { name: /Read “.*”/ }).first()).toBeVisible()
  }
  await page.goto('/script/chosen/spike')
  await expect(page.getByRole('heading', { level: 1, name: /Spike’s script/ })).toBeVisible()
  await expect(page.getByText('No live show is being served here: this is the whole script')).toBeVisible()
  const sitemap = await (await request.get('/sitemap.xml')).text()
  expect(sitemap).toContain('/read/spike<')
  expect(sitemap).not.toMatch(/\/(follow|remote|live|script)\b/)
  // A static host answers the live channel's address (/_live/…) with its not-found page: that
  // 404, and the event stream refusing an HTML answer, are expected; a chunk's 404 is not.
  problems.console.splice(0, problems.console.length, ...problems.console.filter((m) => !/\[\/_live\/[^\]]*\]$|^error: EventSource's response has a MIME type/.test(m)))
})
