/**
 * Keys never reach the browser or the logs: connect Stripe with a real key through the studio, import,
 * browse the catalogue — then no response the browser received, no line the server logged and no file
 * of the built client bundle holds the Stripe key or the master key.
 */
import fs from 'node:fs'
import path from 'node:path'
import { expect, seedWorkspace, signIn, test } from './fixtures'

const root = path.resolve(import.meta.dirname, '..')
const stripeUrl = `http://127.0.0.1:${process.env.STRIPE_EMULATOR_PORT}`
const STRIPE_KEYS = ['sk_test_demo', 'rk_test_demo']

function masterKey(): string {
  const fromEnv = process.env.RATECRAFT_SECRET_KEY
  if (fromEnv) return fromEnv.trim()
  const file = path.join(process.env.RATECRAFT_DATA_DIR ?? path.join(root, '.data'), 'secret.key')
  return fs.readFileSync(file, 'utf8').trim()
}

function filesUnder(dir: string): string[] {
  if (!fs.existsSync(dir)) return []
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? filesUnder(path.join(dir, e.name)) : [path.join(dir, e.name)]))
}

test('the Stripe key and the master key never reach the browser, the server log or the client bundle', async ({ page }) => {
  const secrets = [...STRIPE_KEYS, masterKey()]
  expect(secrets.at(-1)!.length).toBeGreaterThanOrEqual(32)
  const leaks: string[] = []
  page.on('response', async (res) => {
    const body = await res.text().catch(() => '')
    for (const s of secrets) if (body.includes(s)) leaks.push(`${res.url()} contains ${s.slice(0, 8)}…`)
  })

  const ws = await seedWorkspace(['admin'])
  await signIn(page, ws.users.admin)
  await page.getByRole('link', { name: 'Connections' }).click()
  await page.getByLabel('Secret or restricted key').fill('sk_test_demo')
  await page.getByLabel('API base URL (optional)').first().fill(stripeUrl)
  await page.getByRole('button', { name: 'Connect Stripe' }).click()
  await expect(page.getByTestId('stripe-connection')).toContainText('sk_test_…demo')

  await page.getByRole('link', { name: 'Imports' }).click()
  await page.getByRole('button', { name: 'Import now' }).click()
  await expect(page.getByTestId('import-runs').getByText('succeeded')).toBeVisible({ timeout: 30_000 })
  for (const type of ['meter', 'price', 'customer', 'credit_grant']) {
    await page.goto(`/w/${ws.slug}/stripe/${type}`)
    await page.getByTestId(`stripe-${type}-grid`).getByRole('row').nth(1).click()
    await expect(page.getByTestId('object-title')).toBeVisible()
    await page.getByRole('button', { name: /Raw JSON/ }).click()
  }
  await page.goto(`/w/${ws.slug}/settings/connections`)
  await page.waitForLoadState('networkidle')
  expect(leaks).toEqual([])

  // The server's whole log so far (the e2e web server tees it to test-results/server.log).
  const logFile = process.env.E2E_SERVER_LOG ?? path.join(root, 'test-results/server.log')
  const log = fs.readFileSync(logFile, 'utf8')
  expect(log.length).toBeGreaterThan(0)
  for (const s of secrets) expect(log.includes(s), `server log contains ${s.slice(0, 8)}…`).toBe(false)

  // Every file of the client bundle `next build` produced.
  const bundle = filesUnder(path.join(root, '.next/static'))
  expect(bundle.length).toBeGreaterThan(0)
  for (const f of bundle) {
    const text = fs.readFileSync(f, 'latin1')
    for (const s of secrets) expect(text.includes(s), `${path.relative(root, f)} contains ${s.slice(0, 8)}…`).toBe(false)
  }
})
