import { describe, expect, test } from 'vitest'
import * as b from '../__fixtures__/stripe/build'
import { decision, draft, find } from '../__fixtures__/stripe/drafting'

const meter = b.meter({ id: 'mtr_1', event_name: 'minutes', display_name: 'Call minutes', value_settings: { event_payload_key: 'minutes' } })
const product = b.product({ id: 'prod_1', name: 'Voice calls' })
const metered = (over: Record<string, unknown>) => b.price({ id: 'price_1', product: 'prod_1', recurring: b.meteredOn('mtr_1'), ...over })
const run = (price: Record<string, unknown>, options = {}) => draft({ meters: [meter], products: [product], prices: [price] }, options)

describe('M9: per-unit prices → FLAT rates (currency conversion)', () => {
  test.each([
    ['USD cents stay cents', { currency: 'usd', unit_amount: 1050, unit_amount_decimal: '1050' }, 'standard-usd', '1050'],
    ["Stripe's EUR example: unit_amount 1050 → 10.5", { currency: 'eur', unit_amount: 1050, unit_amount_decimal: '1050' }, 'standard-eur', '10.5'],
    ['12-decimal USD kept exactly as a string', { currency: 'usd', unit_amount: null, unit_amount_decimal: '0.000000123456' }, 'standard-usd', '0.000000123456'],
  ])('%s', (_n, over, card, price) => {
    const r = run(metered(over))
    expect(r.catalog.rates).toEqual([
      expect.objectContaining({ rate_card: card, product: 'voice-calls', rate_type: 'FLAT', price, entitled: true, starting_at: '2026-12-01T00:00:00Z' }),
    ])
    expect(decision(r, 'price:price_1:M9')).toMatchObject({ fidelity: 'exact' })
  })

  test('a value a JSON number cannot carry is flagged approximate', () => {
    const r = run(metered({ unit_amount: null, unit_amount_decimal: '123456789012.123456789012' }))
    expect(find(r.catalog.rates, 'standard-usd:voice-calls').price).toBe('123456789012.123456789012')
    expect(decision(r, 'price:price_1:M9')).toMatchObject({ fidelity: 'approximate', lost: expect.stringMatching(/JSON number/) })
  })

  test('JPY (outside Metronome’s 20 currencies) is unsupported and drafts nothing', () => {
    const r = run(metered({ currency: 'jpy', unit_amount: 5, unit_amount_decimal: '5' }))
    expect(r.catalog.rates).toEqual([])
    expect(r.catalog.products).toEqual([])
    expect(decision(r, 'price:price_1:M9')).toMatchObject({ fidelity: 'unsupported', reason: expect.stringMatching(/JPY/) })
  })

  test('a customer-chosen amount cannot be drafted', () => {
    const r = run(metered({ unit_amount: null, unit_amount_decimal: null, custom_unit_amount: { minimum: 100 } }))
    expect(decision(r, 'price:price_1:M9').fidelity).toBe('unsupported')
  })
})

describe('M11–M13: graduated tiers', () => {
  const graduated = (tiers: unknown[]) => metered({ billing_scheme: 'tiered', tiers_mode: 'graduated', unit_amount_decimal: null, tiers })

  test("M11: Stripe's example 1–5 at 7, 6–10 at 6.5, 11+ at 6 USD", () => {
    const r = run(graduated([b.tier(5, 700), b.tier(10, 650), b.tier(null, 600)]))
    expect(find(r.catalog.rates, 'standard-usd:voice-calls')).toMatchObject({ rate_type: 'TIERED', tiers: [{ size: 5, price: '700' }, { size: 5, price: '650' }, { price: '600' }] })
    expect(decision(r, 'price:price_1:M11')).toMatchObject({ fidelity: 'exact', reason: expect.stringContaining('[{size:5, price:700}, {size:5, price:650}, {price:600}]') })
  })

  test('M12: flat first-tier fee with unit 0 → subscription product + FLAT fee + free first tier', () => {
    const r = run(graduated([b.tier(1000, 0, 2900), b.tier(null, 2)]))
    expect(find(r.catalog.products, 'voice-calls-base-fee')).toMatchObject({ type: 'SUBSCRIPTION' })
    expect(find(r.catalog.rates, 'standard-usd:voice-calls-base-fee:monthly')).toMatchObject({ rate_type: 'FLAT', price: '2900', billing_frequency: 'MONTHLY' })
    expect(find(r.catalog.rates, 'standard-usd:voice-calls').tiers).toEqual([{ size: 1000, price: '0' }, { price: '2' }])
    expect(decision(r, 'price:price_1:M12')).toMatchObject({ fidelity: 'approximate', lost: expect.stringMatching(/zero usage|without usage/) })
  })

  test('M12 falls back to M13 when the interval has no Metronome frequency', () => {
    const r = run({ ...graduated([b.tier(1000, 0, 2900), b.tier(null, 2)]), recurring: b.meteredOn('mtr_1', 'month', 2) })
    expect(r.catalog.products.map((p) => p.key)).toEqual(['voice-calls'])
    expect(find(r.catalog.rates, 'standard-usd:voice-calls').tiers).toEqual([{ size: 1, price: '2900' }, { size: 999, price: '0' }, { price: '2' }])
    expect(decision(r, 'price:price_1:M13').fidelity).toBe('approximate')
  })

  test('M13: flat amount on tier 2 → 1-unit tier + rest of the tier', () => {
    const r = run(graduated([b.tier(10, 100), b.tier(20, 50, 300), b.tier(null, 25)]))
    expect(find(r.catalog.rates, 'standard-usd:voice-calls').tiers).toEqual([{ size: 10, price: '100' }, { size: 1, price: '350' }, { size: 9, price: '50' }, { price: '25' }])
    expect(decision(r, 'price:price_1:M13')).toMatchObject({ targets: expect.arrayContaining([{ type: 'rate', key: 'standard-usd:voice-calls' }]) })
  })

  test('tiers that were not expanded by the importer are unsupported, not guessed', () => {
    const r = run(metered({ billing_scheme: 'tiered', tiers_mode: 'graduated', unit_amount_decimal: null }))
    expect(decision(r, 'price:price_1:M11')).toMatchObject({ fidelity: 'unsupported', reason: expect.stringMatching(/expand/) })
  })
})

