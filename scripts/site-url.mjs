/** The default public origin of a build without SITE_URL: right for a laptop, wrong for a host. */
export const DEFAULT_SITE_URL = 'http://localhost:4173'

/**
 * Warns, loudly and once, when SITE_URL is not set: canonical URLs, `og:url`, `og:image`,
 * the sitemap and robots.txt then point at localhost. The build still works (tests, the
 * bench and a live room on a laptop need no public origin).
 * @param {Record<string, string | undefined>} [env]
 * @param {(message: string) => void} [warn]
 * @returns {boolean}
 */
export function warnWithoutSiteUrl(env = process.env, warn = console.warn) {
  if (env.SITE_URL) return false
  warn(
    [
      '',
      '┌─ SITE_URL is not set ─────────────────────────────────────────────────────────',
      `│ Canonical URLs, og:url, og:image (link previews), sitemap.xml and robots.txt`,
      `│ will point at ${DEFAULT_SITE_URL}. For a site people will share, build with`,
      '│   SITE_URL=https://your.site npm run build',
      '│ (with BASE_PATH=/sub/ too when it is served under a sub-path). See README, "Build and deploy".',
      '└───────────────────────────────────────────────────────────────────────────────',
      '',
    ].join('\n'),
  )
  return true
}
