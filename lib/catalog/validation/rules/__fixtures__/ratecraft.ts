/** Failing and passing fixtures for Ratecraft's own checks (RC-*). Test-only. */
import { apiEvent, card, contract, metric, NOW, pkg, product, publishedBase, rate, scenario, tokenEvent, type RuleFixture } from './builders'

const throwing = new Proxy(
  {},
  {
    get() {
      throw new Error('unreadable sample event')
    },
  },
)

export const RATECRAFT_FIXTURES: RuleFixture[] = [
  {
    code: 'RC-schema',
    fail: scenario((c) => ((rate(c, 'storage') as unknown as { price: number }).price = 10)),
    pass: scenario(),
  },
  {
    code: 'RC-rule-failed',
    fail: scenario(undefined, { alerts: [throwing as never] }),
    pass: scenario(undefined, { alerts: [] }),
  },
  {
    code: 'RC-name-required',
    fail: scenario((c) => (product(c, 'tokens').name = ' ')),
    pass: scenario(),
  },
  {
    code: 'RC-duplicate-key',
    fail: scenario((c) => c.rates.push({ ...rate(c, 'storage'), starting_at: '2027-01-01T00:00:00Z' })),
    pass: scenario(),
  },
  {
    code: 'RC-unknown-reference',
    fail: scenario((c) => (rate(c, 'storage').product = 'storage-v2')),
    pass: scenario(),
  },
  {
    code: 'RC-duplicate-name',
    fail: scenario((c) => (product(c, 'storage').name = 'tokens')),
    pass: scenario(),
    severity: 'warning',
  },
  {
    code: 'RC-decimal-format',
    fail: scenario((c) => (rate(c, 'storage').price = '1e3')),
    pass: scenario(),
  },
  {
    code: 'RC-price-not-exact',
    fail: scenario((c) => (rate(c, 'storage').price = '12345678.123456789012')),
    pass: scenario((c) => (rate(c, 'storage').price = '0.000000123456789012')),
  },
  {
    code: 'RC-timestamp-format',
    fail: scenario((c) => (rate(c, 'storage').starting_at = '2026-01-01 00:00:00')),
    pass: scenario(),
  },
  {
    code: 'RC-contract-start-hour',
    fail: scenario((c) => (contract(c, 'acme').starting_at = '2026-01-01T07:13:42Z')),
    pass: scenario(),
  },
  {
    code: 'RC-rate-start-hour',
    fail: scenario((c) => (rate(c, 'storage').starting_at = '2026-01-01T00:00:30Z')),
    pass: scenario(),
    severity: 'warning',
  },
  {
    code: 'RC-rate-after-contract-start',
    fail: scenario((c) => (contract(c, 'acme').starting_at = '2025-12-01T00:00:00Z')),
    pass: scenario(),
    severity: 'warning',
  },
  {
    code: 'RC-rate-type',
    fail: scenario((c) => (rate(c, 'storage').rate_type = 'PERCENTAGE')),
    pass: scenario(),
  },
  {
    code: 'RC-rate-rewrites-past',
    fail: { catalog: scenario((c) => (rate(c, 'storage').price = '11')).catalog, context: publishedBase(undefined, { now: new Date('2026-03-01T00:00:00Z') }) },
    pass: {
      catalog: scenario((c) => {
        rate(c, 'storage').ending_before = '2026-04-01T00:00:00Z'
        c.rates.push({ ...rate(c, 'storage'), key: 'storage-april', price: '11', starting_at: '2026-04-01T00:00:00Z', ending_before: undefined })
      }).catalog,
      context: publishedBase(undefined, { now: new Date('2026-03-01T00:00:00Z') }),
    },
  },
  {
    code: 'RC-published-rate-changed',
    fail: { catalog: scenario((c) => (rate(c, 'tokens-gpt-3-5-july').price = '0.85')).catalog, context: publishedBase(undefined, { now: new Date('2026-03-01T00:00:00Z') }) },
    pass: { catalog: scenario().catalog, context: publishedBase(undefined, { now: new Date('2026-03-01T00:00:00Z') }) },
    severity: 'warning',
  },
  {
    code: 'RC-published-rate-removed',
    fail: { catalog: scenario((c) => (c.rates = c.rates.filter((r) => r.key !== 'storage'))).catalog, context: publishedBase() },
    pass: { catalog: scenario().catalog, context: publishedBase() },
  },
  {
    code: 'RC-archived-reference',
    fail: {
      catalog: scenario().catalog,
      context: { now: NOW, published: { product: { storage: { doc: product(scenario().catalog as never, 'storage'), archivedAt: '2025-12-01T00:00:00Z' } } } },
    },
    pass: { catalog: scenario().catalog, context: { now: NOW, published: { product: { storage: { doc: product(scenario().catalog as never, 'storage') } } } } },
  },
  {
    code: 'RC-composite-cycle',
    fail: scenario((c) => {
      c.products.push({ key: 'share-a', name: 'Share A', type: 'COMPOSITE', composite_products: ['share-b'], include_composite_spend: true })
      c.products.push({ key: 'share-b', name: 'Share B', type: 'COMPOSITE', composite_products: ['share-a'], include_composite_spend: true })
    }),
    pass: scenario((c) => {
      c.products.push({ key: 'share-a', name: 'Share A', type: 'COMPOSITE', composite_products: ['api-calls'] })
      c.products.push({ key: 'share-b', name: 'Share B', type: 'COMPOSITE', composite_products: ['share-a'], include_composite_spend: true })
    }),
  },
  {
    code: 'RC-many-group-keys',
    fail: scenario((c) => (metric(c, 'api-calls').group_keys = [['model', 'region'], ['model'], ['region'], ['region', 'model', 'model'], ['model', 'region', 'region'], ['region', 'region']])),
    pass: scenario(),
    severity: 'warning',
  },
  {
    code: 'RC-product-key-duplicate',
    fail: scenario((c) => (product(c, 'tokens').pricing_group_key = ['model', 'model'])),
    pass: scenario(),
    severity: 'warning',
  },
  {
    code: 'RC-case-mismatch',
    fail: scenario(undefined, { sampleEvents: [apiEvent(1, 'GPT-4'), tokenEvent(2, 'GPT-4')] }),
    pass: scenario(undefined, { sampleEvents: [apiEvent(1, 'gpt-4'), tokenEvent(2, 'gpt-4')] }),
    severity: 'warning',
  },
  {
    code: 'RC-product-without-rate',
    fail: scenario((c) => (c.rates = c.rates.filter((r) => r.product !== 'storage'))),
    pass: scenario(),
    severity: 'warning',
  },
  {
    code: 'RC-custom-field-limits',
    fail: scenario((c) => (card(c, 'usd-list').custom_fields = { region: 'x'.repeat(201) })),
    pass: scenario((c) => (card(c, 'usd-list').custom_fields = { region: 'us' })),
  },
  {
    code: 'RC-package-needs-card',
    fail: scenario((c) => delete pkg(c, 'starter').rate_card),
    pass: scenario((c) => {
      delete pkg(c, 'starter').rate_card
      pkg(c, 'starter').rate_card_alias = 'default'
    }),
  },
  {
    code: 'RC-subscription-rate',
    fail: scenario((c) => (contract(c, 'acme').subscriptions![0]!.billing_frequency = 'ANNUAL')),
    pass: scenario(),
  },
  {
    code: 'RC-override-product-on-card',
    fail: scenario((c) => (contract(c, 'acme').rate_card = 'eur-list')),
    pass: scenario(),
  },
  {
    code: 'RC-enum-value',
    fail: scenario((c) => (contract(c, 'acme').subscriptions![0]!.collection_schedule = 'UPFRONT')),
    pass: scenario(),
  },
  {
    code: 'RC-event-type-unmatched',
    fail: scenario(undefined, { sampleEvents: [{ ...tokenEvent(1, 'gpt-4'), event_name: 'llm_token' }] }),
    pass: scenario(undefined, { sampleEvents: [tokenEvent(1, 'gpt-4')] }),
    severity: 'warning',
  },
]
