import { isMap, isScalar, isSeq, parseDocument } from 'yaml'
import { StoryError, lineAt } from './story-error.ts'

/** A source file split into its YAML front matter and its Markdown body. */
export interface FrontMatter {
  readonly data: Readonly<Record<string, unknown>>
  /** The file line of each top-level key, for error messages. */
  readonly keyLines: ReadonlyMap<string, number>
  /** For each top-level list, the file line of each of its items. */
  readonly itemLines: ReadonlyMap<string, readonly number[]>
  readonly body: string
  /** The file line the body starts on. */
  readonly bodyLine: number
}

/** Splits and parses front matter; throws a StoryError naming the file line on any fault. */
export function parseFrontMatter(file: string, source: string): FrontMatter {
  const text = source.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n')
  if (!text.startsWith('---\n')) {
    throw new StoryError(file, 1, 'missing front matter: the file must start with a line "---"')
  }
  const rest = text.slice(4)
  const end = closingLine(rest)
  if (!end) throw new StoryError(file, 1, 'front matter is not closed: add a line "---" after it')
  const yamlText = end.yaml
  const doc = parseDocument(yamlText, { uniqueKeys: true, prettyErrors: false })
  const first = doc.errors[0]
  if (first) {
    const line = 1 + (first.linePos?.[0]?.line ?? lineAt(yamlText, first.pos[0]))
    const what = first.code === 'DUPLICATE_KEY' ? 'duplicate field' : 'invalid front matter'
    throw new StoryError(file, line, `${what}: ${first.message.split('\n')[0]}`)
  }
  if (!isMap(doc.contents)) throw new StoryError(file, 2, 'invalid front matter: expected "field: value" lines')
  const keyLines = new Map<string, number>()
  const itemLines = new Map<string, number[]>()
  for (const item of doc.contents.items) {
    const key = isScalar(item.key) ? String(item.key.value) : ''
    const offset = isScalar(item.key) && item.key.range ? item.key.range[0] : 0
    keyLines.set(key, 1 + lineAt(yamlText, offset))
    if (isSeq(item.value)) {
      itemLines.set(
        key,
        item.value.items.map((v) => 1 + lineAt(yamlText, (v as { range?: readonly number[] | null }).range?.[0] ?? offset)),
      )
    }
  }
  let data: Record<string, unknown>
  try {
    // An alias bomb (aliases of aliases) would expand to gigabytes: YAML counts and stops it.
    data = doc.toJS({ maxAliasCount: 100 }) as Record<string, unknown>
  } catch (error) {
    const alias = /\*[^\s,\]}]+/.exec(yamlText)
    const line = 1 + lineAt(yamlText, alias?.index ?? 0)
    const why = /Unresolved alias/.test(String(error)) ? `the alias ${alias?.[0] ?? ''} names no anchor (an "&name" before it)` : 'too many aliases (*name): write the text out'
    throw new StoryError(file, line, `invalid front matter: ${why}`)
  }
  const bodyStart = 4 + end.index + end.length + 1
  return { data, keyLines, itemLines, body: text.slice(bodyStart), bodyLine: lineAt(text, bodyStart) }
}

/**
 * The line that closes the front matter: the first "---" at the start of a line that is
 * not inside a block scalar (`note: |` text, indented, may hold a "---" line of its own,
 * even unindented: it is text, and is indented like its block for YAML).
 */
function closingLine(rest: string): { index: number; length: number; yaml: string } | undefined {
  const lines = rest.split('\n')
  let at = 0
  let blockIndent = ''
  const out: string[] = []
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as string
    if (/^---[ \t]*$/.test(line)) {
      const next = lines.slice(i + 1).find((l) => l.trim() !== '') ?? ''
      if (!blockIndent || !next.startsWith(blockIndent)) return { index: at, length: line.length, yaml: out.join('\n') + (out.length ? '\n' : '') }
      out.push(blockIndent + line)
    } else {
      if (/^\S/.test(line)) blockIndent = /:\s*[|>][-+0-9]*\s*(#.*)?$/.test(line) ? ' ' : ''
      if (blockIndent && /^\s+\S/.test(line) && blockIndent === ' ') blockIndent = /^\s+/.exec(line)?.[0] ?? ' '
      out.push(line)
    }
    at += line.length + 1
  }
  return undefined
}

/** What a field may hold. */
export type FieldKind = 'text' | 'id' | 'list'

/**
 * Reads the fields `schema` names from front matter; an unknown field, a missing required
 * one or one of the wrong kind is a StoryError at its line.
 */
export function readFields<K extends string>(file: string, fm: FrontMatter, schema: Record<K, { kind: FieldKind; required?: boolean }>): Partial<Record<K, unknown>> {
  const out: Partial<Record<K, unknown>> = {}
  for (const [key, value] of Object.entries(fm.data)) {
    const line = fm.keyLines.get(key) ?? 2
    if (!Object.hasOwn(schema, key)) {
      throw new StoryError(file, line, `unknown field "${key}" (known: ${Object.keys(schema).join(', ')})`)
    }
    const { kind } = schema[key as K]
    if (kind === 'list' ? !Array.isArray(value) : typeof value !== 'string' || value.trim() === '') {
      throw new StoryError(file, line, `field "${key}" must be ${kind === 'list' ? 'a list' : 'non-empty text'}`)
    }
    if (kind === 'id' && !/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(value as string)) {
      throw new StoryError(file, line, `field "${key}" must be lower-case words joined by hyphens, not "${String(value)}"`)
    }
    if (typeof value === 'string' && value.startsWith('TODO(import)')) {
      throw new StoryError(file, line, `field "${key}" is a gap the import left: ${value.slice('TODO(import)'.length).replace(/^:\s*/, '')}`)
    }
    out[key as K] = kind === 'list' ? value : (value as string).trim()
  }
  for (const [key, rule] of Object.entries(schema) as Array<[K, { required?: boolean }]>) {
    if (rule.required && out[key] === undefined) throw new StoryError(file, 2, `missing required field "${key}"`)
  }
  return out
}
