/**
 * Auto-draft and the migration map in Chromium: draft the imported demo account, filter by fidelity
 * and rule, accept a decision inline, exclude one from the panel (its objects leave the exported
 * catalogue) and restore it. The imported account is stored directly (as the importer stores it) so
 * this test does not depend on an import run.
 */
import { demoAccount } from '@/lib/stand-ins/stripe/demo-account'
import { seedImportedAccount } from '@/lib/testing/imported-account'
import { db, expect, seedWorkspace, signIn, test } from './fixtures'

test('migration map: draft, filter by fidelity and rule, accept, exclude and restore', async ({ page }) => {
  const ws = await seedWorkspace(['admin'])
  const row = await db.workspace.findUniqueOrThrow({ where: { slug: ws.slug }, select: { id: true } })
  await seedImportedAccount(db, row.id, demoAccount())
  await signIn(page, ws.users.admin)

  await page.getByRole('link', { name: 'Auto-draft' }).click()
  await page.getByTestId('run-draft').click()
  await expect(page.getByText(/^CS-1 drafted: \d+ decisions/)).toBeVisible({ timeout: 30_000 })
  await expect(page.getByTestId('draft-objects')).toContainText('Rate cards')
  await page.getByTestId('open-map').click()
  await expect(page).toHaveURL(new RegExp(`/w/${ws.slug}/migration-map$`))

  const map = page.getByTestId('migration-map')
  const count = page.getByTestId('map-count')
  await expect(count).toHaveText(/^(\d[\d,]*) of \1 decisions/)
  const total = Number((await count.innerText()).split(' ')[0]!.replace(/,/g, ''))

  // Filter by fidelity: only unsupported rows remain, and their count is the chip's.
  const unsupported = page.getByTestId('fidelity-unsupported')
  const unsupportedCount = Number((await unsupported.innerText()).replace(/\D+/g, ' ').trim().split(' ').pop())
  await unsupported.click()
  await expect(count).toHaveText(new RegExp(`^${unsupportedCount} of ${total.toLocaleString('en-US')} decisions`))
  const rows = map.locator('[role=row][data-decision]')
  await expect(rows.first()).toBeVisible()
  for (const text of await rows.allInnerTexts()) expect(text).toContain('Unsupported')
  await unsupported.click()

  // Filter by rule and accept inline.
  await page.getByLabel('Rule').selectOption('M2')
  const m2 = rows.first()
  const m2Key = (await m2.getAttribute('data-decision'))!
  await m2.getByRole('button', { name: `Accept ${m2Key}` }).click()
  await expect(map.locator(`[data-decision="${m2Key}"]`)).toContainText('Accepted')

  // Exclude a graduated price from the panel: the preview names what leaves the draft.
  await page.getByLabel('Rule').selectOption('M11')
  const m11 = rows.first()
  const m11Key = (await m11.getAttribute('data-decision'))!
  const product = (await m11.locator('a[title^="product "]').first().getAttribute('title'))!.replace('product ', '')
  await m11.click()
  const panel = page.getByTestId('decision-panel')
  await expect(panel).toContainText('What is lost')
  await panel.getByRole('button', { name: 'Exclude…' }).click()
  await expect(panel.getByTestId('exclusion-preview')).toContainText(`product ${product}`)
  await panel.getByLabel('Note (kept across re-drafts)').fill('priced by hand in Metronome')
  await panel.getByRole('button', { name: 'Exclude', exact: true }).click()
  await expect(map.locator(`[data-decision="${m11Key}"]`)).toContainText('Excluded')
  await expect(page.getByTestId('review-progress')).toContainText('1 accepted')
  await expect(page.getByTestId('review-progress')).toContainText('1 excluded')

  const exported = await page.request.get(`/api/w/${ws.slug}/catalog/export`)
  expect(exported.ok()).toBe(true)
  const doc = JSON.parse(await exported.text()) as { products: Array<{ key: string }> }
  expect(doc.products.map((p) => p.key)).not.toContain(product)

  await page.screenshot({ path: 'test-results/screenshots/migration-map-decision.png' })
  await panel.getByRole('button', { name: 'Close the decision' }).click()
  await page.getByLabel('Rule').selectOption('')
  await expect(count).toHaveText(new RegExp(`^${total.toLocaleString('en-US')} of`))
  await page.screenshot({ path: 'test-results/screenshots/migration-map.png' })

  await page.getByLabel('Rule').selectOption('M11')
  await rows.first().click()
  await panel.getByRole('button', { name: 'Restore' }).click()
  await expect(map.locator(`[data-decision="${m11Key}"]`)).toContainText('To review')
  const again = JSON.parse(await (await page.request.get(`/api/w/${ws.slug}/catalog/export`)).text()) as { products: Array<{ key: string }> }
  expect(again.products.map((p) => p.key)).toContain(product)

  const audit = await db.auditEvent.findMany({ where: { workspaceId: row.id }, select: { action: true } })
  expect(audit.map((a) => a.action)).toEqual(expect.arrayContaining(['draft.created', 'decision.accepted', 'decision.excluded', 'decision.restored']))
})

test('changing a decision runs every validation rule on the edited objects as you type', async ({ page }) => {
  const ws = await seedWorkspace(['editor'])
  const row = await db.workspace.findUniqueOrThrow({ where: { slug: ws.slug }, select: { id: true } })
  await seedImportedAccount(db, row.id, demoAccount())
  await signIn(page, ws.users.editor)
  await page.goto(`/w/${ws.slug}/auto-draft`)
  await page.getByTestId('run-draft').click()
  await expect(page.getByText(/^CS-1 drafted: \d+ decisions/)).toBeVisible({ timeout: 30_000 })
  await page.goto(`/w/${ws.slug}/migration-map`)

  // A metric decision (M2): break the SUM metric's aggregation key in the JSON editor.
  await page.getByLabel('Rule').selectOption('M2')
  const rows = page.getByTestId('migration-map').locator('[role=row][data-decision]')
  await rows.filter({ hasText: 'Input tokens' }).first().click()
  const panel = page.getByTestId('decision-panel')
  await panel.getByRole('button', { name: /^Change/ }).click()
  const editor = page.getByTestId('target-editor')
  const json = editor.getByRole('textbox').first()
  await expect(editor.getByTestId('issues-panel')).toContainText('0 errors')
  await expect(editor.getByText('valid', { exact: true })).toBeVisible()
  const text = await json.inputValue()
  await json.fill(text.replace(/"aggregation_key": "[^"]+",?\n/, ''))
  await expect(editor.getByTestId('issues-panel')).toContainText('MTR-4')
  // The object's own badge follows the rules, not only the JSON syntax.
  await expect(editor.getByText('1 error', { exact: true }).first()).toBeVisible()
  await expect(editor.getByText('valid', { exact: true })).toHaveCount(0)
  await page.screenshot({ path: 'test-results/screenshots/decision-editor-validation.png' })
})
