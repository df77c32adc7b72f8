/**
 * Deterministic large accounts for benchmarks and pagination tests (e.g. 200 meters, 2,000 products,
 * 10,000 prices, 5,000 customers, 5,000 subscriptions, 1,000 credit grants in well under a second).
 * Same seed and sizes → byte-identical account. The mix (tiered, currency options, archived, package,
 * yen, inline) follows the demo account so the importer sees every shape at scale.
 */
import { EmulatedAccount, type AccountKeys } from './account'
import { hashChars, SeededRandom, stripeId } from './ids'
import {
  licensedRecurring,
  makeAccountObject,
  makeCreditGrant,
  makeCustomer,
  makeMeter,
  makePrice,
  makeProduct,
  makeSubscription,
  meteredRecurring,
  monetary,
  tier,
  unitAmount,
  type ItemInit,
} from './objects'
import type { MeterObject, PriceObject, PriceTier, SubscriptionRecord } from './types'

export interface GenerateAccountOptions {
  seed: string | number
  meters: number
  products: number
  prices: number
  customers: number
  subscriptions: number
  creditGrants: number
  /** Share of prices with extra `currency_options` (default 0.1). */
  currencyOptionsShare?: number
  /** Share of prices that are tiered (default 0.2). */
  tieredShare?: number
  /** Share of prices that are archived (default 0.1). */
  archivedShare?: number
  /** Billing periods are computed as of this time (default 2026-11-15). */
  asOf?: number
}

export const DEFAULT_GENERATE_SIZES = {
  meters: 200,
  products: 2000,
  prices: 10000,
  customers: 5000,
  subscriptions: 5000,
  creditGrants: 1000,
} as const

const START = Date.UTC(2025, 0, 6) / 1000
const END = Date.UTC(2026, 10, 1) / 1000
const DEFAULT_AS_OF = Date.UTC(2026, 10, 15) / 1000

const FEATURES = ['tokens', 'requests', 'images', 'minutes', 'documents', 'queries', 'renders', 'calls', 'jobs', 'pages', 'embeddings', 'transcriptions']
const QUALIFIERS = ['input', 'output', 'cached', 'batch', 'realtime', 'priority', 'standard', 'hd', 'eu', 'us']
const ADJECTIVES = ['Swift', 'Quantum', 'Nova', 'Echo', 'Prism', 'Atlas', 'Vector', 'Lumen', 'Orbit', 'Pulse', 'Cedar', 'Helix', 'Nimbus', 'Delta', 'Sierra', 'Aurora']
const NOUNS = ['Search', 'Vision', 'Speech', 'Chat', 'Translate', 'Docs', 'Code', 'Insights', 'Agents', 'Voice', 'Index', 'Studio', 'Guard', 'Sync']
const COMPANY_A = ['Blue', 'Red', 'Silver', 'Granite', 'Maple', 'Harbor', 'North', 'Summit', 'River', 'Pioneer', 'Bright', 'Iron', 'Golden', 'Clear', 'Open', 'True']
const COMPANY_B = ['Labs', 'Health', 'Logistics', 'Media', 'Finance', 'Retail', 'Systems', 'Works', 'Analytics', 'Studios', 'Legal', 'Energy', 'Foods', 'Travel', 'Robotics', 'Learning']
const COMPANY_C = ['Inc', 'LLC', 'Co', 'Group', 'GmbH', 'Ltd', 'SAS', 'BV']

/** "0.000123"-style decimal from an integer and a number of decimal places, without floats. */
function scaledDecimal(units: number, dp: number): string {
  if (dp === 0) return String(units)
  const digits = String(units).padStart(dp + 1, '0')
  return `${digits.slice(0, -dp)}.${digits.slice(-dp)}`
}

