import { expect, page404, test } from './fixtures.ts'

test('an unknown address is answered 404 with a page that says so and offers the way home', async ({ page, problems }) => {
  const response = await page.goto('/read/nobody')
  expect(response?.status()).toBe(404)
  await expect(page.getByRole('heading', { level: 1, name: 'This moment isn’t here' })).toBeVisible()
  await expect(page).toHaveTitle(/^Not found/)
  // The browser logs the document's own 404; that one is the point of the test.
  expect(problems.console).toEqual([page404('/read/nobody')])
  problems.console.length = 0
})