describe('M10: volume tiers', () => {
  const volume = metered({ billing_scheme: 'tiered', tiers_mode: 'volume', unit_amount_decimal: null, tiers: [b.tier(100, 25), b.tier(null, 15)] })

  test('sql_metric (default): SQL metric with the period amount, FLAT 1, SERVICE_PERIOD', () => {
    const r = run(volume)
    const sqlMetric = find(r.catalog.billableMetrics, 'minutes-volume-usd')
    expect(sqlMetric.sql).toContain('WHEN q <= 100 THEN q * 25')
    expect(sqlMetric).toMatchObject({ sql_output_columns: ['value'] })
    expect(sqlMetric).not.toHaveProperty('aggregation_type')
    expect(find(r.catalog.products, 'voice-calls-volume-usd')).toMatchObject({ billable_metric: 'minutes-volume-usd', sql_breakdown_granularity: 'SERVICE_PERIOD' })
    expect(find(r.catalog.rates, 'standard-usd:voice-calls-volume-usd')).toMatchObject({ rate_type: 'FLAT', price: '1' })
    expect(decision(r, 'price:price_1:M10')).toMatchObject({ fidelity: 'approximate', lost: expect.stringMatching(/quantity on the invoice/) })
  })

  test('contract_override: FLAT list rate at the first tier', () => {
    const r = run(volume, { volumeTierStrategy: 'contract_override' })
    expect(find(r.catalog.rates, 'standard-usd:voice-calls')).toMatchObject({ rate_type: 'FLAT', price: '25' })
    expect(decision(r, 'price:price_1:M10')).toMatchObject({ fidelity: 'approximate', reason: expect.stringMatching(/contract_override/) })
  })
})

describe('M14/M15: transform_quantity', () => {
  test("Stripe's example: 150 minutes at $10/hour, divide by 60, round up → DIVIDE 60, ROUND_UP 0 dp, FLAT 1000", () => {
    const r = run(metered({ unit_amount: 1000, unit_amount_decimal: '1000', transform_quantity: { divide_by: 60, round: 'up' } }))
    expect(find(r.catalog.products, 'voice-calls')).toMatchObject({
      quantity_conversion: { conversion_factor: '60', operation: 'DIVIDE' },
      quantity_rounding: { decimal_places: 0, rounding_method: 'ROUND_UP' },
    })
    expect(find(r.catalog.rates, 'standard-usd:voice-calls')).toMatchObject({ rate_type: 'FLAT', price: '1000' })
    expect(decision(r, 'price:price_1:M14').fidelity).toBe('exact')
    expect(decision(r, 'price:price_1:M15').reason).toMatch(/10 USD per 60 units/)
  })

  test('prices on one meter with different transforms get separate products', () => {
    const r = draft({
      meters: [meter],
      products: [product],
      prices: [metered({ unit_amount_decimal: '2' }), b.price({ id: 'price_2', created: 1727740901, product: 'prod_1', recurring: b.meteredOn('mtr_1'), unit_amount_decimal: '100', transform_quantity: { divide_by: 60, round: 'up' } })],
    })
    expect(r.catalog.products.map((p) => [p.key, p.name])).toEqual([
      ['voice-calls', 'Voice calls'],
      ['voice-calls-per-60', 'Voice calls (per 60)'],
    ])
  })
})

