/**
 * `npm test`: every test, on a real database, ending with the plain line `N passed, N failed`.
 *  1. lint (layering rules) — counted as one test
 *  2. vitest: unit tests of the pure core, integration tests against the database, emulator tests
 *  3. next build, then Playwright in Debian's Chromium against `next start` with both emulators
 * Database: DATABASE_URL set → a throwaway database created (and dropped) on that server; unset → a
 * throwaway in-memory embedded Postgres. Nothing touches the developer's `.data/`.
 */
import { spawn } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { startTestDatabase } from '@/lib/testing/test-database'
import { freePort } from '@/lib/runtime/free-port'

type Tally = { passed: number; failed: number }
const tally: Tally = { passed: 0, failed: 0 }
const say = (l: string) => console.log(`\n\x1b[1m[test]\x1b[0m ${l}`)


// Asynchronous on purpose: the embedded test database is served from this process, so blocking the
// event loop (spawnSync) would deadlock every child that queries it.
function run(cmd: string, args: string[], env: NodeJS.ProcessEnv): Promise<number> {
  return new Promise((resolve) => {
    const child = spawn(cmd, args, { stdio: 'inherit', env })
    child.on('exit', (code) => resolve(code ?? 1))
    child.on('error', () => resolve(1))
  })
}

function readJson<T>(file: string): T | null {
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8')) as T
  } catch {
    return null
  }
}

async function main() {
  const only = process.argv.slice(2)
  const want = (step: string) => only.length === 0 || only.includes(step)
  fs.rmSync('test-results', { recursive: true, force: true })
  fs.mkdirSync('test-results', { recursive: true })
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'ratecraft-test-'))
  const adminUrl = process.env.DATABASE_URL || undefined
  say(adminUrl ? 'database: a throwaway database on the DATABASE_URL server' : 'database: a throwaway in-memory embedded Postgres')
  const db = await startTestDatabase(adminUrl)
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    DATABASE_URL: db.url,
    RATECRAFT_TEST_DATABASE_URL: db.url,
    RATECRAFT_TEST_DATABASE_KIND: db.kind,
    RATECRAFT_TEST_ADMIN_URL: adminUrl ?? '',
    RATECRAFT_DATA_DIR: dataDir,
    NEXT_TELEMETRY_DISABLED: '1',
    STRIPE_SUPPRESS_NOTICES: 'true',
    PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD: '1',
  }
  if (!adminUrl) delete env.RATECRAFT_TEST_ADMIN_URL

  try {
    if (want('lint')) {
      say('lint')
      if ((await run('npx', ['eslint', '.'], env)) === 0) tally.passed++
      else tally.failed++
    }

    if (want('unit')) {
      say('vitest')
      const code = await run('npx', ['vitest', 'run'], env)
      const report = readJson<{ numPassedTests: number; numFailedTests: number; numTotalTestSuites: number; testResults: Array<{ status: string }> }>('test-results/vitest.json')
      if (!report) tally.failed++
      else {
        tally.passed += report.numPassedTests
        // A file that fails to load has no failed tests but a failed result: count it.
        const brokenFiles = report.testResults.filter((r) => r.status === 'failed').length
        tally.failed += Math.max(report.numFailedTests, report.numFailedTests === 0 && code !== 0 ? Math.max(brokenFiles, 1) : 0)
      }
    }

    if (want('e2e')) {
      say('next build')
      if ((await run('npx', ['next', 'build'], env)) !== 0) {
        tally.failed++
      } else {
        const [stripePort, metronomePort, appPort] = await Promise.all([freePort(), freePort(), freePort()])
        say(`playwright (app :${appPort}, Stripe emulator :${stripePort}, Metronome emulator :${metronomePort})`)
        const e2eEnv = { ...env, E2E_PORT: String(appPort), STRIPE_EMULATOR_PORT: String(stripePort), METRONOME_EMULATOR_PORT: String(metronomePort), RATECRAFT_DEMO: '1' }
        const code = await run('npx', ['playwright', 'test', '-c', 'e2e/playwright.config.ts'], e2eEnv)
        const report = readJson<{ stats: { expected: number; unexpected: number; flaky: number } }>('test-results/playwright.json')
        const ran = report ? report.stats.expected + report.stats.unexpected + report.stats.flaky : 0
        if (!report || (ran === 0 && code !== 0)) tally.failed++ // the suite did not even start (e.g. the web server failed)
        else {
          tally.passed += report.stats.expected + report.stats.flaky
          tally.failed += report.stats.unexpected + (report.stats.unexpected === 0 && code !== 0 ? 1 : 0)
        }
      }
    }
  } finally {
    await db.stop().catch(() => {})
    fs.rmSync(dataDir, { recursive: true, force: true })
  }
  console.log(`\n${tally.passed} passed, ${tally.failed} failed`)
  process.exit(tally.failed === 0 ? 0 : 1)
}

main().catch((e) => {
  console.error(e)
  console.log('\n0 passed, 1 failed')
  process.exit(1)
})
