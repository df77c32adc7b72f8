/**
 * Catalogues drafted from Stripe by the auto-mapping validate without errors, with only the warnings
 * their data deserves (the AI-API fixture's sample events send token counts as strings: MTR-28).
 */
import { expect, test } from 'vitest'
import { aiApiSnapshot, sampleEvents } from '../__fixtures__/stripe/ai-api-account'
import { CUTOVER, draft } from '../__fixtures__/stripe/drafting'
import { validateCatalog } from './index'

test('the AI-API account drafts into a catalogue without validation errors', () => {
  const r = draft(aiApiSnapshot())
  const issues = validateCatalog(r.catalog, { now: new Date(Date.parse(CUTOVER) - 86_400_000), sampleEvents: sampleEvents() as never })
  expect(issues.filter((i) => i.severity === 'error')).toEqual([])
  expect([...new Set(issues.map((i) => i.code))]).toEqual(['MTR-28'])
})
