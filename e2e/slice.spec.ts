/**
 * The walking skeleton, end to end in Chromium: sign in → connect Stripe (a wrong key first) and
 * Metronome → import → meters listed → billable metric from a meter → publish → Metronome id shown.
 */
import { expect, seedWorkspace, signIn, test } from './fixtures'

const stripeUrl = `http://127.0.0.1:${process.env.STRIPE_EMULATOR_PORT}`

test('from sign-in to a metric published in Metronome', async ({ page }) => {
  const ws = await seedWorkspace(['admin'])
  await signIn(page, ws.users.admin)
  await expect(page).toHaveURL(new RegExp(`/w/${ws.slug}$`))

  await page.getByRole('link', { name: 'Connections' }).click()
  // A wrong key is refused with Stripe's own words and nothing is stored.
  await page.getByLabel('Secret or restricted key').fill('sk_test_wrongkey1234')
  await page.getByLabel('API base URL (optional)').first().fill(stripeUrl)
  await page.getByRole('button', { name: 'Connect Stripe' }).click()
  await expect(page.getByRole('alert').filter({ hasText: 'Stripe rejected the key' })).toContainText('sk_test_****1234')
  await expect(page.getByTestId('stripe-connection')).toHaveCount(0)

  await page.getByRole('button', { name: 'Use the demo account' }).click()
  await expect(page.getByTestId('stripe-connection')).toContainText('sk_test_…demo')
  await expect(page.getByText('Lumen AI · acct_1RatecraftDemo01')).toBeVisible()
  await page.getByRole('button', { name: 'Use the emulator' }).click()
  await expect(page.getByTestId('metronome-connection')).toBeVisible()

  await page.getByRole('link', { name: 'Imports' }).click()
  await page.getByRole('button', { name: 'Import now' }).click()
  await expect(page.getByTestId('import-runs').getByText('succeeded')).toBeVisible({ timeout: 30_000 })

  await page.getByRole('link', { name: 'Meters' }).click()
  const row = page.getByRole('row', { name: /Input tokens/ })
  await expect(row).toContainText('api_input_tokens')
  await row.getByRole('link', { name: 'Create metric →' }).click()

  await expect(page.getByLabel('Event types')).toHaveValue('api_input_tokens')
  await expect(page.getByLabel('Aggregation key')).toHaveValue('tokens')
  await expect(page.getByLabel('Group key 1')).toHaveValue('model')
  await page.getByRole('button', { name: 'Save to working draft' }).click()

  await expect(page.getByRole('heading', { name: 'Input tokens' })).toBeVisible()
  await page.getByRole('button', { name: 'Publish to Metronome' }).click()
  await expect(page.getByTestId('metronome-id')).toHaveText(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/)
  await page.screenshot({ path: 'test-results/screenshots/slice-metric-published.png', fullPage: true })

  await page.getByRole('link', { name: 'Audit log' }).click()
  for (const action of ['stripe.connected', 'metronome.connected', 'import.started', 'metric.created', 'metric.published']) {
    await expect(page.getByTestId('audit-table').getByText(action, { exact: true }).first()).toBeVisible()
  }
})

test('demo mode opens on the default workspace with the demo account imported', async ({ page }) => {
  await page.goto('/sign-in')
  await expect(page.getByText('Demo mode')).toBeVisible()
  await page.getByRole('button', { name: 'admin@ratecraft.local' }).click()
  await page.getByRole('button', { name: 'Sign in' }).click()
  await expect(page).toHaveURL(/\/w\/default$/)
  await expect(page.getByText('Lumen AI · acct_1RatecraftDemo01')).toBeVisible()
  await expect(page.getByTestId('count-meter')).toHaveText('6')
  await page.screenshot({ path: 'test-results/screenshots/demo-overview.png', fullPage: true })
})
