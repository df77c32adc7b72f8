/** Failing and passing fixtures for the override, commit, contract and package rules (MTR-64 … MTR-92). Test-only. */
import { contract, metric, pkg, product, publishedBase, scenario, type RuleFixture } from './builders'

export const CONTRACT_FIXTURES: RuleFixture[] = [
  {
    code: 'MTR-64',
    fail: scenario((c) => delete pkg(c, 'starter').overrides![0]!.multiplier),
    pass: scenario(),
  },
  {
    code: 'MTR-65',
    fail: scenario((c) => pkg(c, 'starter').overrides!.push({ type: 'TIERED', product: 'tokens', starting_at: '2026-01-01T00:00:00Z', tiers: [{ multiplier: '1', size: 100 }, { multiplier: '0.8' }] })),
    pass: scenario((c) => {
      const p = pkg(c, 'starter')
      p.multiplier_override_prioritization = 'EXPLICIT'
      p.overrides![0]!.priority = 2
      p.overrides!.push({ type: 'TIERED', product: 'tokens', priority: 1, starting_at: '2026-01-01T00:00:00Z', tiers: [{ multiplier: '1', size: 100 }, { multiplier: '0.8' }] })
    }),
  },
  {
    code: 'MTR-66',
    fail: scenario((c) => (contract(c, 'acme').overrides![0]!.product = 'tokens')),
    pass: scenario(),
  },
  {
    code: 'MTR-67',
    fail: scenario((c) => (contract(c, 'acme').overrides![0]!.override_specifiers = [{ product: 'tokens' }])),
    pass: scenario(),
  },
  {
    code: 'MTR-68',
    fail: scenario((c) => (contract(c, 'acme').overrides![0]!.override_specifiers![0]!.commit_ids = ['commit-1'])),
    pass: scenario((c) => {
      const o = contract(c, 'acme').overrides![0]!
      o.is_commit_specific = true
      o.override_specifiers![0]!.commit_ids = ['commit-1']
    }),
  },
  {
    code: 'MTR-69',
    fail: scenario((c) => (contract(c, 'acme').overrides![0]!.target = 'LIST_RATE')),
    pass: scenario((c) => {
      const o = contract(c, 'acme').overrides![0]!
      o.is_commit_specific = true
      o.target = 'LIST_RATE'
    }),
  },
  {
    code: 'MTR-70',
    fail: scenario((c) => {
      const o = contract(c, 'acme').overrides![0]!
      o.is_commit_specific = true
      o.target = 'COMMIT_RATE'
    }),
    pass: scenario((c) => {
      const o = contract(c, 'acme').overrides![0]!
      o.is_commit_specific = true
      o.target = 'COMMIT_RATE'
      o.override_specifiers = [{ product: 'tokens', pricing_group_values: { model: 'gpt-3.5' } }]
    }),
    severity: 'warning',
  },
  {
    code: 'MTR-71',
    fail: scenario((c) => pkg(c, 'starter').overrides!.push({ type: 'MULTIPLIER', multiplier: '0.8', product: 'api-calls', starting_at: '2026-02-01T00:00:00Z' })),
    pass: scenario((c) => pkg(c, 'starter').overrides!.push({ type: 'MULTIPLIER', multiplier: '0.8', product: 'tokens', starting_at: '2026-02-01T00:00:00Z' })),
    severity: 'warning',
  },
  {
    code: 'MTR-72',
    fail: scenario((c) => (contract(c, 'acme').commits![0]!.product = 'platform-fee')),
    pass: scenario(),
  },
  {
    code: 'MTR-73',
    fail: scenario((c) => delete contract(c, 'acme').credits![0]!.access_schedule),
    pass: scenario(),
  },
  {
    code: 'MTR-74',
    fail: scenario((c) => {
      const k = contract(c, 'acme').commits![0]!
      k.type = 'POSTPAID'
      k.invoice_schedule = { schedule_items: [{ timestamp: '2026-12-31T00:00:00Z', amount: '90000' }] }
    }),
    pass: scenario((c) => {
      const k = contract(c, 'acme').commits![0]!
      k.type = 'POSTPAID'
      k.invoice_schedule = { schedule_items: [{ timestamp: '2026-12-31T00:00:00Z', amount: '100000' }] }
    }),
  },
  {
    code: 'MTR-75',
    fail: scenario((c) => delete contract(c, 'acme').commits![0]!.invoice_schedule),
    pass: scenario(),
    severity: 'warning',
  },
  {
    code: 'MTR-76',
    fail: scenario((c) => (contract(c, 'acme').commits![0]!.specifiers = [{ product: 'tokens' }])),
    pass: scenario(),
  },
  {
    code: 'MTR-77',
    fail: scenario((c) => delete contract(c, 'acme').credits![0]!.applicable_product_tags),
    pass: scenario(),
    severity: 'warning',
  },
  {
    code: 'MTR-78',
    fail: scenario((c) => (contract(c, 'acme').commits![0]!.rollover_fraction = 1.5)),
    pass: scenario((c) => (contract(c, 'acme').commits![0]!.rollover_fraction = 0.5)),
  },
  {
    code: 'MTR-79',
    fail: scenario((c) => {
      const k = contract(c, 'acme').commits![0]!
      delete k.applicable_products
      k.specifiers = [{ product: 'platform-fee', pricing_group_values: { model: 'gpt-4' } }]
    }),
    pass: scenario((c) => {
      const k = contract(c, 'acme').commits![0]!
      delete k.applicable_products
      k.specifiers = [{ product: 'tokens', pricing_group_values: { model: 'gpt-4' } }]
    }),
    severity: 'warning',
  },
  {
    code: 'MTR-80',
    fail: scenario((c) => (contract(c, 'acme').commits![0]!.applicable_products = ['storage'])),
    pass: scenario(),
    severity: 'warning',
  },
  {
    code: 'MTR-81',
    fail: scenario((c) => (contract(c, 'acme').credits![0]!.access_schedule!.schedule_items[0]!.starting_at = '2026-01-01T00:30:00Z')),
    pass: scenario(),
    severity: 'warning',
  },
  {
    code: 'MTR-82',
    fail: scenario((c) => (contract(c, 'acme').credits![0]!.access_schedule!.schedule_items[0]!.ending_before = '2027-06-01T00:00:00Z')),
    pass: scenario(),
    severity: 'warning',
  },
  {
    code: 'MTR-83',
    fail: scenario(undefined, { recurringTerms: [{ contract: 'acme', kind: 'credit', term: { product_id: 'prepaid-credit', priority: 1 } }] }),
    pass: scenario(undefined, {
      recurringTerms: [
        {
          contract: 'acme',
          kind: 'credit',
          term: { product_id: 'prepaid-credit', priority: 1, starting_at: '2026-01-01T00:00:00Z', commit_duration: { value: 1, unit: 'PERIODS' }, access_amount: { credit_type_id: 'USD', unit_price: 1000, quantity: 1 } },
        },
      ],
    }),
  },
  {
    code: 'MTR-84',
    fail: scenario((c) => (contract(c, 'acme').spend_threshold_configuration = { is_enabled: true, threshold_amount: 1000, commit: { product_id: 'prepaid-credit', applicable_product_ids: ['x'] } })),
    pass: scenario((c) => (contract(c, 'acme').spend_threshold_configuration = { is_enabled: true, threshold_amount: 1000, commit: { product_id: 'prepaid-credit' } })),
  },
  {
    code: 'MTR-85',
    fail: scenario((c) => (contract(c, 'acme').usage_filter = { group_key: 'team', group_values: ['a'] })),
    pass: scenario((c) => {
      contract(c, 'acme').usage_filter = { group_key: 'team', group_values: ['a'] }
      for (const key of ['api-calls', 'tokens']) {
        const m = metric(c, key)
        m.property_filters!.push({ name: 'team', exists: true })
        m.group_keys = m.group_keys!.map((g) => [...g, 'team'])
      }
      product(c, 'api-calls').presentation_group_key = ['region']
      product(c, 'tokens').presentation_group_key = []
      metric(c, 'api-calls').group_keys!.push(['model', 'region'])
      metric(c, 'tokens').group_keys!.push(['model'])
      c.rates = c.rates.filter((r) => r.product !== 'storage')
      c.products = c.products.filter((p) => p.key !== 'storage')
      c.billableMetrics = c.billableMetrics.filter((m) => m.key !== 'storage-gb')
      c.rateCards[0]!.credit_type_conversions = []
      c.pricingUnits = []
    }),
  },
  {
    code: 'MTR-86',
    fail: scenario((c) => (contract(c, 'acme').usage_statement_schedule = { frequency: 'MONTHLY', day: 'CUSTOM_DATE' })),
    pass: scenario((c) => (contract(c, 'acme').usage_statement_schedule = { frequency: 'MONTHLY', day: 'CUSTOM_DATE', billing_anchor_date: '2026-01-15T00:00:00Z' })),
  },
  {
    code: 'MTR-87',
    fail: { catalog: scenario((c) => (contract(c, 'acme').scheduled_charges_on_usage_invoices = 'ALL')).catalog, context: publishedBase() },
    pass: { catalog: scenario().catalog, context: publishedBase() },
    severity: 'warning',
  },
  {
    code: 'MTR-88',
    fail: scenario((c) => c.contracts.push({ key: 'beta', customer: { stripe_id: 'cus_beta' }, package: 'starter', rate_card: 'usd-list', starting_at: '2026-02-01T00:00:00Z' })),
    pass: scenario((c) => c.contracts.push({ key: 'beta', customer: { stripe_id: 'cus_beta' }, package: 'starter', starting_at: '2026-02-01T00:00:00Z' })),
  },
  {
    code: 'MTR-89',
    fail: { catalog: scenario((c) => (pkg(c, 'starter').name = 'Starter 2026')).catalog, context: publishedBase() },
    pass: { catalog: scenario().catalog, context: publishedBase() },
    severity: 'warning',
  },
  {
    code: 'MTR-90',
    fail: scenario((c) => (metric(c, 'api-calls').cardinality = { model: 4, region: 200 })),
    pass: scenario(),
    severity: 'warning',
  },
  {
    code: 'MTR-91',
    fail: scenario((c) => {
      const s = contract(c, 'acme').subscriptions![0]!
      s.quantity_management_mode = 'SEAT_BASED'
      s.seat_group_key = 'user_id'
    }),
    pass: scenario((c) => {
      const s = contract(c, 'acme').subscriptions![0]!
      s.quantity_management_mode = 'SEAT_BASED'
      s.seat_group_key = 'region'
    }),
  },
  {
    code: 'MTR-92',
    fail: scenario(undefined, { pipeline: { latencyHours: 36 } }),
    pass: scenario(undefined, { pipeline: { latencyHours: 2 } }),
    severity: 'warning',
  },
]

