import path from 'node:path'
import { defineConfig } from '@playwright/test'

// Run through `npm test` (scripts/test.ts), which builds the app, creates the database and passes
// E2E_PORT, DATABASE_URL and the emulator ports. Debian's Chromium; never `playwright install`.
const PORT = Number(process.env.E2E_PORT ?? 3210)

export default defineConfig({
  testDir: '.',
  fullyParallel: false,
  workers: 1,
  timeout: 60_000,
  expect: { timeout: 15_000 },
  reporter: [['list'], ['json', { outputFile: '../test-results/playwright.json' }]],
  outputDir: '../test-results/playwright',
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    trace: 'off',
    screenshot: 'only-on-failure',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    },
  },
  projects: [{ name: 'chromium', use: { browserName: 'chromium', viewport: { width: 1400, height: 900 } } }],
  webServer: {
    // Emulators in demo mode start with the app's dev script; here a tiny wrapper starts them beside
    // `next start`, and the server log is kept for the secrets test.
    command: `node --import tsx e2e/serve.ts ${PORT} 2>&1 | tee test-results/server.log`,
    cwd: path.resolve(import.meta.dirname, '..'),
    url: `http://127.0.0.1:${PORT}/api/health`,
    reuseExistingServer: false,
    timeout: 120_000,
  },
})
