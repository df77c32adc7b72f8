import { describe, expect, test } from 'vitest'
import * as b from '../__fixtures__/stripe/build'
import { decision, draft, find } from '../__fixtures__/stripe/drafting'

const NOV_2024 = 1730419200
const JAN_2027 = 1798761600
const meter = b.meter({ id: 'mtr_1' })
const product = b.product({ id: 'prod_1', name: 'API tokens' })
const list = b.price({ id: 'price_list', product: 'prod_1', recurring: b.meteredOn('mtr_1'), unit_amount_decimal: '0.0005', metadata: { model: 'm1' } })
const other = b.price({ id: 'price_m2', created: 1727740901, product: 'prod_1', recurring: b.meteredOn('mtr_1'), unit_amount_decimal: '0.001', metadata: { model: 'm2' } })
const custom = b.price({ id: 'price_custom', created: 1727740902, product: 'prod_1', recurring: b.meteredOn('mtr_1'), unit_amount_decimal: '0.0004', metadata: { model: 'm1' } })
const customer = (id: string, name: string) => b.customer({ id, name })
const sub = (id: string, cus: string, prices: Array<Record<string, unknown>>, over: Record<string, unknown> = {}) =>
  b.subscription({ id, customer: cus, start_date: NOV_2024, billing_cycle_anchor: NOV_2024, ...over }, prices.map((price) => ({ price })))
const base = { meters: [meter], products: [product], prices: [list, other, custom] }

describe('M18: subscriptions → contract previews', () => {
  const r = draft({
    ...base,
    customers: [customer('cus_a', 'Acme'), customer('cus_b', 'Beta'), customer('cus_c', 'Gamma')],
    subscriptions: [sub('sub_a', 'cus_a', [list, other]), sub('sub_b', 'cus_b', [list]), sub('sub_c', 'cus_c', [custom, other])],
  })

  test('contract on the currency card, starting at the subscription start, invoices from the cutover, Stripe billing provider', () => {
    expect(find(r.catalog.contracts, 'acme')).toEqual({
      key: 'acme',
      name: 'Acme (sub_a)',
      customer: { stripe_id: 'cus_a', name: 'Acme', ingest_aliases: ['cus_a'] },
      rate_card: 'standard-usd',
      starting_at: '2024-11-01T00:00:00Z',
      billing_provider: 'stripe',
      origin: [{ type: 'subscription', id: 'sub_a' }],
      usage_statement_schedule: { frequency: 'MONTHLY', day: 'CONTRACT_START', invoice_generation_starting_at: '2026-12-01T00:00:00Z' },
    })
    expect(decision(r, 'subscription:sub_a:M18')).toMatchObject({ fidelity: 'approximate', targets: [{ type: 'contract', key: 'acme' }] })
    expect(decision(r, 'customer:cus_a:M4')).toMatchObject({ fidelity: 'exact', targets: [{ type: 'contract', key: 'acme' }] })
  })

  test('a customer-specific price on the same product becomes an override on that contract, not a rate card', () => {
    expect(r.catalog.rateCards).toHaveLength(1)
    expect(r.catalog.rates.map((x) => x.origin?.[0]?.id)).toEqual(['price_list', 'price_m2'])
    expect(find(r.catalog.contracts, 'gamma').overrides).toEqual([
      {
        key: 'gamma:api-tokens:m1',
        type: 'MULTIPLIER',
        multiplier: '0.8',
        starting_at: '2026-12-01T00:00:00Z',
        override_specifiers: [{ product: 'api-tokens', pricing_group_values: { model: 'm1' } }],
        origin: [{ type: 'price', id: 'price_custom' }],
      },
    ])
    expect(decision(r, 'price:price_custom:M18')).toMatchObject({ fidelity: 'exact', targets: [{ type: 'override', key: 'gamma:api-tokens:m1' }] })
  })

  test('an override that is not a clean ratio is an OVERWRITE', () => {
    const odd = { ...custom, unit_amount_decimal: '0.00033333' }
    const r2 = draft({ ...base, prices: [list, odd], customers: [customer('cus_c', 'Gamma')], subscriptions: [sub('sub_a', 'cus_a', [list]), sub('sub_b', 'cus_b', [list]), sub('sub_c', 'cus_c', [odd])] })
    expect(find(r2.catalog.contracts, 'gamma').overrides?.[0]).toMatchObject({ type: 'OVERWRITE', overwrite_rate: { rate_type: 'FLAT', price: '0.00033333' } })
  })
})

