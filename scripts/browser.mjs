// Launches Debian's Chromium for the bench through playwright-core with the flags this machine needs
// (no sandbox as root, no GPU, no background traffic) and a fresh profile each time. The
// browser tests use the same flags through Playwright Test (tests/e2e/chromium.ts).
import { mkdtempSync, rmSync, mkdirSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { chromium } from 'playwright-core'

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'
export const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync']

/** A persistent context on a fresh profile; `close()` also removes the profile. */
/** @param {Parameters<typeof chromium.launchPersistentContext>[1]} [options] */
export async function launch(options = {}) {
  const tmp = join(process.cwd(), '.tmp')
  mkdirSync(tmp, { recursive: true })
  process.env.TMPDIR = tmp
  const dir = mkdtempSync(join(tmpdir(), 'profile-'))
  const context = await chromium.launchPersistentContext(dir, {
    executablePath: CHROMIUM,
    headless: true,
    args: ARGS,
    viewport: { width: 1440, height: 900 },
    ...options,
  })
  const close = async () => {
    await context.close()
    rmSync(dir, { recursive: true, force: true })
  }
  return { context, close }
}
