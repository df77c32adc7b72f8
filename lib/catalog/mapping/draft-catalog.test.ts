import { describe, expect, test } from 'vitest'
import { aiApiSnapshot, CUTOVER } from '../__fixtures__/stripe/ai-api-account'
import { ACCOUNT } from '../__fixtures__/stripe/build'
import { unexplainedObjects } from '../__fixtures__/stripe/drafting'
import { referenceProblems } from '../format/catalog-references'
import { serializeCatalog } from '../format/serialize-catalog'
import { ZDraftCatalog } from '../schemas'
import type { StripeSnapshot } from '../stripe/snapshot'
import { findObject } from './catalog-objects'
import { draftCatalog } from './draft-catalog'

describe.each(['with_stripe_subscriptions', 'metronome_only'] as const)('the AI-API account, pattern %s', (pattern) => {
  const snapshot = aiApiSnapshot()
  const r = draftCatalog(snapshot, { cutoverAt: CUTOVER, integrationPattern: pattern })

  test('every imported object is explained by a decision', () => {
    expect(unexplainedObjects(snapshot, r)).toEqual([])
  })

  test('the draft is a valid catalogue document with no dangling reference', () => {
    expect(ZDraftCatalog.safeParse(r.catalog).success).toBe(true)
    expect(referenceProblems(r.catalog)).toEqual([])
  })

  test('decision keys are unique, rules are M<n>, and every target exists in the catalogue', () => {
    expect(new Set(r.decisions.map((d) => d.key)).size).toBe(r.decisions.length)
    for (const d of r.decisions) {
      expect(d.rule).toMatch(/^M(\d+|-none)$/)
      expect(d.sourceHash).toMatch(/^[0-9a-f]{64}$/)
      for (const t of d.targets) expect(findObject(r.catalog, t.type, t.key), `${d.key} → ${t.type} ${t.key}`).not.toBeNull()
    }
  })

  test('every drafted rate starts at the cutover', () => {
    expect(new Set(r.catalog.rates.map((x) => x.starting_at))).toEqual(new Set([CUTOVER]))
  })

  test('malformed objects are unsupported decisions, not crashes', () => {
    expect(r.decisions.filter((d) => d.fidelity === 'unsupported').map((d) => d.stripeId)).toEqual(expect.arrayContaining(['price_broken', 'plan_legacy_object']))
  })

  test('every decision names its rule as "M<n>" (the CLI contract)', () => {
    for (const d of r.decisions) expect(d.rule, d.key).toMatch(/^M([1-9]|1\d|2[0-5])$/)
  })
})

describe('determinism', () => {
  const reversed = (s: StripeSnapshot): StripeSnapshot =>
    Object.fromEntries(Object.entries(s).map(([k, v]) => [k, Array.isArray(v) ? [...v].reverse() : v])) as StripeSnapshot

  test('the same snapshot gives byte-identical output, whatever the order Stripe listed objects in', () => {
    const a = draftCatalog(aiApiSnapshot(), { cutoverAt: CUTOVER })
    const b = draftCatalog(aiApiSnapshot(), { cutoverAt: CUTOVER })
    const c = draftCatalog(reversed(aiApiSnapshot()), { cutoverAt: CUTOVER })
    expect(serializeCatalog(b.catalog)).toBe(serializeCatalog(a.catalog))
    expect(serializeCatalog(c.catalog)).toBe(serializeCatalog(a.catalog))
    expect(JSON.stringify(c.decisions)).toBe(JSON.stringify(a.decisions))
    expect(JSON.stringify(c.groupKeySuggestions)).toBe(JSON.stringify(a.groupKeySuggestions))
  })

  test('changing the cutover re-dates the draft', () => {
    const r = draftCatalog(aiApiSnapshot(), { cutoverAt: '2027-03-01T00:00:00Z' })
    expect(new Set(r.catalog.rates.map((x) => x.starting_at))).toEqual(new Set(['2027-03-01T00:00:00Z']))
    expect(r.catalog.contracts.every((c) => c.usage_statement_schedule?.invoice_generation_starting_at === '2027-03-01T00:00:00Z')).toBe(true)
  })

  test.each(['2026-12-01T00:30:00Z', '2026-12-01', 'tomorrow'])('a cutover that is not on the hour (%s) is refused', (cutoverAt) => {
    expect(() => draftCatalog(aiApiSnapshot(), { cutoverAt })).toThrow(/on the hour/)
  })
})

describe('integration pattern', () => {
  test('seat and platform charges recommend "with Stripe Subscriptions", and the drivers name them', () => {
    const r = draftCatalog(aiApiSnapshot(), { cutoverAt: CUTOVER })
    expect(r.recommendation).toMatchObject({ pattern: 'with_stripe_subscriptions', chosen: 'with_stripe_subscriptions' })
    expect(r.recommendation.drivers.map((d) => d.stripeId)).toEqual(['price_seats', 'price_platform', 'price_platform_annual', 'promo_launch'])
    expect(r.catalog.products.some((p) => p.type === 'SUBSCRIPTION' && p.key === 'team-seats')).toBe(false)
  })

  test('the user can override it and the draft follows', () => {
    const r = draftCatalog(aiApiSnapshot(), { cutoverAt: CUTOVER, integrationPattern: 'metronome_only' })
    expect(r.recommendation).toMatchObject({ pattern: 'with_stripe_subscriptions', chosen: 'metronome_only' })
    expect(r.catalog.products.find((p) => p.key === 'team-seats')).toMatchObject({ type: 'SUBSCRIPTION' })
  })

  test('an all-usage account recommends "Metronome independently"', () => {
    const s = aiApiSnapshot()
    const usageOnly = { ...s, subscriptions: (s.subscriptions ?? []).filter((x) => (x as { id: string }).id === 'sub_globex') }
    const r = draftCatalog(usageOnly, { cutoverAt: CUTOVER })
    expect(r.recommendation.pattern).toBe('metronome_only')
    expect(r.recommendation.drivers.some((d) => d.stripeType === 'credit_grant')).toBe(true)
  })
})

test.each([
  ['an empty account', { account: ACCOUNT }, 0],
  ['garbage in every collection', { account: ACCOUNT, meters: [null, 3, 'x'], prices: [{}], subscriptions: [{ id: 'sub_1', items: 'nope' }], creditGrants: [{ id: 'g', customer: 'c' }] }, 6],
  ['a broken account object', { account: null as unknown as StripeSnapshot['account'], prices: [{ id: 'p', currency: 'usd', product: 'x', recurring: { interval: 'month', usage_type: 'metered', meter: 'missing' } }] }, 1],
])('%s drafts without throwing', (_n, snapshot, unsupported) => {
  const r = draftCatalog(snapshot as StripeSnapshot, { cutoverAt: CUTOVER })
  expect(ZDraftCatalog.safeParse(r.catalog).success).toBe(true)
  expect(r.decisions.filter((d) => d.fidelity === 'unsupported')).toHaveLength(unsupported)
})
