/** Failing and passing fixtures for the product rules (MTR-29 … MTR-41). Test-only. */
import { metric, product, publishedBase, scenario, type RuleFixture } from './builders'

export const PRODUCT_FIXTURES: RuleFixture[] = [
  {
    code: 'MTR-29',
    fail: scenario((c) => (product(c, 'platform-fee').type = 'RECURRING')),
    pass: scenario(),
  },
  {
    code: 'MTR-30',
    fail: scenario((c) => delete product(c, 'tokens').billable_metric),
    pass: scenario(),
  },
  {
    code: 'MTR-31',
    fail: scenario((c) => c.products.push({ key: 'platform-share', name: 'Platform share', type: 'COMPOSITE' })),
    pass: scenario((c) => c.products.push({ key: 'platform-share', name: 'Platform share', type: 'COMPOSITE', composite_products: ['api-calls', 'tokens'] })),
  },
  {
    code: 'MTR-32',
    fail: scenario((c) => (product(c, 'platform-fee').pricing_group_key = ['model'])),
    pass: scenario(),
  },
  {
    code: 'MTR-33',
    fail: scenario((c) => (product(c, 'tokens').presentation_group_key = ['user_id'])),
    pass: scenario(),
  },
  {
    code: 'MTR-34',
    fail: scenario((c) => (metric(c, 'api-calls').group_keys = [['model'], ['region']])),
    pass: scenario(),
  },
  {
    code: 'MTR-35',
    fail: scenario((c) => (product(c, 'tokens').quantity_conversion = { conversion_factor: '0', operation: 'DIVIDE' })),
    pass: scenario(),
  },
  {
    code: 'MTR-36',
    fail: scenario((c) => (product(c, 'tokens').quantity_rounding = { decimal_places: -1, rounding_method: 'ROUND_CEILING' })),
    pass: scenario(),
  },
  {
    code: 'MTR-37',
    fail: { catalog: scenario((c) => (product(c, 'tokens').name = 'LLM tokens')).catalog, context: publishedBase(undefined, { effectiveAt: '2026-01-01T00:30:00Z' }) },
    pass: { catalog: scenario((c) => (product(c, 'tokens').name = 'LLM tokens')).catalog, context: publishedBase(undefined, { effectiveAt: '2026-01-01T01:00:00Z' }) },
  },
  {
    code: 'MTR-38',
    fail: { catalog: scenario((c) => (product(c, 'tokens').name = 'LLM tokens')).catalog, context: publishedBase(undefined, { effectiveAt: '2025-11-01T00:00:00Z' }) },
    pass: { catalog: scenario((c) => (product(c, 'tokens').name = 'LLM tokens')).catalog, context: publishedBase(undefined, { effectiveAt: '2026-01-01T00:00:00Z' }) },
    severity: 'warning',
  },
  {
    code: 'MTR-39',
    fail: scenario((c) => (product(c, 'tokens').exclude_free_usage = true)),
    pass: scenario(),
  },
  {
    code: 'MTR-40',
    fail: scenario((c) => (product(c, 'prepaid-credit').netsuite_internal_item_id = '1234')),
    pass: scenario((c) => (product(c, 'prepaid-credit').netsuite_internal_item_id = '1234'), { accountFlags: { netsuite: true } }),
    severity: 'warning',
  },
  {
    code: 'MTR-41',
    fail: { catalog: scenario((c) => (c.products = c.products.filter((p) => p.key !== 'prepaid-credit'))).catalog, context: publishedBase() },
    pass: { catalog: scenario().catalog, context: publishedBase() },
    severity: 'warning',
  },
]