test('ended subscriptions are explained and not drafted', () => {
  const r = draft({ ...base, subscriptions: [sub('sub_x', 'cus_x', [list], { status: 'canceled', ended_at: NOV_2024 + 86400 })] })
  expect(r.catalog.contracts).toEqual([])
  expect(decision(r, 'subscription:sub_x:M18')).toMatchObject({ fidelity: 'exact', targets: [] })
})

test.each([
  ['quarterly', b.meteredOn('mtr_1', 'month', 3), 'exact', 'QUARTERLY'],
  ['every two months', b.meteredOn('mtr_1', 'month', 2), 'unsupported', null],
])('M17: %s usage', (_n, recurring, fidelity, frequency) => {
  const price = { ...list, recurring }
  const r = draft({ ...base, prices: [price], subscriptions: [sub('sub_a', 'cus_a', [price])] })
  expect(decision(r, 'subscription:sub_a:M17').fidelity).toBe(fidelity)
  expect(r.catalog.contracts[0]?.usage_statement_schedule?.frequency).toBe(frequency ?? undefined)
})

describe('schedules → dated terms', () => {
  test('a future phase with another price becomes an override from the phase start', () => {
    const schedule = b.subscriptionSchedule({
      id: 'sched_1',
      customer: 'cus_a',
      subscription: 'sub_a',
      phases: [b.phase(NOV_2024, JAN_2027, [{ price: 'price_list' }]), b.phase(JAN_2027, JAN_2027 + 365 * 86400, [{ price: 'price_custom' }])],
    })
    const r = draft({ ...base, subscriptions: [sub('sub_a', 'cus_a', [list], { schedule: 'sched_1' })], subscriptionSchedules: [schedule] })
    expect(r.catalog.contracts[0]?.overrides).toEqual([expect.objectContaining({ type: 'MULTIPLIER', multiplier: '0.8', starting_at: '2027-01-01T00:00:00Z' })])
    expect(decision(r, 'subscription_schedule:sched_1:M18').targets).toContainEqual({ type: 'override', key: 'cus_a:api-tokens:m1' })
  })

  test('a schedule that has not started a subscription yet becomes its own contract preview', () => {
    const schedule = b.subscriptionSchedule({ id: 'sched_2', customer: 'cus_a', status: 'not_started', phases: [b.phase(JAN_2027, JAN_2027 + 86400 * 30, [{ price: 'price_list' }])] })
    const r = draft({ ...base, subscriptionSchedules: [schedule] })
    expect(r.catalog.contracts[0]).toMatchObject({ starting_at: '2027-01-01T00:00:00Z', origin: [{ type: 'subscription_schedule', id: 'sched_2' }] })
  })
})

