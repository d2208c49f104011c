import { parseFrontMatter, readFields } from './front-matter.ts'
import { StoryError } from './story-error.ts'
import type { Site } from './story-types.ts'

const SITE_FIELDS = {
  kind: { kind: 'text', required: true },
  name: { kind: 'text', required: true },
  tagline: { kind: 'text', required: true },
  description: { kind: 'text' },
} as const

/** The site a library without a site file has: plain words that name no scene. */
export const DEFAULT_SITE: Site = {
  name: 'Paired scenes',
  tagline: 'One moment, two tellings',
  description: 'Fan-fiction pieces that tell the same moment from two sides, to read, share and present.',
}

/** Parses the site file (`kind: site`: the site's name, tagline and description); a fault is a StoryError. */
export function parseSite(file: string, source: string): Site {
  const fm = parseFrontMatter(file, source)
  const f = readFields(file, fm, SITE_FIELDS)
  if (fm.body.trim()) throw new StoryError(file, fm.bodyLine, 'a site file has no text after its front matter')
  return {
    name: f.name as string,
    tagline: (f.tagline as string).replace(/[.]$/, ''),
    description: (f.description as string | undefined) ?? DEFAULT_SITE.description,
  }
}
