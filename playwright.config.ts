import { defineConfig } from '@playwright/test'
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './tests/e2e/chromium.ts'

// The browser tests run against the built site (`npm run build` first: `npm test` does),
// served by `vite preview` as a static host would. E2E_PORT lets two checkouts test at once
// (the tests that start their own servers take the next five ports: tests/e2e/servers.ts).
const port = Number(process.env.E2E_PORT ?? 4310)
const origin = `http://127.0.0.1:${port}`

export default defineConfig({
  testDir: 'tests/e2e',
  testMatch: '**/*.spec.ts',
  outputDir: '.tmp/playwright',
  // Two workers, files spread over them: on a 2-core machine kept busy by another process the
  // suite passes so in about half the time of one. Not fully parallel by default: a spec
  // with a beforeAll that builds into a fixed folder must run in one worker; the long specs
  // whose tests share nothing opt in with `test.describe.configure({ mode: 'parallel' })`.
  fullyParallel: false,
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
