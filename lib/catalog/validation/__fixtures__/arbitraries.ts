/**
 * fast-check arbitraries for validation property tests. Test-only.
 *
 * `validCatalog` generates catalogues that respect every error-level rule by construction: streaming
 * metrics with filtered group keys and exact compound keys for their products, contiguous rate schedules
 * per pricing combination, one pricing unit per product and card, subscription rates with a billing
 * frequency, contracts and packages whose terms reference products the card prices. Warnings may occur.
 */
import fc from 'fast-check'
import type { TCatalog, TDraftBillableMetric, TDraftContract, TDraftPackage, TDraftProduct, TDraftRate, TDraftRateCard } from '../../schemas'

const DIMENSIONS = ['model', 'region', 'tier'] as const
const VALUES: Record<string, string[]> = { model: ['gpt-4', 'gpt-3.5'], region: ['us', 'eu'], tier: ['free', 'pro'] }
const AGGS = ['COUNT', 'SUM', 'MAX', 'LATEST'] as const
const FIATS = ['USD', 'EUR', 'GBP'] as const

type MetricSpec = { agg: (typeof AGGS)[number]; dims: string[]; products: Array<{ split: number; tiered: boolean; twoSegments: boolean; inCredits: boolean }> }

const metricSpec: fc.Arbitrary<MetricSpec> = fc.record({
  agg: fc.constantFrom(...AGGS),
  dims: fc.subarray([...DIMENSIONS], { minLength: 0, maxLength: 2 }),
  products: fc.array(fc.record({ split: fc.nat(2), tiered: fc.boolean(), twoSegments: fc.boolean(), inCredits: fc.boolean() }), { minLength: 1, maxLength: 2 }),
})

export type CatalogSpec = {
  metrics: MetricSpec[]
  cards: Array<{ fiat: (typeof FIATS)[number]; credits: boolean }>
  subscription: boolean
  composite: boolean
  contracts: Array<{ commit: boolean; override: boolean; subscription: boolean; credit: boolean }>
  pkg: boolean
  price: number
}

export const catalogSpec: fc.Arbitrary<CatalogSpec> = fc.record({
  metrics: fc.array(metricSpec, { minLength: 1, maxLength: 3 }),
  cards: fc.array(fc.record({ fiat: fc.constantFrom(...FIATS), credits: fc.boolean() }), { minLength: 1, maxLength: 2 }),
  subscription: fc.boolean(),
  composite: fc.boolean(),
  contracts: fc.array(fc.record({ commit: fc.boolean(), override: fc.boolean(), subscription: fc.boolean(), credit: fc.boolean() }), { maxLength: 2 }),
  pkg: fc.boolean(),
  price: fc.integer({ min: 0, max: 100000 }),
})

function combos(keys: string[]): Array<Record<string, string>> {
  let out: Array<Record<string, string>> = [{}]
  for (const k of keys) out = out.flatMap((c) => VALUES[k]!.map((v) => ({ ...c, [k]: v })))
  return out
}

function price(seed: number, i: number): string {
  return String(((seed + i * 37) % 5000) / 100)
}