describe('M19: credit grants → commits and credits', () => {
  const subs = [sub('sub_a', 'cus_a', [list])]
  const grant = (over: Record<string, unknown>) => b.creditGrant({ id: 'credgr_1', customer: 'cus_a', ...over })
  const balance = (value: number, currency = 'usd') =>
    b.creditBalanceSummary({ customer: 'cus_a', credit_grant: 'credgr_1', balances: [{ available_balance: { monetary: { currency, value }, type: 'monetary' }, ledger_balance: null }] })

  test('paid → prepaid commit with the remaining balance, not invoiced again', () => {
    const r = draft({ ...base, subscriptions: subs, creditGrants: [grant({ category: 'paid', priority: 0, expires_at: 1814313600 })], creditBalanceSummaries: [balance(32000)] })
    expect(r.catalog.contracts[0]?.commits).toEqual([
      {
        key: 'cus_a:prepaid-usage',
        name: 'Prepaid usage',
        priority: 1,
        access_schedule: { credit_type: 'USD', schedule_items: [{ amount: '32000', starting_at: '2026-12-01T00:00:00Z', ending_before: '2027-06-30T00:00:00Z' }] },
        applicable_product_tags: ['usage'],
        origin: [{ type: 'credit_grant', id: 'credgr_1', amount: '32000', currency: 'USD' }],
        product: 'prepaid-commit',
        type: 'PREPAID',
        invoice_schedule: { credit_type: 'USD', do_not_invoice: true, schedule_items: [{ timestamp: '2026-12-01T00:00:00Z', amount: '32000' }] },
      },
    ])
    expect(find(r.catalog.products, 'prepaid-commit').type).toBe('FIXED')
    expect(decision(r, 'credit_grant:credgr_1:M19').targets).toEqual([{ type: 'commit', key: 'cus_a:prepaid-usage' }, { type: 'contract', key: 'cus_a' }])
  })

  test('promotional → credit scoped to the products of its prices; EUR in whole units; no expiry gets ten years', () => {
    const r = draft({
      ...base,
      subscriptions: [sub('sub_a', 'cus_a', [list], { currency: 'eur' })],
      prices: [{ ...list, currency_options: { eur: { unit_amount_decimal: '0.0004' } } }],
      creditGrants: [grant({ category: 'promotional', expires_at: null, amount: { monetary: { currency: 'eur', value: 5000 }, type: 'monetary' }, applicability_config: { scope: { prices: [{ id: 'price_list' }] } } })],
      creditBalanceSummaries: [balance(2500, 'eur')],
    })
    expect(r.catalog.contracts[0]?.credits?.[0]).toMatchObject({
      product: 'promotional-credit',
      applicable_products: ['api-tokens'],
      access_schedule: { credit_type: 'EUR', schedule_items: [{ amount: '25', starting_at: '2026-12-01T00:00:00Z', ending_before: '2036-12-01T00:00:00Z' }] },
    })
  })

  test.each([
    ['voided', { voided_at: 1750000000 }, [], /voided/],
    ['expired before the cutover', { expires_at: 1750000000 }, [], /expires before the cutover/],
    ['fully used', { expires_at: null }, [balance(0)], /fully used/],
    ['without a contract', { customer: 'cus_nobody', expires_at: null }, [], /no contract preview/],
  ])('%s grants carry nothing and say why', (_n, over, summaries, reason) => {
    const r = draft({ ...base, subscriptions: subs, creditGrants: [grant(over)], creditBalanceSummaries: summaries })
    expect(decision(r, 'credit_grant:credgr_1:M19')).toMatchObject({ targets: [], reason: expect.stringMatching(reason) })
  })

  test('without a balance summary the original amount is used and flagged', () => {
    const r = draft({ ...base, subscriptions: subs, creditGrants: [grant({ expires_at: null })] })
    expect(r.catalog.contracts[0]?.commits?.[0]?.access_schedule?.schedule_items[0]?.amount).toBe('50000')
    expect(decision(r, 'credit_grant:credgr_1:M19').lost).toMatch(/original amount/)
  })
})

