import { expect, PASSWORD, seedWorkspace, signIn, test } from './fixtures'

test('wrong password, duplicate sign-up and an expired session get clear messages', async ({ page, context }) => {
  const ws = await seedWorkspace(['viewer'])
  await page.goto('/sign-in')
  await page.getByLabel('Email').fill(ws.users.viewer)
  await page.getByLabel('Password').fill('not the password')
  await page.getByRole('button', { name: 'Sign in' }).click()
  await expect(page.getByRole('alert').filter({ hasText: 'incorrect' })).toHaveText('Email or password is incorrect.')

  await page.goto('/sign-up')
  await page.getByLabel('Email').fill(ws.users.viewer)
  await page.getByLabel('Password').fill(PASSWORD)
  await page.getByRole('button', { name: 'Create account' }).click()
  await expect(page.getByRole('alert').filter({ hasText: 'already exists' })).toHaveText('An account with this email already exists. Sign in instead.')

  await signIn(page, ws.users.viewer)
  await context.clearCookies()
  await page.goto(`/w/${ws.slug}/imports`)
  await expect(page).toHaveURL(new RegExp(`/sign-in\\?next=${encodeURIComponent(`/w/${ws.slug}/imports`)}`))
  // An API call with no session is a clean 401 problem, not a stack trace.
  const res = await page.request.get(`/api/w/${ws.slug}/imports`)
  expect(res.status()).toBe(401)
  expect(await res.json()).toMatchObject({ code: 'unauthenticated', detail: 'Your session has expired. Sign in again.' })
})

test('a viewer sees the studio but cannot connect, import or publish', async ({ page, request }) => {
  const ws = await seedWorkspace(['viewer'])
  await signIn(page, ws.users.viewer)
  await page.getByRole('link', { name: 'Connections' }).click()
  await expect(page.getByText('Only workspace admins can change connections.')).toBeVisible()
  await page.getByRole('link', { name: 'Imports' }).click()
  await expect(page.getByRole('button', { name: 'Import now' })).toHaveCount(0)
  // The server enforces it, whatever the UI shows.
  const res = await page.request.post(`/api/w/${ws.slug}/imports`, { data: {} })
  expect(res.status()).toBe(403)
  expect((await res.json()).detail).toContain('cannot run imports')
  const anonymous = await request.get(`/api/w/${ws.slug}`)
  expect(anonymous.status()).toBe(401)
})
