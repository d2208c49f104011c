import { defineConfig } from 'vitest/config'
import react from '@vitejs/plugin-react'
import { storiesPlugin } from './scripts/stories-plugin.ts'

export default defineConfig({
  plugins: [react(), storiesPlugin()],
  test: {
    environment: 'jsdom',
    include: ['src/**/*.test.{ts,tsx}', 'scripts/**/*.test.ts'],
    setupFiles: ['src/test-setup.ts'],
    restoreMocks: true,
    // The component tests render whole views in jsdom; on a shared 2-core machine with both cores
    // busy one such test has taken over 5 s (Vitest's default). A hung test still fails, later.
    testTimeout: 30_000,
  },
})
