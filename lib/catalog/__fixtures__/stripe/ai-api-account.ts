/**
 * A complete Stripe account of an AI-API company, as the importer would snapshot it: token meters with
 * a `model` dimension and per-model prices (one customer-specific), a family of per-model fine-tuning
 * meters to consolidate, an image meter with graduated tiers (EUR currency option), storage with volume
 * tiers on a `last` meter, GPU seconds sold per hour (transform_quantity) on an hourly pre-aggregated
 * meter, a batch meter with flat tier fees, a JPY price, seat and platform licensed prices, customers
 * with subscriptions (one scheduled, one canceled), paid and promotional credit grants with balance
 * summaries, coupons and a promotion code, plus two objects the parse must reject.
 */
import type { StripeSnapshot } from '../../stripe/snapshot'
import * as b from './build'

export const T = {
  oct2024: 1727740800,
  nov2024: 1730419200,
  dec2024: 1733011200,
  mar2025: 1741996800,
  jun2025: 1748736000,
  sep2025: 1756684800,
  jan2026: 1767225600,
  dec2026: 1796083200,
  feb2027: 1801440000,
  jun2027: 1814313600,
}
export const CUTOVER = '2026-12-01T00:00:00Z'

export const meters = {
  tokens: b.meter({ id: 'mtr_tokens', display_name: 'API tokens', event_name: 'api_tokens', dimension_payload_keys: ['model'] }),
  images: b.meter({ id: 'mtr_images', created: T.oct2024 + 10, display_name: 'Images generated', event_name: 'image_generated', default_aggregation: { formula: 'count' } }),
  storage: b.meter({ id: 'mtr_storage', created: T.oct2024 + 20, display_name: 'Vector storage (GB)', event_name: 'vector_storage_gb', default_aggregation: { formula: 'last' }, value_settings: { event_payload_key: 'gb' } }),
  ftGpt4o: b.meter({ id: 'mtr_ft_gpt4o', created: T.oct2024 + 30, display_name: 'Fine-tuning tokens GPT-4o', event_name: 'fine_tune_tokens_gpt4o' }),
  ftGpt4oMini: b.meter({ id: 'mtr_ft_gpt4omini', created: T.oct2024 + 31, display_name: 'Fine-tuning tokens GPT-4o mini', event_name: 'fine_tune_tokens_gpt4omini' }),
  gpu: b.meter({ id: 'mtr_gpu', created: T.oct2024 + 40, display_name: 'GPU seconds', event_name: 'gpu_seconds', event_time_window: 'hour', value_settings: { event_payload_key: 'seconds' } }),
  batch: b.meter({ id: 'mtr_batch', created: T.oct2024 + 50, display_name: 'Batch requests', event_name: 'batch_request', default_aggregation: { formula: 'count' } }),
  beta: b.meter({ id: 'mtr_beta', created: T.oct2024 + 60, display_name: 'Beta feature', event_name: 'beta_feature', status: 'inactive', status_transitions: { deactivated_at: T.jun2025 } }),
}

export const products = {
  tokens: b.product({ id: 'prod_tokens', name: 'API tokens' }),
  images: b.product({ id: 'prod_images', created: T.oct2024 + 1, name: 'Image generation', unit_label: 'image' }),
  storage: b.product({ id: 'prod_storage', created: T.oct2024 + 2, name: 'Vector storage', unit_label: 'GB' }),
  fineTuning: b.product({ id: 'prod_ft', created: T.oct2024 + 3, name: 'Fine-tuning' }),
  gpu: b.product({ id: 'prod_gpu', created: T.oct2024 + 4, name: 'GPU compute', unit_label: 'GPU-hour' }),
  batch: b.product({ id: 'prod_batch', created: T.oct2024 + 5, name: 'Batch API' }),
  seats: b.product({ id: 'prod_seats', created: T.oct2024 + 6, name: 'Team seats', unit_label: 'seat' }),
  platform: b.product({ id: 'prod_platform', created: T.oct2024 + 7, name: 'Platform fee' }),
  onboarding: b.product({ id: 'prod_onboarding', created: T.oct2024 + 8, name: 'Onboarding' }),
  unused: b.product({ id: 'prod_unused', created: T.oct2024 + 9, name: 'Enterprise support', active: false }),
}

const p = (id: string, created: number, over: Record<string, unknown>) => b.price({ id, created, ...over })

