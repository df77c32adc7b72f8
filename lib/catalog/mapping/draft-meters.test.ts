import { describe, expect, test } from 'vitest'
import * as b from '../__fixtures__/stripe/build'
import { decision, draft, find } from '../__fixtures__/stripe/drafting'

const tokens = b.meter({ id: 'mtr_tokens' })
const perUnit = (id: string, meter: string, metadata: Record<string, string> = {}) => b.price({ id, recurring: b.meteredOn(meter), unit_amount_decimal: '0.0002', metadata })

describe('M1/M2: meter → streaming metric', () => {
  test.each([
    ['sum', { formula: 'sum' }, { aggregation_type: 'SUM', aggregation_key: 'tokens', property_filters: [{ name: 'tokens', exists: true }] }],
    ['count', { formula: 'count' }, { aggregation_type: 'COUNT' }],
    ['last', { formula: 'last' }, { aggregation_type: 'LATEST', aggregation_key: 'tokens' }],
  ])('%s', (_n, default_aggregation, expected) => {
    const r = draft({ meters: [b.meter({ id: 'mtr_1', event_name: 'api_tokens', default_aggregation })] })
    const metric = find(r.catalog.billableMetrics, 'api_tokens')
    expect(metric).toMatchObject({ name: 'API tokens', event_type_filter: { in_values: ['api_tokens'] }, origin: [{ type: 'meter', id: 'mtr_1' }], ...expected })
    if (expected.aggregation_type === 'COUNT') expect(metric).not.toHaveProperty('aggregation_key')
    expect(decision(r, 'meter:mtr_1:M1')).toMatchObject({ fidelity: 'exact', targets: [{ type: 'billable_metric', key: 'api_tokens' }] })
    expect(decision(r, 'meter:mtr_1:M1').reason).toMatch(/stripe_customer_id.*ingest alias \(M4\)/)
    expect(decision(r, 'meter:mtr_1:M2').fidelity).toBe('exact')
  })

  test('a formula with no Metronome equivalent is unsupported, not guessed', () => {
    const r = draft({ meters: [b.meter({ id: 'mtr_1', default_aggregation: { formula: 'p95' } })] })
    expect(r.catalog.billableMetrics).toEqual([])
    expect(decision(r, 'meter:mtr_1:M2')).toMatchObject({ fidelity: 'unsupported', targets: [] })
  })

  test('an inactive meter nobody prices is explained and not drafted; one still priced is drafted', () => {
    const r = draft({
      meters: [b.meter({ id: 'mtr_old', event_name: 'old', status: 'inactive' }), b.meter({ id: 'mtr_kept', event_name: 'kept', status: 'inactive' })],
      prices: [perUnit('price_1', 'mtr_kept')],
    })
    expect(r.catalog.billableMetrics.map((m) => m.key)).toEqual(['kept'])
    expect(decision(r, 'meter:mtr_old:M1')).toMatchObject({ fidelity: 'exact', targets: [] })
    expect(decision(r, 'meter:mtr_kept:M1').reason).toMatch(/inactive in Stripe but prices in scope still use it/)
  })
})

test('M6: event_time_window is lost', () => {
  const r = draft({ meters: [b.meter({ id: 'mtr_1', event_time_window: 'day' })] })
  expect(decision(r, 'meter:mtr_1:M6')).toMatchObject({ fidelity: 'approximate', lost: 'The day pre-aggregation window.' })
})

test('M3: a legacy usage-record price gets a metric of its own', () => {
  const legacy = (id: string, aggregate_usage: string) =>
    b.price({ id, lookup_key: id, recurring: { interval: 'month', interval_count: 1, meter: null, usage_type: 'metered', aggregate_usage } })
  const r = draft({ prices: [legacy('calls_sum', 'sum'), legacy('seats_ever', 'last_ever'), legacy('weird', 'median')] })
  expect(find(r.catalog.billableMetrics, 'calls_sum-usage')).toMatchObject({ aggregation_type: 'SUM', aggregation_key: 'value', event_type_filter: { in_values: ['calls_sum'] } })
  expect(decision(r, 'price:calls_sum:M3').fidelity).toBe('exact')
  expect(decision(r, 'price:seats_ever:M3')).toMatchObject({ fidelity: 'approximate', lost: expect.stringMatching(/heartbeat/) })
  expect(decision(r, 'price:weird:M3').fidelity).toBe('unsupported')
  expect(decision(r, 'price:calls_sum:M9').targets).toContainEqual({ type: 'rate', key: 'standard-usd:calls_sum-usage' })
})

