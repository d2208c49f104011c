// Shared helpers for the browser tests.
import { readFileSync } from 'node:fs'
import { parse } from 'yaml'
import { launch } from './browser.mjs'

export const ORIGIN = process.env.E2E_ORIGIN ?? 'http://127.0.0.1:4173'
export const DESKTOP = { width: 1440, height: 900 }
export const PHONE = { width: 390, height: 844 }

/** Opens a fresh browser; records console errors, page errors and requests to other hosts. */
export async function openBrowser(options = {}) {
  const { context, close } = await launch({ viewport: DESKTOP, ...options })
  const problems = []
  const foreign = []
  context.on('page', (page) => watch(page, problems, foreign))
  for (const page of context.pages()) watch(page, problems, foreign)
  return { context, close, problems, foreign }
}

function watch(page, problems, foreign) {
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') problems.push(`${m.type()}: ${m.text()}`)
  })
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`))
  page.on('request', (r) => {
    const url = new URL(r.url())
    if (!['127.0.0.1', 'localhost'].includes(url.hostname) && !['data:', 'blob:'].includes(url.protocol)) foreign.push(r.url())
  })
}

/** A page of the context (its first, or a new one), at `path`, with scripts settled. */
export async function visit(context, path, { page } = {}) {
  const p = page ?? (context.pages()[0] || (await context.newPage()))
  const response = await p.goto(ORIGIN + path, { waitUntil: 'networkidle' })
  return { page: p, response }
}

/** The words of a text, as the fidelity check compares them. */
export function wordsOf(text) {
  return (text.match(/[\p{L}\p{N}]+(?:['’][\p{L}\p{N}]+)*/gu) ?? []).map((w) => w.toLowerCase().replace(/’/g, "'"))
}

/** The seed text of a story, with the story file's listed repairs applied. */
export function repairedSeed(seedFile, storyFile) {
  let raw = readFileSync(`tests/fixtures/seeds/${seedFile}`, 'utf8')
  const fm = parse(readFileSync(storyFile, 'utf8').split(/^---$/m)[1])
  for (const r of fm.repairs ?? []) raw = raw.replace(r.source, r.text)
  return raw
}

/**
 * Every line, in order: its id, text, where it is, and how visible it is: 1 shown, 0
 * waiting, mid-fade values in between (its opacity times its ink's alpha: the reveals
 * fade the ink in).
 */
export async function lineStates(page, selector = '[data-line]') {
  return page.$$eval(selector, (els) =>
    els.map((el) => {
      const style = getComputedStyle(el)
      const alpha = /^rgba\(.*,\s*([\d.]+)\)$/.exec(style.color)
      const rect = el.getBoundingClientRect()
      return {
        id: el.id,
        text: el.textContent,
        visible: Math.round(Number(style.opacity) * (alpha ? Number(alpha[1]) : 1) * 1000) / 1000,
        onScreen: rect.top < innerHeight && rect.bottom > 0,
        belowScreen: rect.top >= innerHeight,
      }
    }),
  )
}

/** How visible each line is, in order (see lineStates). */
export async function lineVisibility(page, selector = '[data-line]') {
  return (await lineStates(page, selector)).map((l) => l.visible)
}

/** Scrolls like a reader: wheel steps with a pause after each. */
export async function readByWheel(page, { step = 300, pause = 120, until = () => false, max = 400 } = {}) {
  for (let i = 0; i < max; i++) {
    await page.mouse.wheel(0, step)
    await page.waitForTimeout(pause)
    const atEnd = await page.evaluate(() => window.scrollY + window.innerHeight >= document.documentElement.scrollHeight - 2)
    if (atEnd || (await until())) break
  }
}

/** Waits until no line is mid-reveal (a long paragraph's last line may wait a few seconds at reading pace). */
export async function revealsSettled(page, timeout = 30000) {
  await page.waitForFunction(() => document.getAnimations().every((a) => a.playState !== 'running' || !a.effect?.target?.matches?.('.line')), null, { timeout })
}