export const prices = {
  gpt4o: p('price_tok_gpt4o', T.oct2024 + 100, {
    product: 'prod_tokens',
    recurring: b.meteredOn('mtr_tokens'),
    unit_amount_decimal: '0.00025',
    metadata: { model: 'gpt-4o' },
    lookup_key: 'tokens_gpt4o',
    currency_options: { eur: { custom_unit_amount: null, tax_behavior: 'unspecified', unit_amount: null, unit_amount_decimal: '0.00023' } },
  }),
  gpt4oMini: p('price_tok_gpt4omini', T.oct2024 + 101, { product: 'prod_tokens', recurring: b.meteredOn('mtr_tokens'), unit_amount_decimal: '0.000015', metadata: { model: 'gpt-4o-mini' } }),
  gpt4oAcme: p('price_tok_gpt4o_acme', T.oct2024 + 102, { product: 'prod_tokens', recurring: b.meteredOn('mtr_tokens'), unit_amount_decimal: '0.0002', metadata: { model: 'gpt-4o' }, nickname: 'Acme negotiated GPT-4o' }),
  images: p('price_images', T.oct2024 + 103, {
    product: 'prod_images',
    recurring: b.meteredOn('mtr_images'),
    billing_scheme: 'tiered',
    tiers_mode: 'graduated',
    unit_amount_decimal: null,
    tiers: [b.tier(1000, 4), b.tier(10000, '3.5'), b.tier(null, 3)],
    currency_options: { eur: { custom_unit_amount: null, tax_behavior: 'unspecified', unit_amount: null, unit_amount_decimal: null, tiers: [b.tier(1000, 4), b.tier(10000, 3), b.tier(null, '2.5')] } },
  }),
  imagesJpy: p('price_images_jpy', T.oct2024 + 104, { product: 'prod_images', currency: 'jpy', recurring: b.meteredOn('mtr_images'), unit_amount: 5, unit_amount_decimal: '5' }),
  storage: p('price_storage', T.oct2024 + 105, {
    product: 'prod_storage',
    recurring: b.meteredOn('mtr_storage'),
    billing_scheme: 'tiered',
    tiers_mode: 'volume',
    unit_amount_decimal: null,
    tiers: [b.tier(100, 25), b.tier(1000, 20), b.tier(null, 15)],
  }),
  ftGpt4o: p('price_ft_gpt4o', T.oct2024 + 106, { product: 'prod_ft', recurring: b.meteredOn('mtr_ft_gpt4o'), unit_amount_decimal: '0.0025', metadata: { model: 'gpt-4o' } }),
  ftGpt4oMini: p('price_ft_gpt4omini', T.oct2024 + 107, { product: 'prod_ft', recurring: b.meteredOn('mtr_ft_gpt4omini'), unit_amount_decimal: '0.0003', metadata: { model: 'gpt-4o-mini' } }),
  gpu: p('price_gpu', T.oct2024 + 108, { product: 'prod_gpu', recurring: b.meteredOn('mtr_gpu'), unit_amount: 250, unit_amount_decimal: '250', transform_quantity: { divide_by: 3600, round: 'up' } }),
  batch: p('price_batch', T.oct2024 + 109, {
    product: 'prod_batch',
    recurring: b.meteredOn('mtr_batch'),
    billing_scheme: 'tiered',
    tiers_mode: 'graduated',
    unit_amount_decimal: null,
    tiers: [b.tier(1000, 0, 5000), b.tier(10000, 2, 1000), b.tier(null, 1)],
  }),
  seats: p('price_seats', T.oct2024 + 110, { product: 'prod_seats', recurring: b.licensed(), unit_amount: 2000, unit_amount_decimal: '2000' }),
  platform: p('price_platform', T.oct2024 + 111, { product: 'prod_platform', recurring: b.licensed(), unit_amount: 50000, unit_amount_decimal: '50000' }),
  platformAnnual: p('price_platform_annual', T.oct2024 + 112, { product: 'prod_platform', recurring: b.licensed('year'), unit_amount: 500000, unit_amount_decimal: '500000' }),
  onboarding: p('price_onboarding', T.oct2024 + 113, { product: 'prod_onboarding', recurring: null, type: 'one_time', unit_amount: 100000, unit_amount_decimal: '100000' }),
  oldTokens: p('price_tok_old', T.oct2024 + 114, { product: 'prod_tokens', recurring: b.meteredOn('mtr_tokens'), unit_amount_decimal: '0.0003', metadata: { model: 'gpt-4o' }, active: false }),
}

