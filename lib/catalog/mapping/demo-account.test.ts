/**
 * The Stripe emulator's demo account ("Lumen AI", lib/stand-ins/stripe) drafts with no unexplained
 * object and into a valid catalogue. The snapshot is built the way the importer sees the account:
 * objects rendered in Stripe's wire format with tiers and currency options expanded, subscription
 * items embedding their prices, one balance summary per credit grant.
 */
import { describe, expect, test } from 'vitest'
import { demoAccount } from '../../stand-ins/stripe/demo-account'
import { Renderer, type ExpandTree } from '../../stand-ins/stripe/render'
import type { EmulatedAccount } from '../../stand-ins/stripe/account'
import { unexplainedObjects } from '../__fixtures__/stripe/drafting'
import { referenceProblems } from '../format/catalog-references'
import { parseCatalogJson } from '../format/parse-catalog-json'
import { serializeCatalog } from '../format/serialize-catalog'
import { ZDraftCatalog } from '../schemas'
import type { StripeSnapshot } from '../stripe/snapshot'
import { findObject } from './catalog-objects'
import { draftCatalog } from './draft-catalog'

const tree = (paths: Record<string, ExpandTree>): ExpandTree => new Map(Object.entries(paths))
const PRICE_TREE = tree({ tiers: new Map(), currency_options: new Map() })

function snapshotOf(account: EmulatedAccount): StripeSnapshot {
  const render = new Renderer(account)
  const wire = <T>(v: T) => JSON.parse(JSON.stringify(v)) as unknown
  const subTree = tree({ items: tree({ data: tree({ price: PRICE_TREE }) }) })
  const grants = account.creditGrants.sorted()
  return {
    account: { id: account.id, livemode: account.livemode, default_currency: 'usd', business_name: 'Lumen AI' },
    meters: account.meters.sorted().map(wire),
    products: account.products.sorted().map(wire),
    prices: account.prices.sorted().map((p) => wire(render.price(p, PRICE_TREE))),
    customers: account.customers.sorted().map(wire),
    subscriptions: account.subscriptions.sorted().map((s) => wire(render.subscription(s, subTree))),
    subscriptionSchedules: account.subscriptionSchedules.sorted().map((s) => wire(render.schedule(s))),
    creditGrants: grants.map(wire),
    creditBalanceSummaries: grants.map((g) => {
      const currency = g.amount.monetary?.currency ?? 'usd'
      const full = g.voided_at ? 0 : (g.amount.monetary?.value ?? 0)
      const balance = account.creditBalances.get(g.id) ?? { available: full, ledger: full }
      const money = (value: number) => ({ type: 'monetary', monetary: { currency, value } })
      return { object: 'billing.credit_balance_summary', customer: g.customer, credit_grant: g.id, balances: [{ available_balance: money(balance.available), ledger_balance: money(balance.ledger) }] }
    }),
    coupons: account.coupons.sorted().map(wire),
    promotionCodes: account.promotionCodes.sorted().map(wire),
    discounts: [...account.discounts.values()].map(wire),
  }
}

describe.each(['with_stripe_subscriptions', 'metronome_only'] as const)('demo account, pattern %s', (pattern) => {
  const snapshot = snapshotOf(demoAccount())
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
