// Files the browser build leaves for the prerender, next to Vite's manifest (never served:
// `.vite/` is left out of the precache and no page links it).

/** The story data's files (stories-plugin.ts): `{ index, stories: { <id>: file } }`, relative to the build folder. */
export const LIBRARY_FILES = '.vite/library-files.json'

/** The minified boot scripts (boot-plugin.ts, from src/boot/): `{ theme, start }`. */
export const BOOT_SCRIPTS = '.vite/boot-scripts.json'