export const customers = {
  acme: b.customer({ id: 'cus_acme', name: 'Acme Corp', created: T.nov2024 }),
  globex: b.customer({ id: 'cus_globex', name: 'Globex GmbH', email: 'ap@globex.example', currency: 'eur', created: T.nov2024 + 1 }),
  initech: b.customer({ id: 'cus_initech', name: 'Initech', email: 'billing@initech.example', created: T.nov2024 + 2 }),
  umbrella: b.customer({ id: 'cus_umbrella', name: 'Umbrella Labs', created: T.nov2024 + 3 }),
  hooli: b.customer({ id: 'cus_hooli', name: 'Hooli', created: T.nov2024 + 4 }),
  soylent: b.customer({ id: 'cus_soylent', name: 'Soylent', created: T.nov2024 + 5 }),
}

export const coupons = {
  twenty: b.coupon({ id: 'coupon_20off', name: '20% off for 3 months', percent_off: 20, duration: 'repeating', duration_in_months: 3 }),
  hundred: b.coupon({ id: 'coupon_100usd', name: '$100 off once', percent_off: null, amount_off: 10000, currency: 'usd', duration: 'once', duration_in_months: null, created: T.nov2024 + 1 }),
  spring: b.coupon({ id: 'coupon_spring', name: 'Spring 10%', percent_off: 10, duration: 'forever', duration_in_months: null, created: T.nov2024 + 2, times_redeemed: 0 }),
}

export const discounts = {
  initech: b.discount({ id: 'di_initech', customer: 'cus_initech', subscription: 'sub_initech', source: { coupon: 'coupon_100usd', type: 'coupon' }, start: T.dec2026 - 86400 * 10 }),
}

export const subscriptions = {
  acme: b.subscription(
    {
      id: 'sub_acme',
      customer: 'cus_acme',
      start_date: T.nov2024,
      billing_cycle_anchor: T.nov2024,
      discounts: [{ ...b.discount({ id: 'di_acme', customer: 'cus_acme', subscription: 'sub_acme', source: { coupon: 'coupon_20off', type: 'coupon' }, start: T.dec2026 - 86400 * 15 }) }],
    },
    [{ price: prices.gpt4oAcme }, { price: prices.gpt4oMini }, { price: prices.images }, { price: prices.storage }, { price: prices.seats, quantity: 12 }, { price: prices.platform, quantity: 1 }],
  ),
  globex: b.subscription({ id: 'sub_globex', customer: 'cus_globex', currency: 'eur', created: T.nov2024 + 1, start_date: T.mar2025, billing_cycle_anchor: T.mar2025 }, [
    { price: prices.gpt4o },
    { price: prices.images },
    { price: prices.gpu },
  ]),
  initech: b.subscription(
    { id: 'sub_initech', customer: 'cus_initech', created: T.nov2024 + 2, start_date: T.jun2025, billing_cycle_anchor: T.jun2025, billing_thresholds: { amount_gte: 50000, reset_billing_cycle_anchor: false }, discounts: ['di_initech'] },
    [{ price: prices.oldTokens }, { price: prices.gpt4oMini }, { price: prices.batch }, { price: prices.ftGpt4o }, { price: prices.ftGpt4oMini }],
  ),
  umbrella: b.subscription({ id: 'sub_umbrella', customer: 'cus_umbrella', created: T.nov2024 + 3, status: 'canceled', canceled_at: T.sep2025, ended_at: T.sep2025 }, [{ price: prices.gpt4o }]),
  hooli: b.subscription({ id: 'sub_hooli', customer: 'cus_hooli', created: T.nov2024 + 4, start_date: T.dec2024, billing_cycle_anchor: T.dec2024 + 3 * 86400 + 1800, schedule: 'sub_sched_hooli' }, [
    { price: prices.gpt4o },
    { price: prices.seats, quantity: 5 },
    { price: prices.platform, quantity: 1 },
  ]),
}