export function buildCatalog(spec: CatalogSpec): TCatalog {
  const billableMetrics: TDraftBillableMetric[] = []
  const products: TDraftProduct[] = []
  const rates: TDraftRate[] = []
  const anyCredits = spec.cards.some((c) => c.credits)
  const rateCards: TDraftRateCard[] = spec.cards.map((c, i) => ({
    key: `card-${i}`,
    name: `Card ${i}`,
    fiat_currency: c.fiat,
    ...(c.credits ? { credit_type_conversions: [{ pricing_unit: 'credits', fiat_per_custom_credit: '2' }] } : {}),
    aliases: [{ name: `alias-${i}` }],
  }))
  let n = 0
  spec.metrics.forEach((m, mi) => {
    const key = `metric-${mi}`
    billableMetrics.push({
      key,
      name: `Metric ${mi}`,
      event_type_filter: { in_values: [`event_${mi}`] },
      property_filters: [...m.dims.map((d) => ({ name: d, exists: true })), ...(m.agg === 'COUNT' ? [] : [{ name: 'value', exists: true }])],
      aggregation_type: m.agg,
      ...(m.agg === 'COUNT' ? {} : { aggregation_key: 'value' }),
      ...(m.dims.length ? { group_keys: [m.dims] } : {}),
    })
    m.products.forEach((p, pi) => {
      const pkey = `product-${mi}-${pi}`
      const split = Math.min(p.split, m.dims.length)
      const pricing = m.dims.slice(0, Math.max(split, m.dims.length ? 1 : 0))
      const presentation = m.dims.slice(pricing.length)
      products.push({
        key: pkey,
        name: `Product ${mi}-${pi}`,
        type: 'USAGE',
        billable_metric: key,
        ...(pricing.length ? { pricing_group_key: pricing } : {}),
        ...(presentation.length ? { presentation_group_key: presentation } : {}),
        tags: ['usage'],
      })
      spec.cards.forEach((card, ci) => {
        const inCredits = p.inCredits && card.credits
        for (const values of combos(pricing)) {
          const base: Omit<TDraftRate, 'key' | 'starting_at'> = {
            rate_card: `card-${ci}`,
            product: pkey,
            rate_type: p.tiered ? 'TIERED' : 'FLAT',
            ...(p.tiered ? { tiers: [{ price: price(spec.price, n), size: 100 }, { price: price(spec.price, n + 1) }] } : { price: price(spec.price, n) }),
            ...(pricing.length ? { pricing_group_values: values } : {}),
            ...(inCredits ? { credit_type: 'credits' } : {}),
            entitled: true,
          }
          if (p.twoSegments) {
            rates.push({ ...base, key: `rate-${n++}`, starting_at: '2026-01-01T00:00:00Z', ending_before: '2026-06-01T00:00:00Z' })
            rates.push({ ...base, key: `rate-${n++}`, starting_at: '2026-06-01T00:00:00Z' })
          } else rates.push({ ...base, key: `rate-${n++}`, starting_at: '2026-01-01T00:00:00Z' })
        }
      })
    })
  })
  if (spec.subscription) {
    products.push({ key: 'platform', name: 'Platform', type: 'SUBSCRIPTION' })
    spec.cards.forEach((_, ci) =>
      rates.push({ key: `rate-${n++}`, rate_card: `card-${ci}`, product: 'platform', rate_type: 'FLAT', price: '1000', billing_frequency: 'MONTHLY', starting_at: '2026-01-01T00:00:00Z', entitled: true }),
    )
  }
  if (spec.composite) {
    products.push({ key: 'share', name: 'Share', type: 'COMPOSITE', composite_products: [products[0]!.key] })
    spec.cards.forEach((_, ci) =>
      rates.push({ key: `rate-${n++}`, rate_card: `card-${ci}`, product: 'share', rate_type: 'PERCENTAGE', price: '0.1', starting_at: '2026-01-01T00:00:00Z', entitled: true }),
    )
  }
  products.push({ key: 'prepaid', name: 'Prepaid', type: 'FIXED' })
  const usage = products.filter((p) => p.type === 'USAGE')
  const contracts: TDraftContract[] = spec.contracts.map((c, i) => ({
    key: `contract-${i}`,
    customer: { stripe_id: `cus_${i}` },
    rate_card: 'card-0',
    starting_at: '2026-01-01T00:00:00Z',
    ending_before: '2027-01-01T00:00:00Z',
    usage_statement_schedule: { frequency: 'MONTHLY' },
    ...(c.commit
      ? {
          commits: [
            {
              product: 'prepaid',
              type: 'PREPAID',
              access_schedule: { schedule_items: [{ amount: '1000', starting_at: '2026-01-01T00:00:00Z', ending_before: '2027-01-01T00:00:00Z' }] },
              invoice_schedule: { schedule_items: [{ timestamp: '2026-01-01T00:00:00Z', amount: '1000' }] },
              applicable_product_tags: ['usage'],
            },
          ],
        }
      : {}),
    ...(c.credit
      ? { credits: [{ product: 'prepaid', access_schedule: { schedule_items: [{ amount: '50', starting_at: '2026-01-01T00:00:00Z', ending_before: '2026-07-01T00:00:00Z' }] }, applicable_products: [usage[0]!.key] }] }
      : {}),
    ...(c.override ? { overrides: [{ type: 'MULTIPLIER', multiplier: '0.9', product: usage[0]!.key, starting_at: '2026-01-01T00:00:00Z' }] } : {}),
    ...(c.subscription && spec.subscription ? { subscriptions: [{ product: 'platform', billing_frequency: 'MONTHLY', collection_schedule: 'ADVANCE' }] } : {}),
  }))
  const packages: TDraftPackage[] = spec.pkg
    ? [{ key: 'package-0', name: 'Package 0', rate_card: 'card-0', duration: { unit: 'YEARS', value: 1 }, usage_statement_schedule: { frequency: 'MONTHLY' }, aliases: [{ name: 'package' }] }]
    : []
  return {
    format: 'ratecraft.catalog',
    version: 1,
    billableMetrics,
    products,
    pricingUnits: anyCredits ? [{ key: 'credits', name: 'Credits' }] : [],
    rateCards,
    rates,
    packages,
    contracts,
  }
}

export const validCatalog: fc.Arbitrary<TCatalog> = catalogSpec.map(buildCatalog)

/** Sample events for a generated catalogue (values drawn from the same small value sets). */
export const sampleEventsFor = (c: TCatalog): fc.Arbitrary<unknown[]> =>
  fc.array(
    fc.record({
      metric: fc.nat(c.billableMetrics.length - 1),
      model: fc.constantFrom('gpt-4', 'gpt-3.5', 'GPT-4', 'o1'),
      region: fc.constantFrom('us', 'eu'),
      tier: fc.constantFrom('free', 'pro'),
      value: fc.oneof(fc.integer({ min: 0, max: 1000 }), fc.constantFrom('12', 'x')),
      id: fc.nat(),
    }),
    { maxLength: 12 },
  ).map((list) =>
    list.map((e, i) => ({
      event_name: `event_${e.metric}`,
      timestamp: 1764547200 + i,
      identifier: `evt_${e.id}_${i}`,
      payload: { stripe_customer_id: 'cus_0', model: e.model, region: e.region, tier: e.tier, value: e.value },
    })),
  )
