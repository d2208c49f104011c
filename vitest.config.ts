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
  },
})
