/**
 * The demo account's catalogue (Lumen AI): meters, products and prices. Split from demo-account.ts,
 * which adds customers, subscriptions, schedules, credits and coupons on top.
 */
import type { EmulatedAccount } from './account'
import { stripeId } from './ids'
import { licensedRecurring, makeMeter, makePrice, makeProduct, meteredRecurring, tier, unitAmount } from './objects'
import type { PriceObject } from './types'

export const SEED = 'ratecraft-demo'

/** Unix seconds of an ISO timestamp: the fixture is written with readable dates. */
export function ts(iso: string): number {
  return Math.floor(Date.parse(iso) / 1000)
}

export const ids = {
  meter: (name: string) => stripeId('mtr', 'billing', SEED, name),
  product: (name: string) => stripeId('prod', 'short', SEED, name),
  price: (name: string) => stripeId('price', 'long', SEED, name),
  customer: (name: string) => stripeId('cus', 'short', SEED, name),
  subscription: (name: string) => stripeId('sub', 'long', SEED, name),
  item: (name: string) => stripeId('si', 'short', SEED, name),
  schedule: (name: string) => stripeId('sub_sched', 'long', SEED, name),
  grant: (name: string) => stripeId('credgr', 'billing', SEED, name),
  promo: (name: string) => stripeId('promo', 'long', SEED, name),
  discount: (name: string) => stripeId('di', 'long', SEED, name),
}

// ---------------------------------------------------------------------------------------------
// Catalogue

export const METERS = {
  inputTokens: ids.meter('input_tokens'),
  outputTokens: ids.meter('output_tokens'),
  images: ids.meter('images_generated'),
  storage: ids.meter('vector_storage_gb'),
  embeddings: ids.meter('embedding_requests'),
  legacyCalls: ids.meter('legacy_api_calls'),
}

/** Per-token prices in cents (fractional: $2.50 per 1M tokens = 0.00025¢ per token). */
export const MODELS = [
  { key: 'lumen-large', name: 'Lumen Large', input: '0.00025', output: '0.001', created: '2025-02-20T17:00:00Z' },
  { key: 'lumen-medium', name: 'Lumen Medium', input: '0.00004', output: '0.00016', created: '2025-02-20T17:05:00Z' },
  { key: 'lumen-small', name: 'Lumen Small', input: '0.00001', output: '0.00004', created: '2025-02-20T17:10:00Z' },
  { key: 'lumen-reason', name: 'Lumen Reason', input: '0.0015', output: '0.006', created: '2025-09-02T16:00:00Z' },
] as const

export type ModelKey = (typeof MODELS)[number]['key']

export const PRICES = {
  input: (m: ModelKey) => ids.price(`${m}-input`),
  output: (m: ModelKey) => ids.price(`${m}-output`),
  images: ids.price('images-graduated'),
  storage: ids.price('storage-volume'),
  embeddings: ids.price('embeddings-per-1k'),
  seat: ids.price('team-seat'),
  platform: ids.price('platform-fee'),
  platformGrowth: ids.price('platform-fee-growth'),
  onboarding: ids.price('onboarding-one-time'),
  largeInputV1: ids.price('lumen-large-input-v1'),
  largeInputJpy: ids.price('lumen-large-input-jpy'),
  legacyCalls: ids.price('legacy-api-calls'),
  inlineSupport: ids.price('inline-enterprise-support-granite'),
}

export const PRODUCTS = {
  model: (m: ModelKey) => ids.product(m),
  images: ids.product('image-generation'),
  storage: ids.product('vector-storage'),
  embeddings: ids.product('embeddings-api'),
  seats: ids.product('team-seats'),
  platform: ids.product('platform'),
  support: ids.product('enterprise-support'),
  legacy: ids.product('legacy-api'),
}