describe('M7: dimensions, consolidation and group keys', () => {
  test('meter dimensions + per-model prices on one meter → one product priced by model', () => {
    const r = draft({
      meters: [b.meter({ id: 'mtr_tokens', dimension_payload_keys: ['model', 'region'] })],
      prices: [perUnit('price_a', 'mtr_tokens', { model: 'gpt-4o' }), perUnit('price_b', 'mtr_tokens', { model: 'gpt-4o-mini' })],
    })
    const metric = find(r.catalog.billableMetrics, 'api_tokens')
    expect(metric.group_keys).toEqual([['model'], ['model', 'region']])
    expect(metric.property_filters).toEqual([
      { name: 'tokens', exists: true },
      { name: 'model', exists: true },
      { name: 'region', exists: true },
    ])
    expect(r.catalog.products).toHaveLength(1)
    expect(r.catalog.products[0]).toMatchObject({ key: 'api-tokens', pricing_group_key: ['model'], billable_metric: 'api_tokens' })
    expect(r.catalog.rates.map((x) => [x.key, x.pricing_group_values])).toEqual([
      ['standard-usd:api-tokens:gpt-4o', { model: 'gpt-4o' }],
      ['standard-usd:api-tokens:gpt-4o-mini', { model: 'gpt-4o-mini' }],
    ])
    expect(r.groupKeySuggestions[0]).toMatchObject({ metric: 'api_tokens', fromMeterDimensions: ['model', 'region'], fromPriceMetadata: ['model'] })
  })

  test('meters that differ by a name segment consolidate into one metric with a segment group key', () => {
    const r = draft({
      meters: [b.meter({ id: 'mtr_a', event_name: 'api_tokens_gpt4', display_name: 'API tokens – GPT-4' }), b.meter({ id: 'mtr_b', event_name: 'api_tokens_gpt35', display_name: 'API tokens – GPT-3.5', created: 1727740801 })],
      prices: [perUnit('price_a', 'mtr_a', { model: 'gpt-4' }), b.price({ id: 'price_b', created: 1727740901, recurring: b.meteredOn('mtr_b'), unit_amount_decimal: '0.00002', metadata: { model: 'gpt-3.5' } })],
    })
    expect(r.catalog.billableMetrics).toHaveLength(1)
    expect(r.catalog.billableMetrics[0]).toMatchObject({
      key: 'api_tokens',
      name: 'API tokens',
      event_type_filter: { in_values: ['api_tokens_gpt4', 'api_tokens_gpt35'] },
      group_keys: [['model']],
      origin: [{ type: 'meter', id: 'mtr_a' }, { type: 'meter', id: 'mtr_b' }],
    })
    expect(r.catalog.products.map((p) => [p.key, p.pricing_group_key])).toEqual([['api-tokens', ['model']]])
    expect(r.catalog.rates.map((x) => [x.pricing_group_values, x.price])).toEqual([
      [{ model: 'gpt-4' }, '0.0002'],
      [{ model: 'gpt-3.5' }, '0.00002'],
    ])
    expect(decision(r, 'meter:mtr_b:M7').reason).toMatch(/model="gpt-3.5"/)
  })

  test('consolidation can be switched off', () => {
    const r = draft(
      { meters: [b.meter({ id: 'mtr_a', event_name: 'api_tokens_gpt4' }), b.meter({ id: 'mtr_b', event_name: 'api_tokens_gpt35' })] },
      { consolidateMeters: false },
    )
    expect(r.catalog.billableMetrics.map((m) => m.key)).toEqual(['api_tokens_gpt4', 'api_tokens_gpt35'])
  })

  test('sample events add low-cardinality keys present on every event and keep identifiers out', () => {
    const events = Array.from({ length: 25 }, (_, i) => b.meterEvent({ payload: { stripe_customer_id: 'cus_1', tokens: '10', region: i % 2 ? 'us' : 'eu', request_id: `req_${i}` } }))
    const r = draft({ meters: [tokens], sampleEvents: events })
    expect(find(r.catalog.billableMetrics, 'api_tokens').group_keys).toEqual([['region']])
    expect(r.groupKeySuggestions[0]?.excludedHighCardinality.map((e) => e.key)).toEqual(['request_id'])
    expect(r.sampleEvents).toEqual({ used: 25, skipped: 0 })
  })
})
