import { defineConfig } from '@playwright/test'
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './tests/e2e/chromium.ts'

// The browser tests run against the built site (`npm run build` first: `npm test` does),
// served by `vite preview` as a static host would. E2E_PORT lets two checkouts test at once
// (the tests that start their own servers take the next two ports: tests/e2e/servers.ts).
const port = Number(process.env.E2E_PORT ?? 4310)
const origin = `http://127.0.0.1:${port}`

export default defineConfig({
  testDir: 'tests/e2e',
  testMatch: '**/*.spec.ts',
  outputDir: '.tmp/playwright',
  // Every test has its own context, so tests of one file may run side by side. Two workers:
  // measured on a 2-core machine with both cores kept busy by another process, the suite
  // passes with two and takes about half as long as with one (README, "Set-up").
  fullyParallel: true,
  workers: Number(process.env.E2E_WORKERS ?? 2),
  forbidOnly: Boolean(process.env.CI),
  // A retry would hide a flaky test; a failure keeps its trace instead.
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: process.env.CI ? [['list'], ['html', { open: 'never', outputFolder: '.tmp/playwright-report' }]] : 'list',
  use: {
    baseURL: origin,
    viewport: { width: 1440, height: 900 },
    trace: 'retain-on-failure',
    launchOptions: { executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS },
  },
  webServer: {
    command: `node node_modules/vite/bin/vite.js preview --host 127.0.0.1 --port ${port} --strictPort`,
    url: origin + '/',
    reuseExistingServer: false,
    timeout: 30_000,
  },
})