describe('M20: coupons and discounts', () => {
  test.each([
    ['percent_off → MULTIPLIER for the remaining duration', b.coupon({ id: 'c', percent_off: 25, duration: 'repeating', duration_in_months: 3 }), 'overrides', { type: 'MULTIPLIER', multiplier: '0.75', starting_at: '2026-12-01T00:00:00Z', ending_before: '2027-02-01T00:00:00Z', applicable_product_tags: ['usage', 'subscription'] }],
    ['amount_off once → one month of credit', b.coupon({ id: 'c', percent_off: null, amount_off: 5000, currency: 'usd', duration: 'once' }), 'credits', { product: 'promotional-credit', access_schedule: { credit_type: 'USD', schedule_items: [{ amount: '5000', starting_at: '2026-12-01T00:00:00Z', ending_before: '2027-01-01T00:00:00Z' }] } }],
  ])('%s', (_n, coupon, field, expected) => {
    const discount = b.discount({ id: 'di_1', source: { coupon: 'c', type: 'coupon' }, start: 1793491200 /* 2026-11-01 */ })
    const r = draft({ ...base, coupons: [coupon], discounts: [discount], subscriptions: [sub('sub_a', 'cus_a', [list], { discounts: ['di_1'] })] })
    expect((r.catalog.contracts[0] as Record<string, unknown>)[field]).toEqual([expect.objectContaining(expected)])
    expect(decision(r, 'subscription:sub_a:M20').fidelity).toBe('approximate')
    expect(decision(r, 'coupon:c:M20').targets).toHaveLength(1)
    expect(decision(r, 'discount:di_1:M20').fidelity).toBe('approximate')
  })

  test('an unused coupon is explained as unsupported', () => {
    const r = draft({ coupons: [b.coupon({ id: 'c' })] })
    expect(decision(r, 'coupon:c:M20')).toMatchObject({ fidelity: 'unsupported', targets: [] })
  })
})

test('M22: billing thresholds → spend threshold; item thresholds are lost', () => {
  const s = b.subscription({ id: 'sub_a', customer: 'cus_a', billing_thresholds: { amount_gte: 50000 } }, [{ price: list, billing_thresholds: { usage_gte: 1000 } }])
  const r = draft({ ...base, subscriptions: [s] })
  expect(r.catalog.contracts[0]?.spend_threshold_configuration).toEqual({
    commit: { product: 'threshold-billing', name: 'Threshold billing' },
    is_enabled: true,
    payment_gate_config: { payment_gate_type: 'NONE' },
    threshold_amount: '50000',
  })
  expect(decision(r, 'subscription:sub_a:M22')).toMatchObject({ fidelity: 'approximate', reason: expect.stringMatching(/500 USD.*1 item usage threshold/) })
})

describe('M21 on contracts', () => {
  const seats = b.price({ id: 'price_seat', created: 1727740903, product: 'prod_seats', recurring: b.licensed(), unit_amount: 2000, unit_amount_decimal: '2000' })
  const s = b.subscription({ id: 'sub_a', customer: 'cus_a', start_date: NOV_2024 }, [{ price: list }, { price: seats, quantity: 7 }])

  test('metronome_only: a subscription term with the quantity', () => {
    const r = draft({ ...base, prices: [list, seats], products: [product, b.product({ id: 'prod_seats', name: 'Seats' })], subscriptions: [s] }, { integrationPattern: 'metronome_only' })
    expect(r.catalog.contracts[0]?.subscriptions).toEqual([
      expect.objectContaining({ product: 'seats', billing_frequency: 'MONTHLY', collection_schedule: 'ADVANCE', quantity_management_mode: 'QUANTITY_ONLY', initial_quantity: 7, starting_at: '2026-12-01T00:00:00Z' }),
    ])
  })

  test('with_stripe_subscriptions: only usage moves; a seats-only subscription gets no contract', () => {
    const seatsOnly = b.subscription({ id: 'sub_b', customer: 'cus_b' }, [{ price: seats, quantity: 3 }])
    const r = draft({ ...base, prices: [list, seats], subscriptions: [s, seatsOnly] }, { integrationPattern: 'with_stripe_subscriptions' })
    expect(r.catalog.contracts.map((c) => c.key)).toEqual(['cus_a'])
    expect(r.catalog.contracts[0]).not.toHaveProperty('subscriptions')
    expect(decision(r, 'subscription:sub_b:M21')).toMatchObject({ fidelity: 'exact', targets: [] })
  })
})
