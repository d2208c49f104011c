// Growing without slowing: builds, in the same run, today's site and a generated library of
// 20 stories in 10 pairs, and compares what a reader's first visit costs in each (the page,
// and the JavaScript it starts: entry, view and story chunks, gzip) and the size of dist/.
// Run alone (`node scripts/bench-library.mjs`) or from bench.mjs (`benchLibrary()`).
import { spawnSync } from 'node:child_process'
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { gzipSync } from 'node:zlib'
import { precacheRevisions } from './offline.mjs'

/** @param {Record<string, string>} env */
const build = (env) => {
  const r = spawnSync(process.execPath, ['scripts/build.mjs'], { stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, ...env } })
  if (r.status !== 0) throw new Error(`bench-library: build failed (${JSON.stringify(env)})`)
}

/**
 * Writes a library of `pairs` pairs (two stories each, as long as the shipped ones) into `dir`.
 * @param {string} dir
 */
export function generateLibrary(dir, pairs = 10) {
  rmSync(dir, { recursive: true, force: true })
  mkdirSync(dir, { recursive: true })
  const prose = (readFileSync('stories/spike.md', 'utf8').split(/^---$/m)[2] ?? '').replace(/<!--.*?-->/g, '').trim()
  const paras = prose.split(/\n\n+/)
  const tints = ['warm', 'cool', 'neutral']
  writeFileSync(join(dir, 'site.md'), '---\nkind: site\nname: Bench library\ntagline: Twenty stories in ten pairs\n---\n')
  for (let p = 1; p <= pairs; p++) {
    const beats = ['opening', 'middle', 'end']
    for (const [side, who] of /** @type {const} */ ([
      ['a', 'Left'],
      ['b', 'Right'],
    ])) {
      const id = `scene-${p}-${side}`
      const third = Math.ceil(paras.length / 3)
      const body = beats.map((b, i) => `<!-- beat: ${b} -->\n\n${paras.slice(i * third, (i + 1) * third).join('\n\n')}`).join('\n\n')
      writeFileSync(
        join(dir, `${id}.md`),
        `---\nid: ${id}\ntitle: Story ${p}${side}\nperspective: ${who} ${p}\ntint: ${tints[(p + side.length) % 3]}\nsummary: Generated story ${p}${side}.\n---\n\n${body}\n`,
      )
    }
    writeFileSync(
      join(dir, `pair-${p}.md`),
      `---\nid: pair-${p}\nkind: pair\ntitle: Scene ${p}\nleft: scene-${p}-a\nright: scene-${p}-b\nbeats:\n${beats.map((b) => `  - { id: ${b}, label: ${b} }`).join('\n')}\n---\n`,
    )
  }
}

/** @param {string} file */
const gz = (file) => gzipSync(readFileSync(file)).length
/**
 * @param {string} dir
 * @returns {number}
 */
function dirSize(dir) {
  let total = 0
  for (const name of readdirSync(dir)) {
    const p = join(dir, name)
    const s = statSync(p)
    total += s.isDirectory() ? dirSize(p) : s.size
  }
  return total
}

/**
 * What a first visit to `page` (a prerendered file in `outDir`) transfers, gzip: the HTML and
 * everything its boot script starts (the entry, the preloaded chunks and the story data, as
 * its `data-boot` names them).
 * @param {string} outDir
 * @param {string} page
 */
export function firstVisit(outDir, page) {
  const html = readFileSync(join(outDir, page), 'utf8')
  const attr = html.match(/<script data-boot="([^"]*)">/)?.[1]
  if (!attr) throw new Error(`bench-library: ${page} has no boot script`)
  /** @type {{ entry: string, modules: string[], data: string[] }} */
  const plan = JSON.parse(
    attr
      .replace(/&quot;/g, '"')
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&amp;/g, '&'),
  )
  const scripts = new Set([plan.entry, ...plan.modules])
  const size = (/** @type {Iterable<string>} */ files) => [...files].reduce((n, f) => n + gz(join(outDir, f.replace(/^\/+/, ''))), 0)
  const js = size(scripts)
  const data = size(plan.data)
  return { js, data, total: js + data + gzipSync(html).length, files: scripts.size + plan.data.length }
}

