import { expect, test, vi } from 'vitest'
import { DEFAULT_SITE_URL, warnWithoutSiteUrl } from './site-url.mjs'
import { storyErrorLine } from './story-error-line.mjs'
import { StoryError } from '../src/story/story-error.ts'

test('a story error wrapped by the bundler is reported as its one file:line line', () => {
  const story = new StoryError('stories/spike.md', 14, 'unknown field "author"')
  const bundler = Object.assign(new Error('Build failed with 1 error:\n\n[plugin chosen:stories]\nStoryError: …\n    at readFields (x.mjs:1:1)'), { errors: [story] })
  expect(storyErrorLine(bundler)).toBe('stories/spike.md:14: unknown field "author"')
  expect(storyErrorLine(new Error('outer', { cause: story }))).toBe('stories/spike.md:14: unknown field "author"')
})

test('an error that is not a story’s has no story line', () => {
  const loop: { errors: unknown[] } = { errors: [] }
  loop.errors.push(loop)
  expect([storyErrorLine(new Error('disk full')), storyErrorLine(null), storyErrorLine('text'), storyErrorLine(loop)]).toEqual([null, null, null, null])
})

test('a build without SITE_URL warns how to set it; with it, says nothing', () => {
  const warn = vi.fn()
  expect(warnWithoutSiteUrl({}, warn)).toBe(true)
  expect(warn.mock.calls[0]?.[0]).toContain('SITE_URL=https://your.site npm run build')
  expect(warn.mock.calls[0]?.[0]).toContain(DEFAULT_SITE_URL)
  expect(warnWithoutSiteUrl({ SITE_URL: 'https://example.org' }, warn)).toBe(false)
  expect(warn).toHaveBeenCalledTimes(1)
})
