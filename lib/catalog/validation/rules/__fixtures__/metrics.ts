/** Failing and passing fixtures for the billable-metric and event rules (MTR-1 … MTR-28). Test-only. */
import { apiEvent, metric, NOW, product, publishedBase, scenario, tokenEvent, type RuleFixture } from './builders'

export const METRIC_FIXTURES: RuleFixture[] = [
  {
    code: 'MTR-1',
    fail: scenario((c) => (metric(c, 'storage-gb').aggregation_type = 'MAX')),
    pass: scenario(),
  },
  {
    code: 'MTR-2',
    fail: scenario((c) => delete metric(c, 'api-calls').aggregation_type),
    pass: scenario(),
  },
  {
    code: 'MTR-3',
    fail: scenario((c) => (metric(c, 'tokens').aggregation_type = 'UNIQUE')),
    pass: scenario(),
    severity: 'warning',
  },
  {
    code: 'MTR-4',
    fail: scenario((c) => delete metric(c, 'tokens').aggregation_key),
    pass: scenario(),
  },
  {
    code: 'MTR-5',
    fail: scenario((c) => (metric(c, 'api-calls').aggregation_key = 'model')),
    pass: scenario(),
    severity: 'warning',
  },
  {
    code: 'MTR-6',
    fail: scenario((c) => (metric(c, 'tokens').aggregation_key = 'prompt_tokens')),
    pass: scenario(),
  },
  {
    code: 'MTR-7',
    fail: scenario((c) => (metric(c, 'api-calls').property_filters = [{ name: 'model', exists: true }])),
    pass: scenario(),
  },
  {
    code: 'MTR-8',
    fail: scenario((c) => (metric(c, 'api-calls').property_filters = [{ name: 'model', exists: true }, { name: 'region', exists: false, in_values: ['us'] }])),
    pass: scenario(),
  },
  {
    code: 'MTR-9',
    fail: scenario((c) => (metric(c, 'api-calls').event_type_filter = { in_values: ['api_call'], not_in_values: [] })),
    pass: scenario(),
  },
  {
    code: 'MTR-10',
    fail: scenario((c) => (metric(c, 'tokens').property_filters![1]!.not_in_values = ['gpt-4'])),
    pass: scenario(),
    severity: 'warning',
  },
  {
    code: 'MTR-11',
    fail: scenario((c) => delete metric(c, 'api-calls').event_type_filter),
    pass: scenario(),
    severity: 'warning',
  },
  {
    code: 'MTR-12',
    fail: scenario((c) => (metric(c, 'api-calls').group_keys = [['model', 'region'], ['model', 'model']])),
    pass: scenario(),
  },
  {
    code: 'MTR-13',
    fail: scenario((c) => (metric(c, 'api-calls').cardinality = { model: 40, region: 30 })),
    pass: scenario(),
    severity: 'warning',
  },
  {
    code: 'MTR-14',
    fail: scenario((c) => {
      const m = metric(c, 'api-calls')
      m.property_filters!.push({ name: 'request_id', exists: true })
      m.group_keys!.push(['request_id'])
    }),
    pass: scenario(),
    severity: 'warning',
  },
  {
    code: 'MTR-15',
    fail: { catalog: scenario((c) => (metric(c, 'api-calls').aggregation_type = 'SUM')).catalog, context: publishedBase() },
    pass: { catalog: scenario((c) => (metric(c, 'api-calls').name = 'Requests')).catalog, context: publishedBase() },
    severity: 'warning',
  },
  {
    code: 'MTR-16',
    fail: {
      catalog: scenario((c) => c.products.push({ key: 'api-calls-2', name: 'API calls 2', type: 'USAGE', billable_metric: 'api-calls' })).catalog,
      context: { now: NOW, published: { billable_metric: { 'api-calls': { doc: metric(scenario().catalog as never, 'api-calls'), archivedAt: '2025-12-01T00:00:00Z' } } } },
    },
    pass: {
      catalog: scenario().catalog,
      context: { now: NOW, published: { billable_metric: { 'api-calls': { doc: metric(scenario().catalog as never, 'api-calls'), archivedAt: null } } } },
    },
  },
  {
    code: 'MTR-17',
    fail: scenario(undefined, { now: new Date('2026-03-01T00:00:00Z') }),
    pass: scenario(),
    severity: 'warning',
  },
  {
    code: 'MTR-18',
    fail: scenario((c) => (metric(c, 'storage-gb').sql = "SELECT COUNT(*) AS value FROM invoices WHERE customer_id = 'x'")),
    pass: scenario(),
  },
  {
    code: 'MTR-19',
    fail: scenario((c) => (metric(c, 'storage-gb').sql = 'SELECT SUM(CAST(properties.gb AS DECIMAL)) OVER (PARTITION BY event_type) AS value FROM events')),
    pass: scenario(),
    severity: 'warning',
  },
  {
    code: 'MTR-20',
    fail: scenario((c) => {
      metric(c, 'storage-gb').sql = 'SELECT MAX(CAST(properties.gb AS DECIMAL)) AS gigabytes FROM events'
      delete metric(c, 'storage-gb').sql_output_columns
    }),
    pass: scenario(),
    severity: 'warning',
  },
  {
    code: 'MTR-21',
    fail: scenario((c) => (metric(c, 'storage-gb').sql = 'SELECT SUM(properties.gb) AS value FROM events')),
    pass: scenario(),
    severity: 'warning',
  },
  {
    code: 'MTR-22',
    fail: scenario((c) => (product(c, 'storage').pricing_group_key = ['region'])),
    pass: scenario(),
  },
  {
    code: 'MTR-23',
    fail: scenario((c) => delete product(c, 'storage').sql_breakdown_granularity),
    pass: scenario(),
    severity: 'warning',
  },
  {
    code: 'MTR-24',
    fail: scenario(undefined, { alerts: [{ name: 'storage spike', billable_metric: 'storage-gb' }] }),
    pass: scenario(undefined, { alerts: [{ name: 'token spike', billable_metric: 'tokens' }] }),
    severity: 'warning',
  },
  {
    code: 'MTR-25',
    fail: scenario(undefined, { sampleEvents: [{ ...tokenEvent(1, 'gpt-4'), identifier: undefined }] }),
    pass: scenario(undefined, { sampleEvents: [tokenEvent(1, 'gpt-4')] }),
  },
  {
    code: 'MTR-26',
    fail: scenario(undefined, { sampleEvents: [{ ...tokenEvent(1, 'gpt-4'), timestamp: Math.floor(NOW.getTime() / 1000) + 3 * 86400 }] }),
    pass: scenario(undefined, { sampleEvents: [tokenEvent(1, 'gpt-4')] }),
  },
  {
    code: 'MTR-27',
    fail: scenario(undefined, { pipeline: { ingestBatchSize: 500 } }),
    pass: scenario(undefined, { pipeline: { ingestBatchSize: 100 } }),
  },
  {
    code: 'MTR-28',
    fail: scenario(undefined, { sampleEvents: [tokenEvent(1, 'gpt-4', '120'), tokenEvent(2, 'gpt-4', 80)] }),
    pass: scenario(undefined, { sampleEvents: [tokenEvent(1, 'gpt-4', 120), tokenEvent(2, 'gpt-4', 80), apiEvent(3, 'gpt-4')] }),
    severity: 'warning',
  },
]