/** Whether `dir` holds a built site. @param {string} dir */
const built = (dir) => existsSync(join(dir, 'index.html'))

/** Builds both libraries, prints the comparison, and returns it (with `ok`: within 2 KB gzip). */
export async function benchLibrary({ skipBuild = false } = {}) {
  const gen = '.tmp/bench-library-stories'
  const outs = { today: '.tmp/bench-library-today', library: '.tmp/bench-library-20' }
  // BENCH_SKIP_BUILD reuses the builds of an earlier run, where there was one (and the
  // edited story's build only with the build it is compared with).
  const reuse = skipBuild && built(outs.today) && built(outs.library)
  if (!reuse) {
    generateLibrary(gen)
    build({ OUT_DIR: outs.today })
    build({ OUT_DIR: outs.library, STORIES_DIR: gen })
  }
  const rows = {
    today: { ...firstVisit(outs.today, 'read/spike.html'), dist: dirSize(outs.today) },
    library: { ...firstVisit(outs.library, 'read/scene-1-b.html'), dist: dirSize(outs.library) },
  }
  const k = (/** @type {number} */ b) => `${(b / 1024).toFixed(1)} KB`
  console.log('\nlibrary growth (reader, first visit, gzip)')
  console.log('library                      initial JS   first visit   dist/')
  for (const [name, r] of Object.entries(rows))
    console.log(
      `${(name === 'today' ? "today's site (2 stories)" : '20 stories in 10 pairs').padEnd(28)} ${k(r.js).padStart(10)}   ${k(r.total).padStart(11)}   ${(r.dist / 1048576).toFixed(1)} MB`,
    )
  const growthOk = Math.abs(rows.library.js - rows.today.js) <= 2048 && Math.abs(rows.library.total - rows.today.total) <= 2048
  console.log(`${growthOk ? 'PASS' : 'FAIL'}  reader's initial JS and first visit within 2 KB gzip of today's site`)
  const churn = benchChurn(outs.today, { skipBuild: reuse })
  return { rows, churn, growthOk, ok: growthOk && churn.ok }
}

/**
 * An installed reader after a deploy that edits one story: which precache entries are new or
 * changed (the worker fetches those again, and keeps the rest). The story data is JSON that no
 * script names, so no script or style may change. Builds today's stories with one word of
 * spike.md changed and compares with `todayDir`.
 * @param {string} todayDir
 */
export function benchChurn(todayDir, { skipBuild = false } = {}) {
  const stories = '.tmp/bench-churn-stories'
  const out = '.tmp/bench-churn'
  if (!skipBuild || !built(out)) {
    rmSync(stories, { recursive: true, force: true })
    cpSync('stories', stories, { recursive: true })
    const file = join(stories, 'spike.md')
    const text = readFileSync(file, 'utf8')
    // One more sentence at the end of the story's last paragraph.
    writeFileSync(file, `${text.trimEnd()} And then, morning.\n`)
    build({ OUT_DIR: out, STORIES_DIR: stories })
  }
  const before = precacheRevisions(todayDir)
  const after = precacheRevisions(out)
  const changed = [...after].filter(([url, rev]) => before.get(url) !== rev).map(([url]) => url)
  const code = changed.filter((u) => /\.(js|css)$/.test(u))
  const refetched = changed.reduce((n, u) => n + gz(join(out, u.replace(/\?.*$/, '').replace(/^\/+/, ''))), 0)
  console.log(
    `\nafter a deploy that edits one story: ${changed.length} of ${after.size} precache entries are fetched again (${(refetched / 1024).toFixed(1)} KB gzip): ${changed.join(' ')}`,
  )
  const ok = code.length === 0
  console.log(`${ok ? 'PASS' : 'FAIL'}  no script or style changes when one story does${ok ? '' : ` (${code.join(' ')})`}`)
  return { changed: changed.length, of: after.size, refetched, ok }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const { ok } = await benchLibrary({ skipBuild: Boolean(process.env.BENCH_SKIP_BUILD) })
  process.exit(ok ? 0 : 1)
}
