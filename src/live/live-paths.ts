/** The live pages' paths under the site's root (formatLink builds them for the browser). */
export const LIVE_PATHS = {
  follow: '/follow',
  remote: '/remote',
  start: '/live',
} as const
