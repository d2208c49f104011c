// npm run import -- <file.txt> [--id <id>] [--perspective <name>] [--tint warm|cool|neutral]
//                   [--accept-repairs] [--out <dir>] [--force]
// Turns a story saved as plain text (an AO3-style header block, an author's note before the
// story, page debris) into stories/<id>.md: the front matter filled from what it found, a
// marked gap (which fails the build until filled) for what it could not find, and a list of
// possible damage (a `?` standing for a lost ellipsis, dash or quote) with line numbers and
// a suggested repair, written as `repairs` only with --accept-repairs.
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { basename, join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { stringify } from 'yaml'

/** The marker of a gap the import left for the author (the build fails on it). */
export const GAP = 'TODO(import)'

const HEADER = /^(Title|Pairing|Rating|Time|Setting|Fandom|Summary|Status|Disclaimer|Warnings?|Characters|Category|Words|Author)\s*:\s*(.*)$/i
/** @type {Record<string, string | undefined>} */
const FIELD = {
  title: 'title',
  pairing: 'pairing',
  rating: 'rating',
  time: 'setting',
  setting: 'setting',
  fandom: 'fandom',
  summary: 'summary',
  status: 'status',
  disclaimer: 'disclaimer',
}
const DEBRIS = [/^avatar credit\b/i, /^(chapter|part) \d+$/i, /^(a\/n|author'?s note)\s*:?\s*$/i]
const NOTE_END = /(thank ?you|thanks|enjoy|review|reviews)[!.]*$/i

/** @param {string} s */
const slug = (s) =>
  s
    .toLowerCase()
    .normalize('NFKD')
    .replace(/['’]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '') || 'story'

/**
 * Possible damage in one line: each `?` that likely stands for a lost character, with a suggested repair.
 * @param {string} text
 */
function damageIn(text) {
  const found = []
  /** @type {[RegExp, (m: RegExpExecArray) => string, string][]} */
  const rules = [
    [/(\S)\?(?= [a-z])/g, (m) => `${m[1]}…`, 'an ellipsis (…)'],
    [/ \? /g, () => ' — ', 'a dash (—)'],
    [/(^|\s)\?(?=[A-Za-z])/g, (m) => `${m[1]}'`, "an opening quote (')"],
  ]
  for (const [re, fix, what] of rules) {
    for (const m of text.matchAll(re)) found.push({ index: m.index ?? 0, length: m[0].length, fix: fix(m), what })
  }
  return found.sort((a, b) => a.index - b.index)
}

/**
 * The source around a repair: words before and after, grown until it occurs once in `all`.
 * @param {string} text
 * @param {number} at
 * @param {number} length
 * @param {string} all
 */
function snippet(text, at, length, all) {
  for (let words = 1; words < 6; words++) {
    const before = text
      .slice(0, at)
      .split(/(?<=\s)/)
      .slice(-words - 1)
      .join('')
    const after = text
      .slice(at + length)
      .split(/(?=\s)/)
      .slice(0, words)
      .join('')
    const s = (before + text.slice(at, at + length) + after).trim()
    if (all.indexOf(s) === all.lastIndexOf(s)) return s
  }
  return text.trim()
}

/**
 * Reads a plain-text story. Returns the markdown file's text, the story's id, and the
 * findings for the author: `gaps` (fields left to fill), `damage` (line, found, suggested)
 * and what was set aside (`debris`).
 * @param {string} source
 * @param {{ file?: string, id?: string, perspective?: string, tint?: string, acceptRepairs?: boolean }} [options]
 */
export function importStory(source, { file = 'story.txt', id, perspective, tint, acceptRepairs = false } = {}) {
  const raw = source.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n')
  const lines = raw.split('\n').map((l, i) => ({ n: i + 1, text: l.trim() }))
  /** @type {Record<string, string>} */
  const meta = {}
  const before = []
  const debris = []
  const body = []
  let header = 'before'
  for (const line of lines) {
    if (!line.text) continue
    const h = HEADER.exec(line.text)
    if (h && header !== 'after') {
      header = 'in'
      const key = FIELD[(h[1] ?? '').toLowerCase()]
      const value = (h[2] ?? '').trim()
      if (key && value) meta[key] = value
      else debris.push(line)
      continue
    }
    if (header === 'in') header = 'after'
    if (header === 'before' && body.length === 0 && lines.some((l) => HEADER.test(l.text) && l.n > line.n)) before.push(line)
    else body.push(line)
  }
  // A title repeated as a heading, and page furniture, are not story.
  const title = meta.title ?? body.find((l) => l.text.length < 60)?.text ?? basename(file).replace(/\.[^.]*$/, '')
  const story = body.filter((l) => {
    const isDebris = l.text === title || DEBRIS.some((re) => re.test(l.text))
    if (isDebris) debris.push(l)
    return !isDebris
  })
  // The author's note: lines before the header, or the opening words that speak to readers and end in thanks.
  let note = before.map((l) => l.text).join('\n\n')
  const first = story[0]
  if (!note && first && /^I\b/.test(first.text)) {
    const sentences = first.text.split(/(?<=[.!?])\s+/)
    const end = sentences.findLastIndex((s) => NOTE_END.test(s))
    if (end >= 0) {
      note = sentences.slice(0, end + 1).join(' ')
      const rest = sentences.slice(end + 1).join(' ')
      if (rest) story[0] = { ...first, text: rest }
      else story.shift()
    }
  }
  const text = story.map((l) => l.text)
  /** @type {{ line: number, found: string, suggested: string, what: string, para: number }[]} */
  const damage = []
  story.forEach((l, i) => {
    for (const d of damageIn(l.text)) {
      const found = snippet(l.text, d.index, d.length, raw)
      const at = found.indexOf(l.text.slice(d.index, d.index + d.length))
      damage.push({ line: l.n, found, suggested: found.slice(0, at) + d.fix + found.slice(at + d.length), what: d.what, para: i })
    }
  })
  if (acceptRepairs) for (const d of damage) text[d.para] = (text[d.para] ?? '').replace(d.found, d.suggested)
  const escape = (/** @type {string} */ t) => t.replace(/^([#>+-]|\d+\.)(\s)/, '\\$1$2')
  const paragraphs = text.map((t, i) => (i === text.length - 1 && /^the end\.?$/i.test(t) ? `### ${t}` : escape(t)))

  const storyId = id ?? slug(meta.title ?? title)
  /** @type {string[]} */
  const gaps = []
  const gap = (/** @type {string} */ field, /** @type {string} */ question) => (gaps.push(field), `${GAP}: ${question}`)
  const fm = {
    id: storyId,
    title,
    perspective: perspective ?? gap('perspective', 'whose side is this? (a name)'),
    tint: tint ?? gap('tint', 'warm, cool or neutral?'),
    ...Object.fromEntries(['fandom', 'pairing', 'rating', 'setting', 'summary', 'status', 'disclaimer'].filter((k) => meta[k]).map((k) => [k, meta[k]])),
    ...(note ? { note } : {}),
    ...(acceptRepairs && damage.length ? { repairs: damage.map((d) => ({ source: d.found, text: d.suggested })) } : {}),
  }
  const comment = [
    `# Imported from ${basename(file)} by npm run import.`,
    ...(gaps.length ? [`# Fill in what the source doesn't say (${gaps.join(', ')}): the build fails until you do.`] : []),
    ...(damage.length && !acceptRepairs ? ['# Possible damage was found: see the import report; re-run with --accept-repairs to repair it.'] : []),
  ].join('\n')
  const markdown = `---\n${comment}\n${stringify(fm, { lineWidth: 100 })}---\n\n${paragraphs.join('\n\n')}\n`
  return {
    id: storyId,
    markdown,
    gaps,
    damage: damage.map((d) => ({ line: d.line, found: d.found, suggested: d.suggested, what: d.what })),
    debris: debris.map((l) => ({ line: l.n, text: l.text })),
  }
}

/**
 * The command line: writes the story, prints the findings; returns the exit code.
 * @param {string[]} argv
 */
function main(argv) {
  /** @type {{ files: string[], acceptRepairs?: boolean, force?: boolean, id?: string, perspective?: string, tint?: string, out?: string, [option: string]: unknown }} */
  const args = { files: [] }
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i] ?? ''
    if (a === '--accept-repairs') args.acceptRepairs = true
    else if (a === '--force') args.force = true
    else if (a.startsWith('--')) args[a.slice(2)] = argv[++i]
    else args.files.push(a)
  }
  const [file] = args.files
  if (!file) {
    console.error('usage: npm run import -- <file.txt> [--id <id>] [--perspective <name>] [--tint warm|cool|neutral] [--accept-repairs] [--out stories] [--force]')
    return 2
  }
  const result = importStory(readFileSync(file, 'utf8'), { file, id: args.id, perspective: args.perspective, tint: args.tint, acceptRepairs: args.acceptRepairs })
  const out = join(args.out ?? process.env.STORIES_DIR ?? 'stories', `${result.id}.md`)
  if (existsSync(out) && !args.force) {
    console.error(`${out} exists: pass --force to overwrite it, or --id to name the story otherwise`)
    return 1
  }
  writeFileSync(out, result.markdown)
  console.log(`wrote ${out}`)
  for (const g of result.gaps) console.log(`  gap: ${g} (marked ${GAP} in the front matter: the build fails until it is filled)`)
  for (const d of result.debris) console.log(`  set aside ${file}:${d.line}: ${d.text}`)
  for (const d of result.damage) {
    console.log(`  ${args.acceptRepairs ? 'repaired' : 'possible damage'} ${file}:${d.line}: "${d.found}" -> "${d.suggested}" (${d.what}?)`)
  }
  if (result.damage.length && !args.acceptRepairs) console.log('  re-run with --accept-repairs to write these repairs (listed as `repairs`, checked by the fidelity test)')
  return 0
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) process.exit(main(process.argv.slice(2)))
