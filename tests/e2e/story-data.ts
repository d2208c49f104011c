import { readFileSync, readdirSync } from 'node:fs'
import { parse } from 'yaml'
import { buildLibrary } from '../../src/story/build-library.ts'
import { linesOf } from '../../src/story/lookup.ts'
import type { Line, Story } from '../../src/story/story-types.ts'

/** The stories as the build reads them (`stories/*.md`), so counts in the tests come from the data, not from memory. */
export const library = buildLibrary(
  readdirSync('stories')
    .filter((f) => f.endsWith('.md'))
    .map((f) => ({ file: `stories/${f}`, text: readFileSync(`stories/${f}`, 'utf8') })),
)

/** The story with this id; throws when there is none (a test naming a story that is gone should say so). */
export function storyOf(id: string): Story {
  const story = library.stories.find((s) => s.id === id)
  if (!story) throw new Error(`no story "${id}" in stories/`)
  return story
}

/** Every line of a story, in reading order. */
export function storyLines(id: string): Line[] {
  return linesOf(storyOf(id))
}

/** The words of a text, as the fidelity check compares them. */
export function wordsOf(text: string): string[] {
  return (text.match(/[\p{L}\p{N}]+(?:['’][\p{L}\p{N}]+)*/gu) ?? []).map((w) => w.toLowerCase().replace(/’/g, "'"))
}

/** The seed text of a story (the author's original), with the story file's listed repairs applied. */
export function repairedSeed(seedFile: string, storyFile: string): string {
  let raw = readFileSync(`tests/fixtures/seeds/${seedFile}`, 'utf8')
  const fm = parse(readFileSync(storyFile, 'utf8').split(/^---$/m)[1] ?? '') as { repairs?: { source: string; text: string }[] }
  for (const r of fm.repairs ?? []) raw = raw.replace(r.source, r.text)
  return raw
}
