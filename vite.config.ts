import { defineConfig } from 'vite'
import react from '@vitejs/plugin-react'
import { storiesPlugin } from './scripts/stories-plugin.ts'
import { previewPlugin } from './scripts/preview-plugin.ts'
import { chunkReportPlugin } from './scripts/chunk-report-plugin.ts'
import { eagerCjsPlugin } from './scripts/eager-cjs-plugin.ts'
import { bootPlugin } from './scripts/boot-plugin.ts'
import { compileHintsPlugin } from './scripts/compile-hints-plugin.ts'

// BASE_PATH serves the whole site under a sub-path (e.g. BASE_PATH=/chosen/ for a static
// host's project folder); it is fixed at build time.
const base = process.env.BASE_PATH ?? '/'
// STORIES_DIR points the build at another folder of stories (the tests use it for fixtures).
const stories = process.env.STORIES_DIR ?? 'stories'

export default defineConfig({
  base,
  plugins: [react(), storiesPlugin(stories), bootPlugin(), previewPlugin(), chunkReportPlugin(), eagerCjsPlugin(), compileHintsPlugin()],
  // `npm run dev`: every package the browser imports is bundled before the first page asks
  // for one. Left to the scan, on a busy machine a package found while the first page loads
  // made Vite bundle them all again, and that page's request for ReactDOM failed (504).
  optimizeDeps: {
    include: ['react', 'react/jsx-dev-runtime', 'react-dom/client', 'framer-motion', 'react-intersection-observer', 'uqr', 'valibot'],
  },
  build: {
    target: 'es2022',
    assetsInlineLimit: 0,
    // prerender.mjs reads it for each page's entry, styles and view chunks.
    manifest: true,
    // Every browser the site is for preloads modules itself (Chromium 66, Safari 17, Firefox
    // 115); without that, a module is fetched when it is imported, which works as well. The
    // polyfill was 0.3 KB gzip of the entry of every page.
    modulePreload: { polyfill: false },
  },
})
