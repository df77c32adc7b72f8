/** Live validation in the editor (the same rules the server gates on) and the Rules page. */
import { expect, seedWorkspace, signIn, test } from './fixtures'

test('the metric editor validates on every edit, inline and in the issues panel', async ({ page }) => {
  const ws = await seedWorkspace(['editor'])
  await signIn(page, ws.users.editor)
  await page.goto(`/w/${ws.slug}/metrics/new`)
  await page.getByLabel('Name').fill('Tokens')
  await page.getByLabel('Event types').fill('api_tokens')
  const panel = page.getByTestId('issues-panel')
  await expect(panel).toContainText('0 errors')

  // SUM with no aggregation key: Metronome accepts it and bills zero (MTR-4, a silent failure).
  await page.getByLabel('Aggregation key').fill('')
  await expect(panel).toContainText('MTR-4')
  await expect(panel).toContainText('1 error')
  await expect(page.locator('#aggregationKey').locator('..').getByText('MTR-4')).toBeVisible()

  await page.getByLabel('Aggregation key').fill('tokens')
  await page.getByLabel('Event types').fill('')
  await expect(panel).toContainText('MTR-9')
  await page.screenshot({ path: 'test-results/screenshots/metric-editor-validation.png', fullPage: true })
})

test('the Rules page lists every Metronome rule with its source', async ({ page }) => {
  const ws = await seedWorkspace(['viewer'])
  await signIn(page, ws.users.viewer)
  await page.getByRole('link', { name: 'Validation rules' }).click()
  const list = page.getByTestId('rules-list')
  for (const n of [1, 4, 15, 34, 48, 62, 92]) await expect(list.locator(`li#MTR-${n}`)).toBeVisible()
  await expect(list.locator('li[id^="MTR-"]')).toHaveCount(92)
  await page.getByLabel('Search rules').fill('entitled')
  await expect(list).toContainText('MTR-61')
})
