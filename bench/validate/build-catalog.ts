/**
 * A large, valid catalogue for the validation benchmark: 2,000 products (1,998 USAGE products, each on
 * its own streaming metric, plus a subscription and a fixed product), 10,000 rates (5 per usage product:
 * one per region, a fifth of the products tiered, a tenth with a scheduled price change; 10 subscription
 * rates), 4 rate cards, a package and 5 contract previews. Deterministic.
 */
import type { TCatalog, TDraftBillableMetric, TDraftProduct, TDraftRate } from '../../lib/catalog/schemas'

export const REGIONS = ['us-east', 'us-west', 'eu-west', 'eu-central', 'ap-south'] as const
const CARDS = [
  { key: 'usd-list', fiat: 'USD' },
  { key: 'eur-list', fiat: 'EUR' },
  { key: 'gbp-list', fiat: 'GBP' },
  { key: 'usd-enterprise', fiat: 'USD' },
] as const

/**
 * The catalogue as the app and the CLI hold it: parsed from JSON (a stored change set or a file).
 * The round trip matters for timing: objects assembled with many conditional spreads can end up in V8's
 * slow dictionary mode, while JSON.parse gives every object fast properties.
 */
export function buildLargeCatalog(products = 1998): TCatalog {
  return JSON.parse(JSON.stringify(assemble(products))) as TCatalog
}

function assemble(products: number): TCatalog {
  const billableMetrics: TDraftBillableMetric[] = []
  const items: TDraftProduct[] = []
  const rates: TDraftRate[] = []
  for (let i = 0; i < products; i++) {
    const sum = i % 3 !== 0
    billableMetrics.push({
      key: `metric-${i}`,
      name: `Metric ${i}`,
      event_type_filter: { in_values: [`event_${i}`] },
      property_filters: [{ name: 'region', exists: true }, { name: 'user_id', exists: true }, ...(sum ? [{ name: 'units', exists: true }] : [])],
      aggregation_type: sum ? 'SUM' : 'COUNT',
      ...(sum ? { aggregation_key: 'units' } : {}),
      group_keys: [['region'], ['region', 'user_id']],
      cardinality: { region: REGIONS.length, user_id: 20 },
    })
    items.push({ key: `product-${i}`, name: `Product ${i}`, type: 'USAGE', billable_metric: `metric-${i}`, pricing_group_key: ['region'], tags: [`family-${i % 50}`] })
    const card = CARDS[i % CARDS.length]!
    REGIONS.forEach((region, r) => {
      const tiered = i % 5 === 0
      const price = card.fiat === 'USD' ? String(10 + ((i * 7 + r) % 90)) : `0.${String(10 + ((i * 7 + r) % 90))}`
      const base: Omit<TDraftRate, 'key' | 'starting_at'> = {
        rate_card: card.key,
        product: `product-${i}`,
        rate_type: tiered ? 'TIERED' : 'FLAT',
        ...(tiered ? { tiers: [{ price, size: 1000 }, { price: card.fiat === 'USD' ? '5' : '0.05' }] } : { price }),
        pricing_group_values: { region },
        entitled: true,
      }
      // A tenth of the products change their first region's price in July (and do not sell the last region).
      if (i % 10 === 1 && r === 0) {
        rates.push({ ...base, key: `rate-${i}-${r}`, starting_at: '2026-01-01T00:00:00Z', ending_before: '2026-07-01T00:00:00Z' })
        rates.push({ ...base, key: `rate-${i}-${r}-july`, starting_at: '2026-07-01T00:00:00Z' })
      } else if (!(i % 10 === 1 && r === REGIONS.length - 1)) rates.push({ ...base, key: `rate-${i}-${r}`, starting_at: '2026-01-01T00:00:00Z' })
    })
  }
  items.push({ key: 'platform', name: 'Platform', type: 'SUBSCRIPTION' }, { key: 'prepaid', name: 'Prepaid', type: 'FIXED' })
  const frequencies = ['MONTHLY', 'ANNUAL', 'QUARTERLY'] as const
  for (const card of CARDS)
    for (const f of frequencies.slice(0, card.fiat === 'GBP' ? 1 : 3))
      rates.push({ key: `platform-${card.key}-${f.toLowerCase()}`, rate_card: card.key, product: 'platform', rate_type: 'FLAT', price: card.fiat === 'USD' ? '50000' : '500', billing_frequency: f, starting_at: '2026-01-01T00:00:00Z', entitled: true })
  return {
    format: 'ratecraft.catalog',
    version: 1,
    billableMetrics,
    products: items,
    pricingUnits: [],
    rateCards: CARDS.map((c) => ({ key: c.key, name: c.key, fiat_currency: c.fiat, aliases: [{ name: c.key }] })),
    rates,
    packages: [{ key: 'starter', name: 'Starter', rate_card: 'usd-list', usage_statement_schedule: { frequency: 'MONTHLY' }, aliases: [{ name: 'starter' }] }],
    contracts: Array.from({ length: 5 }, (_, i) => ({
      key: `contract-${i}`,
      customer: { stripe_id: `cus_${i}` },
      rate_card: 'usd-list',
      starting_at: '2026-01-01T00:00:00Z',
      commits: [
        {
          product: 'prepaid',
          type: 'PREPAID',
          access_schedule: { schedule_items: [{ amount: '100000', starting_at: '2026-01-01T00:00:00Z', ending_before: '2027-01-01T00:00:00Z' }] },
          invoice_schedule: { schedule_items: [{ timestamp: '2026-01-01T00:00:00Z', amount: '100000' }] },
          applicable_product_tags: ['family-0'],
        },
      ],
      overrides: [{ type: 'MULTIPLIER', multiplier: '0.9', product: 'product-0', starting_at: '2026-01-01T00:00:00Z' }],
    })),
  }
}