export function generateAccount(options: GenerateAccountOptions, keys: AccountKeys): EmulatedAccount {
  const seed = String(options.seed)
  const rng = new SeededRandom(`generate|${seed}`)
  const idSeed = `gen|${seed}`
  const livemode = keys.secret.startsWith('sk_live_')
  const asOf = options.asOf ?? DEFAULT_AS_OF
  const currencyOptionsShare = options.currencyOptionsShare ?? 0.1
  const tieredShare = options.tieredShare ?? 0.2
  const archivedShare = options.archivedShare ?? 0.1
  const accountId = `acct_1${hashChars(idSeed, 15)}`
  /** Creation times spread evenly over 2025–2026, with a little jitter, in creation order. */
  const createdAt = (i: number, n: number, from = START): number =>
    Math.floor(from + ((END - from) * i) / Math.max(1, n)) + rng.int(0, 3599)

  const account = new EmulatedAccount({
    id: accountId,
    keys,
    account: makeAccountObject({
      id: accountId,
      created: START - 86_400 * 30,
      businessName: `Generated ${seed}`,
      email: `billing+${hashChars(idSeed, 6).toLowerCase()}@generated.example`,
      url: 'https://generated.example',
    }),
    usage: { seed: idSeed },
  })

  // Meters: mostly sums, some counts and gauges; a few deactivated; some with dimensions.
  const meters: MeterObject[] = []
  for (let i = 0; i < options.meters; i++) {
    const feature = FEATURES[i % FEATURES.length] ?? 'units'
    const qualifier = QUALIFIERS[Math.floor(i / FEATURES.length) % QUALIFIERS.length] ?? 'std'
    const eventName = `${qualifier}_${feature}_${i}`
    const roll = rng.next()
    const formula = roll < 0.7 ? 'sum' : roll < 0.9 ? 'count' : 'last'
    const created = createdAt(i, options.meters)
    const inactive = rng.chance(0.05)
    const meter = makeMeter({
      id: stripeId('mtr', 'billing', idSeed, `meter-${i}`, livemode),
      created,
      livemode,
      display_name: `${qualifier[0]?.toUpperCase()}${qualifier.slice(1)} ${feature} #${i}`,
      event_name: eventName,
      default_aggregation: { formula },
      value_settings: { event_payload_key: formula === 'count' ? 'value' : feature === 'tokens' ? 'tokens' : 'quantity' },
      event_time_window: formula === 'last' ? 'hour' : null,
      status: inactive ? 'inactive' : 'active',
      status_transitions: { deactivated_at: inactive ? created + 86_400 * 90 : null },
      updated: inactive ? created + 86_400 * 90 : created,
      ...(rng.chance(0.3) ? { dimension_payload_keys: rng.chance(0.5) ? ['model'] : ['model', 'region'] } : {}),
    })
    account.put('meters', meter)
    meters.push(meter)
  }
  const activeMeters = meters.filter((m) => m.status === 'active')

  // Products.
  const productIds: string[] = []
  for (let i = 0; i < options.products; i++) {
    const id = stripeId('prod', 'short', idSeed, `product-${i}`)
    productIds.push(id)
    const name = `${ADJECTIVES[i % ADJECTIVES.length]} ${NOUNS[Math.floor(i / ADJECTIVES.length) % NOUNS.length]} ${Math.floor(i / (ADJECTIVES.length * NOUNS.length)) + 1}`
    account.put(
      'products',
      makeProduct({
        id,
        created: createdAt(i, options.products),
        livemode,
        name,
        description: rng.chance(0.7) ? `${name} API usage.` : null,
        active: !rng.chance(0.03),
        metadata: { sku: `SKU-${String(i).padStart(5, '0')}` },
      }),
    )
  }

  // Prices: product i % products so every product gets one; most metered, some tiered / licensed.
  const monthlyUsd: PriceObject[] = []
  const archivedMonthlyUsd: PriceObject[] = []
  for (let i = 0; i < options.prices; i++) {
    const product = productIds.length ? (productIds[i % productIds.length] as string) : 'prod_missing'
    const created = createdAt(i, options.prices)
    const roll = rng.next()
    const currency = roll < 0.01 ? 'jpy' : roll < 0.04 ? 'eur' : roll < 0.06 ? 'gbp' : 'usd'
    const tiered = rng.chance(tieredShare)
    const meter = activeMeters.length && rng.chance(0.75) ? rng.pick(activeMeters) : null
    const yearly = !meter && rng.chance(0.1)
    const oneTime = !meter && !yearly && rng.chance(0.05)
    const init: Parameters<typeof makePrice>[0] = {
      id: stripeId('price', 'long', idSeed, `price-${i}`),
      created,
      product,
      livemode,
      currency,
      active: !rng.chance(archivedShare),
      nickname: rng.chance(0.6) ? `Price ${i}` : null,
      lookup_key: rng.chance(0.3) ? `price-${i}-v${rng.int(1, 3)}` : null,
      metadata: meter && rng.chance(0.5) ? { model: `model-${i % 17}` } : {},
      type: oneTime ? 'one_time' : 'recurring',
      recurring: oneTime ? null : meter ? meteredRecurring(meter.id) : licensedRecurring(yearly ? 'year' : 'month'),
      tax_behavior: rng.pick(['exclusive', 'inclusive', 'unspecified'] as const),
    }
    let tiers: PriceTier[] | undefined
    if (tiered && !oneTime) {
      const first = rng.int(100, 5000)
      const second = first * rng.int(5, 20)
      tiers = [
        tier(first, { unit: scaledDecimal(rng.int(100, 9999), 3), ...(rng.chance(0.3) ? { flat: rng.int(100, 10000) } : {}) }),
        tier(second, { unit: scaledDecimal(rng.int(50, 999), 3) }),
        tier(null, { unit: scaledDecimal(rng.int(10, 499), 3) }),
      ]
      Object.assign(init, { billing_scheme: 'tiered', tiers_mode: rng.chance(0.7) ? 'graduated' : 'volume', tiers })
    } else if (meter) {
      // Fractional cents, up to 12 dp, as AI per-token prices are.
      Object.assign(init, unitAmount(scaledDecimal(rng.int(1, 99_999), rng.int(2, 9))))
      if (rng.chance(0.05)) init.transform_quantity = { divide_by: rng.pick([100, 1000, 1_000_000]), round: rng.pick(['up', 'down'] as const) }
    } else {
      Object.assign(init, unitAmount(currency === 'jpy' ? rng.int(100, 50_000) : rng.int(5, 2000) * 100))
    }
    if (currency === 'usd' && rng.chance(currencyOptionsShare)) {
      // Same amounts in every extra currency: realistic enough, and the importer only copies them.
      const option = () =>
        tiers
          ? { custom_unit_amount: null, tax_behavior: 'exclusive' as const, unit_amount: null, unit_amount_decimal: null, tiers }
          : { custom_unit_amount: null, tax_behavior: 'exclusive' as const, ...unitAmount(init.unit_amount_decimal ?? '0') }
      init.currency_options = rng.chance(0.5) ? { eur: option() } : { eur: option(), gbp: option() }
    }
    const price = makePrice(init)
    account.put('prices', price)
    if (price.currency === 'usd' && price.recurring?.interval === 'month') {
      ;(price.active ? monthlyUsd : archivedMonthlyUsd).push(price)
    }
  }

  // Customers.
  const customerIds: string[] = []
  for (let i = 0; i < options.customers; i++) {
    const id = stripeId('cus', 'short', idSeed, `customer-${i}`)
    customerIds.push(id)
    const name = `${COMPANY_A[i % COMPANY_A.length]} ${COMPANY_B[Math.floor(i / COMPANY_A.length) % COMPANY_B.length]} ${COMPANY_C[i % COMPANY_C.length]}`
    const slug = `${name.toLowerCase().replace(/[^a-z]+/g, '')}${i}`
    account.put(
      'customers',
      makeCustomer({
        id,
        created: createdAt(i, options.customers),
        livemode,
        name,
        email: `billing@${slug}.example`,
        metadata: { internal_id: `org_${String(100_000 + i)}`, segment: rng.pick(['enterprise', 'growth', 'self_serve']) },
      }),
    )
  }

  // Subscriptions: one per customer round-robin, 1–6 monthly USD prices, a few archived grandfathered.
  for (let i = 0; i < options.subscriptions && customerIds.length && monthlyUsd.length; i++) {
    const subId = stripeId('sub', 'long', idSeed, `subscription-${i}`)
    const customer = customerIds[i % customerIds.length] as string
    const created = createdAt(i, options.subscriptions, START + 86_400 * 30)
    const chosen = new Map<string, PriceObject>()
    const wanted = rng.int(1, 6)
    for (let k = 0; k < wanted * 2 && chosen.size < wanted; k++) {
      const price = rng.pick(monthlyUsd)
      chosen.set(price.id, price)
    }
    if (archivedMonthlyUsd.length && rng.chance(0.05)) {
      const archived = rng.pick(archivedMonthlyUsd)
      chosen.set(archived.id, archived)
    }
    const itemInits: ItemInit[] = [...chosen.values()].map((price, k) => {
      const item: ItemInit = { id: stripeId('si', 'short', idSeed, `item-${i}-${k}`), price: price.id }
      if (price.recurring?.usage_type === 'licensed') item.quantity = rng.int(1, 50)
      return item
    })
    // Roughly 1 in 200 subscriptions carries an inline (price_data) price.
    if (rng.chance(0.005) && productIds.length) {
      const inline = makePrice({
        id: stripeId('price', 'long', idSeed, `inline-${i}`),
        created,
        product: rng.pick(productIds),
        livemode,
        active: false,
        recurring: licensedRecurring(),
        ...unitAmount(rng.int(10, 500) * 1000),
      })
      account.put('inlinePrices', inline)
      itemInits.push({ id: stripeId('si', 'short', idSeed, `item-${i}-inline`), price: inline.id, quantity: 1 })
    }
    const roll = rng.next()
    const extra: Partial<SubscriptionRecord> = {}
    if (roll < 0.07) {
      const canceled = Math.min(asOf - 86_400, created + 86_400 * rng.int(30, 300))
      Object.assign(extra, {
        status: 'canceled',
        canceled_at: canceled,
        ended_at: canceled,
        cancellation_details: { comment: null, feedback: null, feedback_option: null, reason: 'cancellation_requested' },
      })
    } else if (roll < 0.1) extra.status = 'past_due'
    else if (roll < 0.13) Object.assign(extra, { status: 'trialing', trial_start: created, trial_end: created + 14 * 86_400 })
    account.put(
      'subscriptions',
      makeSubscription({ id: subId, customer, created, livemode, itemInits, asOf, metadata: { generated: 'true' }, ...extra }),
    )
  }

  // Credit grants with partial remaining balances.
  for (let i = 0; i < options.creditGrants && customerIds.length; i++) {
    const id = stripeId('credgr', 'billing', idSeed, `grant-${i}`, livemode)
    const created = createdAt(i, options.creditGrants, START + 86_400 * 60)
    const amount = rng.int(10, 5000) * 100
    const voided = rng.chance(0.05)
    const scoped = monthlyUsd.length > 0 && rng.chance(0.15)
    account.put(
      'creditGrants',
      makeCreditGrant({
        id,
        created,
        livemode,
        customer: rng.pick(customerIds),
        amount: monetary('usd', amount),
        category: rng.chance(0.6) ? 'paid' : 'promotional',
        name: `Credit grant ${i}`,
        priority: rng.int(0, 100),
        expires_at: rng.chance(0.6) ? created + 86_400 * rng.int(90, 540) : null,
        voided_at: voided ? created + 86_400 * 10 : null,
        updated: voided ? created + 86_400 * 10 : created,
        applicability_config: scoped
          ? { scope: { prices: [{ id: rng.pick(monthlyUsd).id }] } }
          : { scope: { price_type: 'metered' } },
      }),
    )
    const available = voided ? 0 : Math.floor((amount * rng.int(0, 100)) / 100)
    account.setCreditBalance(id, { available, ledger: available })
  }

  return account
}

/** Parse "prices=10000,customers=5000" (the CLI's --generate flag) into options, with defaults. */
export function parseGenerateSpec(spec: string, seed: string | number = 'large'): GenerateAccountOptions {
  const options: GenerateAccountOptions = { seed, ...DEFAULT_GENERATE_SIZES }
  for (const part of spec.split(',').map((p) => p.trim()).filter(Boolean)) {
    const [key = '', raw = ''] = part.split('=')
    const value = Number(raw)
    if (!Number.isFinite(value) || value < 0) throw new Error(`Bad --generate value: ${part}`)
    switch (key) {
      case 'seed':
        options.seed = raw
        break
      case 'meters':
      case 'products':
      case 'prices':
      case 'customers':
      case 'subscriptions':
      case 'creditGrants':
      case 'credit_grants':
        options[key === 'credit_grants' ? 'creditGrants' : key] = Math.floor(value)
        break
      case 'currencyOptionsShare':
      case 'tieredShare':
      case 'archivedShare':
        options[key] = value
        break
      default:
        throw new Error(`Unknown --generate key: ${key}`)
    }
  }
  return options
}