export function addCatalogue(account: EmulatedAccount): void {
  const meter = (
    id: string,
    created: string,
    display_name: string,
    event_name: string,
    formula: 'sum' | 'count' | 'last',
    valueKey: string,
    extra: Partial<Parameters<typeof makeMeter>[0]> = {},
  ) =>
    account.put(
      'meters',
      makeMeter({
        id,
        created: ts(created),
        display_name,
        event_name,
        default_aggregation: { formula },
        value_settings: { event_payload_key: valueKey },
        customer_mapping: { event_payload_key: 'stripe_customer_id', type: 'by_id' },
        ...extra,
      }),
    )
  meter(METERS.inputTokens, '2025-02-18T15:30:00Z', 'Input tokens', 'api_input_tokens', 'sum', 'tokens', {
    dimension_payload_keys: ['model'],
  })
  meter(METERS.outputTokens, '2025-02-18T15:31:00Z', 'Output tokens', 'api_output_tokens', 'sum', 'tokens', {
    dimension_payload_keys: ['model'],
  })
  meter(METERS.images, '2025-02-18T15:40:00Z', 'Images generated', 'images_generated', 'count', 'value')
  meter(METERS.storage, '2025-04-02T09:12:00Z', 'Vector storage (GB)', 'vector_storage_gb', 'last', 'gb', {
    event_time_window: 'hour',
  })
  meter(METERS.embeddings, '2025-05-14T11:00:00Z', 'Embedding requests', 'embedding_requests', 'count', 'value')
  meter(METERS.legacyCalls, '2025-01-20T10:00:00Z', 'API calls (v1, retired)', 'api_call', 'count', 'value', {
    status: 'inactive',
    status_transitions: { deactivated_at: ts('2025-09-30T00:00:00Z') },
    updated: ts('2025-09-30T00:00:00Z'),
  })

  // Model products, each with an input-token and an output-token price tagged with the model.
  for (const model of MODELS) {
    const created = ts(model.created)
    account.put(
      'products',
      makeProduct({
        id: PRODUCTS.model(model.key),
        created,
        name: `${model.name} API`,
        description: `${model.name} text model: pay per input and output token.`,
        default_price: PRICES.input(model.key),
        unit_label: 'token',
        metadata: { model: model.key, family: 'text' },
        tax_code: 'txcd_10103001',
      }),
    )
    for (const side of ['input', 'output'] as const) {
      const price: PriceObject = makePrice({
        id: PRICES[side](model.key),
        created: created + (side === 'input' ? 1 : 2),
        product: PRODUCTS.model(model.key),
        nickname: `${model.name} · ${side} tokens`,
        lookup_key: `${model.key}-${side}-v2`,
        metadata: { model: model.key, direction: side },
        recurring: meteredRecurring(side === 'input' ? METERS.inputTokens : METERS.outputTokens),
        tax_behavior: 'exclusive',
        ...unitAmount(model[side]),
      })
      if (model.key === 'lumen-large' && side === 'input') {
        price.currency_options = {
          eur: { custom_unit_amount: null, tax_behavior: 'exclusive', ...unitAmount('0.00023') },
        }
      }
      account.put('prices', price)
    }
  }

  // Images: graduated tiers; the first tier also carries a flat fee.
  account.put(
    'products',
    makeProduct({
      id: PRODUCTS.images,
      created: ts('2025-02-21T10:00:00Z'),
      name: 'Image generation',
      description: 'Lumen Canvas image generation, billed per image.',
      default_price: PRICES.images,
      unit_label: 'image',
      metadata: { family: 'image' },
    }),
  )
  const imageTiers = [tier(1000, { unit: 4, flat: 500 }), tier(10000, { unit: 3 }), tier(null, { unit: 2 })]
  account.put(
    'prices',
    makePrice({
      id: PRICES.images,
      created: ts('2025-02-21T10:01:00Z'),
      product: PRODUCTS.images,
      nickname: 'Images · graduated',
      lookup_key: 'images-graduated-v1',
      billing_scheme: 'tiered',
      tiers_mode: 'graduated',
      tiers: imageTiers,
      recurring: meteredRecurring(METERS.images),
      tax_behavior: 'exclusive',
      metadata: { model: 'canvas-2' },
      currency_options: {
        eur: {
          custom_unit_amount: null,
          tax_behavior: 'exclusive',
          unit_amount: null,
          unit_amount_decimal: null,
          tiers: [tier(1000, { unit: 4, flat: 450 }), tier(10000, { unit: 3 }), tier(null, { unit: 2 })],
        },
      },
    }),
  )

  // Vector storage: volume tiers on a "last value" gauge meter.
  account.put(
    'products',
    makeProduct({
      id: PRODUCTS.storage,
      created: ts('2025-04-02T09:20:00Z'),
      name: 'Vector storage',
      description: 'Managed vector index storage, per GB-month.',
      default_price: PRICES.storage,
      unit_label: 'GB',
    }),
  )
  account.put(
    'prices',
    makePrice({
      id: PRICES.storage,
      created: ts('2025-04-02T09:21:00Z'),
      product: PRODUCTS.storage,
      nickname: 'Vector storage · volume',
      lookup_key: 'vector-storage-volume-v1',
      billing_scheme: 'tiered',
      tiers_mode: 'volume',
      tiers: [tier(100, { unit: 25 }), tier(1000, { unit: 20 }), tier(null, { unit: '12.5' })],
      recurring: meteredRecurring(METERS.storage),
      tax_behavior: 'exclusive',
    }),
  )

  // Embeddings: package pricing, 40¢ per started block of 1,000 requests.
  account.put(
    'products',
    makeProduct({
      id: PRODUCTS.embeddings,
      created: ts('2025-05-14T11:05:00Z'),
      name: 'Embeddings API',
      description: 'lumen-embed-3, billed per 1,000 requests.',
      default_price: PRICES.embeddings,
      unit_label: '1k requests',
    }),
  )
  account.put(
    'prices',
    makePrice({
      id: PRICES.embeddings,
      created: ts('2025-05-14T11:06:00Z'),
      product: PRODUCTS.embeddings,
      nickname: 'Embeddings · per 1,000 requests',
      lookup_key: 'embeddings-per-1k-v1',
      transform_quantity: { divide_by: 1000, round: 'up' },
      recurring: meteredRecurring(METERS.embeddings),
      tax_behavior: 'exclusive',
      metadata: { model: 'lumen-embed-3' },
      ...unitAmount(40),
    }),
  )

  // Seats: licensed per seat, with EUR and GBP currency options.
  account.put(
    'products',
    makeProduct({
      id: PRODUCTS.seats,
      created: ts('2025-02-22T12:00:00Z'),
      name: 'Team seats',
      description: 'Console seats for your team.',
      default_price: PRICES.seat,
      unit_label: 'seat',
      marketing_features: [{ name: 'Shared workspaces' }, { name: 'SSO' }],
    }),
  )
  account.put(
    'prices',
    makePrice({
      id: PRICES.seat,
      created: ts('2025-02-22T12:01:00Z'),
      product: PRODUCTS.seats,
      nickname: 'Seat · monthly',
      lookup_key: 'team-seat-monthly',
      recurring: licensedRecurring(),
      tax_behavior: 'exclusive',
      ...unitAmount(2500),
      currency_options: {
        eur: { custom_unit_amount: null, tax_behavior: 'exclusive', ...unitAmount(2300) },
        gbp: { custom_unit_amount: null, tax_behavior: 'exclusive', ...unitAmount(2000) },
      },
    }),
  )

  // Platform fee: flat $500/month (quantity 1), and the $750 "Growth" fee a schedule moves to.
  account.put(
    'products',
    makeProduct({
      id: PRODUCTS.platform,
      created: ts('2025-02-22T12:10:00Z'),
      name: 'Platform fee',
      description: 'Enterprise platform access, SLA and dedicated capacity.',
      default_price: PRICES.platform,
    }),
  )
  account.put(
    'prices',
    makePrice({
      id: PRICES.platform,
      created: ts('2025-02-22T12:11:00Z'),
      product: PRODUCTS.platform,
      nickname: 'Platform fee · Scale',
      lookup_key: 'platform-fee-scale',
      recurring: licensedRecurring(),
      tax_behavior: 'exclusive',
      ...unitAmount(50000),
    }),
  )
  account.put(
    'prices',
    makePrice({
      id: PRICES.platformGrowth,
      created: ts('2026-05-04T08:00:00Z'),
      product: PRODUCTS.platform,
      nickname: 'Platform fee · Growth (2027)',
      lookup_key: 'platform-fee-growth',
      recurring: licensedRecurring(),
      tax_behavior: 'exclusive',
      ...unitAmount(75000),
    }),
  )

  // Enterprise support: a one-time onboarding price; enterprise contracts add inline monthly prices.
  account.put(
    'products',
    makeProduct({
      id: PRODUCTS.support,
      created: ts('2025-03-01T09:00:00Z'),
      name: 'Enterprise support',
      description: 'Named support engineer and onboarding.',
      default_price: PRICES.onboarding,
    }),
  )
  account.put(
    'prices',
    makePrice({
      id: PRICES.onboarding,
      created: ts('2025-03-01T09:01:00Z'),
      product: PRODUCTS.support,
      nickname: 'Onboarding package',
      type: 'one_time',
      recurring: null,
      tax_behavior: 'exclusive',
      ...unitAmount(500000),
    }),
  )
  account.put(
    'inlinePrices',
    makePrice({
      id: PRICES.inlineSupport,
      created: ts('2025-08-05T14:22:00Z'),
      product: PRODUCTS.support,
      // Inline prices (price_data) are not reusable and never listed.
      active: false,
      recurring: licensedRecurring(),
      tax_behavior: 'exclusive',
      ...unitAmount(200000),
    }),
  )

  // The v1 Lumen Large input price: archived, but Sable Marketing is grandfathered on it.
  account.put(
    'prices',
    makePrice({
      id: PRICES.largeInputV1,
      created: ts('2025-01-22T10:00:00Z'),
      product: PRODUCTS.model('lumen-large'),
      active: false,
      nickname: 'Lumen Large · input tokens (v1)',
      lookup_key: null,
      metadata: { model: 'lumen-large', direction: 'input', superseded_by: PRICES.input('lumen-large') },
      recurring: meteredRecurring(METERS.inputTokens),
      tax_behavior: 'exclusive',
      ...unitAmount('0.0003'),
    }),
  )
  // Yen pricing for Japanese customers: a currency Metronome does not support.
  account.put(
    'prices',
    makePrice({
      id: PRICES.largeInputJpy,
      created: ts('2026-02-25T03:00:00Z'),
      product: PRODUCTS.model('lumen-large'),
      currency: 'jpy',
      nickname: 'Lumen Large · input tokens (JPY)',
      lookup_key: 'lumen-large-input-jpy',
      metadata: { model: 'lumen-large', direction: 'input', region: 'jp' },
      recurring: meteredRecurring(METERS.inputTokens),
      tax_behavior: 'inclusive',
      ...unitAmount('0.000375'),
    }),
  )

  // A retired product whose price sits on the inactive legacy meter.
  account.put(
    'products',
    makeProduct({
      id: PRODUCTS.legacy,
      created: ts('2025-01-20T10:05:00Z'),
      updated: ts('2025-09-30T00:00:00Z'),
      name: 'Lumen API (v1)',
      description: 'Retired per-call pricing.',
      active: false,
    }),
  )
  account.put(
    'prices',
    makePrice({
      id: PRICES.legacyCalls,
      created: ts('2025-01-20T10:06:00Z'),
      product: PRODUCTS.legacy,
      active: false,
      nickname: 'API calls (v1)',
      recurring: meteredRecurring(METERS.legacyCalls),
      ...unitAmount('0.2'),
    }),
  )
}
