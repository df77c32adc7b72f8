/**
 * The Stripe emulator's demo account ("Lumen AI", lib/stand-ins/stripe) drafts with no unexplained
 * object and into a valid catalogue. The snapshot is built the way the importer sees the account:
 * objects rendered in Stripe's wire format with tiers and currency options expanded, subscription
 * items embedding their prices, one balance summary per credit grant.
 */
import { describe, expect, test } from 'vitest'
import { demoSnapshot } from '@/lib/testing/demo-snapshot'
import { unexplainedObjects } from '../__fixtures__/stripe/drafting'
import { referenceProblems } from '../format/catalog-references'
import { parseCatalogJson } from '../format/parse-catalog-json'
import { serializeCatalog } from '../format/serialize-catalog'
import { ZDraftCatalog } from '../schemas'
import { findObject } from './catalog-objects'
import { draftCatalog } from './draft-catalog'

describe.each(['with_stripe_subscriptions', 'metronome_only'] as const)('demo account, pattern %s', (pattern) => {
  const snapshot = demoSnapshot()
  const r = draftCatalog(snapshot, { cutoverAt: '2026-12-01T00:00:00Z', integrationPattern: pattern })

  test('no imported object is unexplained', () => {
    expect(unexplainedObjects(snapshot, r)).toEqual([])
  })

  test('the draft parses against the catalogue schema, has no dangling reference and round-trips', () => {
    expect(ZDraftCatalog.safeParse(r.catalog).success).toBe(true)
    expect(referenceProblems(r.catalog)).toEqual([])
    const text = serializeCatalog(r.catalog)
    const back = parseCatalogJson(text)
    expect(back.ok && serializeCatalog(back.catalog)).toBe(text)
  })

  test('every decision target exists and nothing failed to parse', () => {
    for (const d of r.decisions) for (const t of d.targets) expect(findObject(r.catalog, t.type, t.key), `${d.key} → ${t.key}`).not.toBeNull()
    expect(r.decisions.filter((d) => d.reason.startsWith('Stripe object could not be read'))).toEqual([])
  })

  test('the shapes the demo exercises are drafted', () => {
    const rules = new Set(r.decisions.map((d) => d.rule))
    for (const rule of ['M1', 'M2', 'M4', 'M7', 'M8', 'M9', 'M10', 'M11', 'M16', 'M17', 'M18', 'M19', 'M21', 'M23', 'M24']) expect(rules, rule).toContain(rule)
    expect(r.catalog.products.some((p) => (p.pricing_group_key ?? []).length > 0)).toBe(true)
    expect(r.catalog.rateCards.map((c) => c.fiat_currency)).toEqual(expect.arrayContaining(['USD', 'EUR']))
  })
})