export const schedules = {
  hooli: b.subscriptionSchedule({
    id: 'sub_sched_hooli',
    customer: 'cus_hooli',
    subscription: 'sub_hooli',
    created: T.dec2024,
    phases: [
      b.phase(T.dec2024, T.feb2027, [{ price: 'price_tok_gpt4o' }, { price: 'price_seats', quantity: 5 }, { price: 'price_platform', quantity: 1 }]),
      b.phase(T.feb2027, T.feb2027 + 365 * 86400, [{ price: 'price_tok_gpt4o_acme' }, { price: 'price_seats', quantity: 20 }, { price: 'price_platform_annual', quantity: 1 }]),
    ],
  }),
  completed: b.subscriptionSchedule({ id: 'sub_sched_done', customer: 'cus_umbrella', created: T.dec2024 + 1, status: 'completed', completed_at: T.sep2025, phases: [b.phase(T.dec2024, T.sep2025, [{ price: 'price_tok_gpt4o' }])] }),
}

export const creditGrants = {
  acmePaid: b.creditGrant({ id: 'credgr_acme_paid', customer: 'cus_acme', name: 'Prepaid usage', category: 'paid', priority: 10, effective_at: T.jun2025, expires_at: T.jun2027 }),
  globexPromo: b.creditGrant({
    id: 'credgr_globex_promo',
    customer: 'cus_globex',
    name: 'Welcome credit',
    category: 'promotional',
    amount: { monetary: { currency: 'eur', value: 10000 }, type: 'monetary' },
    priority: null,
    effective_at: T.mar2025,
    expires_at: null,
    created: T.mar2025,
  }),
  voided: b.creditGrant({ id: 'credgr_voided', customer: 'cus_acme', name: 'Mistake', category: 'promotional', voided_at: T.jun2025 + 60, created: T.jun2025 + 1 }),
  initechImages: b.creditGrant({
    id: 'credgr_initech_images',
    customer: 'cus_initech',
    name: 'Image launch credit',
    category: 'promotional',
    applicability_config: { scope: { prices: [{ id: 'price_images' }] } },
    expires_at: null,
    created: T.jun2025 + 2,
  }),
  soylent: b.creditGrant({ id: 'credgr_soylent', customer: 'cus_soylent', name: 'Prepaid', category: 'paid', expires_at: null, created: T.jun2025 + 3 }),
}

export const balanceSummaries = [
  b.creditBalanceSummary({ customer: 'cus_acme', credit_grant: 'credgr_acme_paid' }),
  b.creditBalanceSummary({
    customer: 'cus_globex',
    credit_grant: 'credgr_globex_promo',
    balances: [{ available_balance: { monetary: { currency: 'eur', value: 10000 }, type: 'monetary' }, ledger_balance: { monetary: { currency: 'eur', value: 10000 }, type: 'monetary' } }],
  }),
  b.creditBalanceSummary({
    customer: 'cus_initech',
    credit_grant: 'credgr_initech_images',
    balances: [{ available_balance: { monetary: { currency: 'usd', value: 0 }, type: 'monetary' }, ledger_balance: { monetary: { currency: 'usd', value: 0 }, type: 'monetary' } }],
  }),
]

/** Sample meter events: `region` is on every event, `request_id` is an identifier, `tokens` the value. */
export function sampleEvents(n = 60): Array<Record<string, unknown>> {
  const models = ['gpt-4o', 'gpt-4o-mini']
  const regions = ['us', 'eu']
  return Array.from({ length: n }, (_, i) =>
    b.meterEvent({
      identifier: `evt_${i}`,
      timestamp: T.dec2026 - 3600 + i,
      payload: { stripe_customer_id: 'cus_acme', tokens: String(100 + i * 7), model: models[i % 2], region: regions[i % 2], request_id: `req_${1000 + i}`, ...(i % 3 === 0 ? { project: 'p1' } : {}) },
    }),
  )
}

export function aiApiSnapshot(): StripeSnapshot {
  return {
    account: b.ACCOUNT,
    meters: [...Object.values(meters), { object: 'plan', id: 'plan_legacy_object' }],
    products: Object.values(products),
    prices: [...Object.values(prices), { id: 'price_broken', object: 'price', currency: 5, product: 'prod_tokens' }],
    customers: Object.values(customers),
    subscriptions: Object.values(subscriptions),
    subscriptionSchedules: Object.values(schedules),
    creditGrants: Object.values(creditGrants),
    creditBalanceSummaries: balanceSummaries,
    coupons: Object.values(coupons),
    promotionCodes: [b.promotionCode({ id: 'promo_launch', code: 'LAUNCH20', promotion: { coupon: 'coupon_20off', type: 'coupon' } })],
    discounts: Object.values(discounts),
    sampleEvents: sampleEvents(),
  }
}
