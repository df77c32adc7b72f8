/** Failing and passing fixtures for the rate-card and rate rules (MTR-42 … MTR-63). Test-only. */
import { apiEvent, card, publishedBase, rate, scenario, tokenEvent, type RuleFixture } from './builders'

export const RATE_FIXTURES: RuleFixture[] = [
  {
    code: 'MTR-42',
    fail: scenario((c) => (rate(c, 'api-calls-gpt-4').credit_type = 'EUR')),
    pass: scenario(),
  },
  {
    code: 'MTR-43',
    fail: scenario((c) => (card(c, 'eur-list').fiat_currency = 'JPY')),
    pass: scenario(),
  },
  {
    code: 'MTR-44',
    fail: scenario((c) =>
      c.rates.push({ key: 'prepaid', rate_card: 'usd-list', product: 'prepaid-credit', rate_type: 'FLAT', price: '1', starting_at: '2026-01-01T00:00:00Z', entitled: true }),
    ),
    pass: scenario(),
  },
  {
    code: 'MTR-45',
    fail: scenario((c) => delete rate(c, 'storage').entitled),
    pass: scenario(),
  },
  {
    code: 'MTR-46',
    fail: scenario((c) => (rate(c, 'storage').ending_before = '2025-06-01T00:00:00Z')),
    pass: scenario(),
  },
  {
    code: 'MTR-47',
    fail: scenario((c) => (rate(c, 'storage').price = '-1')),
    pass: scenario(),
  },
  {
    code: 'MTR-48',
    fail: scenario((c) => (rate(c, 'tokens-gpt-4').tiers = [{ price: '3' }, { price: '2' }])),
    pass: scenario(),
  },
  {
    code: 'MTR-49',
    fail: scenario((c) => delete rate(c, 'platform-fee-monthly').billing_frequency),
    pass: scenario(),
  },
  {
    code: 'MTR-50',
    fail: scenario((c) => {
      const r = rate(c, 'platform-fee-monthly')
      r.rate_type = 'SUBSCRIPTION'
      r.is_prorated = true
    }),
    pass: scenario(),
  },
  {
    code: 'MTR-51',
    fail: scenario((c) => (rate(c, 'storage').is_prorated = true)),
    pass: scenario(),
  },
  {
    code: 'MTR-52',
    fail: scenario((c) => (card(c, 'usd-list').credit_type_conversions = [])),
    pass: scenario(),
  },
  {
    code: 'MTR-53',
    fail: scenario((c) => (rate(c, 'tokens-gpt-3-5-july').credit_type = 'credits')),
    pass: scenario(),
  },
  {
    code: 'MTR-54',
    fail: scenario((c) => (rate(c, 'api-calls-gpt-4').pricing_group_values = { model: 'gpt-4', region: 'us' })),
    pass: scenario(),
  },
  {
    code: 'MTR-55',
    fail: scenario(undefined, { sampleEvents: [apiEvent(1, 'gpt-4'), apiEvent(2, 'gpt-5'), apiEvent(3, 'gpt-5', 'eu')] }),
    pass: scenario(undefined, { sampleEvents: [apiEvent(1, 'gpt-4'), apiEvent(2, 'gpt-3.5'), tokenEvent(3, 'gpt-4')] }),
    severity: 'warning',
  },
  {
    code: 'MTR-56',
    fail: scenario((c) => (rate(c, 'platform-fee-monthly').commit_rate = { rate_type: 'FLAT', price: '40000' })),
    pass: scenario(),
  },
  {
    code: 'MTR-57',
    fail: scenario((c) => delete rate(c, 'tokens-gpt-3-5').ending_before),
    pass: scenario(),
  },
  {
    code: 'MTR-58',
    fail: scenario((c) => {
      const r = rate(c, 'api-calls-gpt-4')
      r.rate_type = 'TIERED'
      delete r.price
      delete r.origin
      r.tiers = [{ price: '2.5', size: 1000 }, { price: '2' }]
    }),
    pass: scenario(),
    severity: 'warning',
  },
  {
    code: 'MTR-59',
    fail: { catalog: scenario((c) => (rate(c, 'storage').price = '12')).catalog, context: publishedBase() },
    pass: { catalog: scenario().catalog, context: publishedBase() },
    severity: 'warning',
  },
  {
    code: 'MTR-60',
    fail: scenario((c) => (card(c, 'eur-list').aliases = [{ name: 'default' }])),
    pass: scenario((c) => (card(c, 'eur-list').aliases = [{ name: 'default-eur' }])),
    severity: 'warning',
  },
  {
    code: 'MTR-61',
    fail: scenario((c) => (rate(c, 'storage').entitled = false)),
    pass: scenario(),
    severity: 'warning',
  },
  {
    code: 'MTR-62',
    fail: scenario((c) => (rate(c, 'eur-api-calls-gpt-4').price = '2.3')),
    pass: scenario(),
    severity: 'warning',
  },
  {
    code: 'MTR-63',
    fail: scenario(undefined, { plannedRateCalls: [{ method: 'addRate', count: 9 }] }),
    pass: scenario(undefined, { plannedRateCalls: [{ method: 'addRates', count: 9 }] }),
    severity: 'warning',
  },
]