test('M16: currency_options → one rate card per currency; unsupported options flagged', () => {
  const r = run(
    metered({
      unit_amount: 1000,
      unit_amount_decimal: '1000',
      currency_options: { eur: { unit_amount: 900, unit_amount_decimal: '900' }, gbp: { unit_amount: 800 }, jpy: { unit_amount: 1500, unit_amount_decimal: '1500' } },
    }),
  )
  expect(r.catalog.rateCards.map((c) => [c.key, c.fiat_currency])).toEqual([
    ['standard-usd', 'USD'],
    ['standard-eur', 'EUR'],
    ['standard-gbp', 'GBP'],
  ])
  expect(r.catalog.rates.map((x) => [x.rate_card, x.price])).toEqual([
    ['standard-usd', '1000'],
    ['standard-eur', '9'],
    ['standard-gbp', '8'],
  ])
  expect(decision(r, 'price:price_1:M16').targets).toEqual([
    { type: 'rate', key: 'standard-eur:voice-calls' },
    { type: 'rate', key: 'standard-gbp:voice-calls' },
  ])
  expect(decision(r, 'price:price_1:M9:jpy').fidelity).toBe('unsupported')
})

test('M8: Stripe products become tags; a product with prices on two meters gets two Metronome products', () => {
  const second = b.meter({ id: 'mtr_2', event_name: 'sms', display_name: 'SMS', created: 1727740801 })
  const r = draft({
    meters: [meter, second],
    products: [product],
    prices: [metered({}), b.price({ id: 'price_2', created: 1727740901, product: 'prod_1', recurring: b.meteredOn('mtr_2'), unit_amount_decimal: '1' })],
  })
  expect(r.catalog.products.map((p) => [p.key, p.name, p.tags])).toEqual([
    ['voice-calls-call-minutes', 'Voice calls – Call minutes', ['usage', 'voice-calls']],
    ['voice-calls-sms', 'Voice calls – SMS', ['usage', 'voice-calls']],
  ])
  expect(decision(r, 'product:prod_1:M8')).toMatchObject({ fidelity: 'exact', targets: [{ type: 'product', key: 'voice-calls-call-minutes' }, { type: 'product', key: 'voice-calls-sms' }] })
})

describe('M21: licensed prices follow the integration pattern', () => {
  const seats = b.price({ id: 'price_seat', product: 'prod_1', recurring: b.licensed(), unit_amount: 2000, unit_amount_decimal: '2000' })

  test('with_stripe_subscriptions: stays in Stripe', () => {
    const r = run(seats, { integrationPattern: 'with_stripe_subscriptions' })
    expect(r.catalog.products).toEqual([])
    expect(decision(r, 'price:price_seat:M21')).toMatchObject({ fidelity: 'exact', targets: [] })
  })

  test.each([
    ['month', 1, 'MONTHLY'],
    ['month', 3, 'QUARTERLY'],
    ['year', 1, 'ANNUAL'],
  ])('metronome_only: every %s×%i → SUBSCRIPTION product + FLAT rate billed %s', (interval, count, frequency) => {
    const r = run({ ...seats, recurring: b.licensed(interval, count) }, { integrationPattern: 'metronome_only' })
    expect(find(r.catalog.products, 'voice-calls')).toMatchObject({ type: 'SUBSCRIPTION', tags: ['subscription', 'voice-calls'] })
    expect(r.catalog.rates).toEqual([expect.objectContaining({ rate_type: 'FLAT', price: '2000', billing_frequency: frequency, entitled: true })])
    expect(decision(r, 'price:price_seat:M21').fidelity).toBe('approximate')
  })

  test.each([
    ['an interval Metronome cannot express', { recurring: b.licensed('month', 6) }, /every 6 months/],
    ['tiered seats', { billing_scheme: 'tiered', tiers_mode: 'graduated', tiers: [b.tier(null, 100)] }, /tiered per seat/],
  ])('metronome_only: %s is unsupported', (_n, over, reason) => {
    const r = run({ ...seats, ...over }, { integrationPattern: 'metronome_only' })
    expect(decision(r, 'price:price_seat:M21')).toMatchObject({ fidelity: 'unsupported', reason: expect.stringMatching(reason) })
  })
})

test.each([
  ['one-time', b.price({ id: 'price_x', recurring: null, type: 'one_time', unit_amount: 100 }), 'unsupported', 'M24'],
  ['archived and unused metered', b.price({ id: 'price_x', active: false, recurring: b.meteredOn('mtr_1') }), 'exact', 'M9'],
])('a %s price is explained under the rule of its kind', (_n, price, fidelity, rule) => {
  const r = draft({ meters: [meter], prices: [price] })
  expect(r.decisions.find((d) => d.stripeId === 'price_x')).toMatchObject({ fidelity, rule })
})
