/**
 * The mutable state of one draft run: the catalogue being built, key allocation, decisions, and what
 * each Stripe price became (later mappers — subscriptions, schedules, credit grants — read that).
 * Pure: created fresh per `draftCatalog` call, never shared, no I/O.
 */
import { emptyCatalog, type TCatalog, type TDraftContract, type TDraftProduct, type TDraftRate, type TTier } from '../schemas'
import type { ParsedSnapshot, StripeObjectType } from '../stripe/snapshot'
import { createKeyAllocator, type KeyAllocator } from './key-allocator'
import type { SnapshotIndex } from './snapshot-index'
import { sourceHash } from './source-hash'
import type { Decision, DecisionTarget, Fidelity, IntegrationPattern, MappingRule, VolumeTierStrategy } from './types'

/** A rate's price terms, reusable for contract overrides (OVERWRITE) and multipliers. */
export type RateSpec = { rate_type: 'FLAT' | 'TIERED'; price?: string; tiers?: TTier[] }

/** What a Stripe price became; read by the subscription, schedule and credit-grant mappers. */
export type PriceOutcome =
  | {
      kind: 'usage' | 'licensed'
      role: 'standard' | 'alternate'
      /** Product this price's terms apply to. */
      productKey: string
      /** The list-rate price of the same slot (itself when standard). */
      standardPriceId: string
      groupValues: Record<string, string>
      billingFrequency?: string
      /** Terms per upper-case currency (only supported currencies). */
      specByCurrency: Map<string, RateSpec>
      /** Currencies whose rate card carries this price's own rate. */
      onCard: Set<string>
      /** M12: the flat first-tier fee became this SUBSCRIPTION product. */
      baseFee?: { productKey: string; billingFrequency: string }
      /** M10 with `contract_override`: per-contract OVERWRITE at the expected tier. */
      volumeOverride?: boolean
      unsupportedCurrencies: string[]
    }
  | { kind: 'stays_in_stripe'; reason: string }
  | { kind: 'not_mapped'; reason: string }

export type DecisionInput = {
  stripeType: StripeObjectType
  stripeId: string
  rule: MappingRule
  qualifier?: string
  targets: DecisionTarget[]
  fidelity: Fidelity
  reason: string
  lost?: string
  /** Other source objects whose change should mark this decision's source as changed. */
  related?: Array<[StripeObjectType, string]>
}

export type CardRate = { rateKey: string; priceId: string; spec: RateSpec }

export type DraftContext = {
  snap: ParsedSnapshot
  index: SnapshotIndex
  cutoverAt: string
  pattern: IntegrationPattern
  volumeStrategy: VolumeTierStrategy
  consolidate: boolean
  catalog: TCatalog
  keys: KeyAllocator
  decisions: Decision[]
  priceOutcomes: Map<string, PriceOutcome>
  /** Metric key of each meter (consolidated meters share one) and the segment values it implies. */
  meterMetrics: Map<string, { metricKey: string; segment: Record<string, string> }>
  /** Metric key of legacy usage-record prices (M3). */
  legacyMetrics: Map<string, string>
  /** Pricing group keys of each metric (from consolidation and price metadata). */
  metricPricingKeys: Map<string, string[]>
  /** Rates on cards by slot (card|product|group values|frequency). */
  cardRates: Map<string, CardRate>
  contractsBySource: Map<string, TDraftContract>
  contractsByCustomer: Map<string, TDraftContract[]>
  /** Overrides/credits created from each coupon (for the coupon's own decision). */
  couponTargets: Map<string, DecisionTarget[]>
  /** Alternate prices (not the list rate of their slot): their decision is made once contracts exist. */
  alternates: Array<{ priceId: string; standardPriceId: string }>
  /** Overrides and terms created on contracts for each price (alternates' decision targets). */
  contractTargetsByPrice: Map<string, DecisionTarget[]>
  decide(input: DecisionInput): Decision
  cardFor(currency: string): string
  fixedProduct(kind: 'prepaid_commit' | 'promotional_credit' | 'threshold_billing'): string
  addProduct(product: TDraftProduct): TDraftProduct
  productByKey(key: string): TDraftProduct | undefined
  addRate(rate: TDraftRate, spec: RateSpec, priceId: string): { added: true } | { added: false; existing: CardRate }
  slotKey(card: string, product: string, groupValues: Record<string, string> | undefined, frequency?: string): string
}

export function canonicalValues(values: Record<string, string> | undefined): string {
  if (!values) return ''
  return Object.keys(values)
    .sort()
    .map((k) => `${k}=${values[k]}`)
    .join(',')
}

const FIXED_PRODUCTS = {
  prepaid_commit: { base: 'prepaid-commit', name: 'Prepaid commit' },
  promotional_credit: { base: 'promotional-credit', name: 'Promotional credit' },
  threshold_billing: { base: 'threshold-billing', name: 'Threshold billing' },
} as const

export function createContext(args: {
  snap: ParsedSnapshot
  index: SnapshotIndex
  cutoverAt: string
  pattern: IntegrationPattern
  volumeStrategy: VolumeTierStrategy
  consolidate: boolean
}): DraftContext {
  const catalog = emptyCatalog()
  const keys = createKeyAllocator()
  const decisions: Decision[] = []
  const decisionKeys = new Set<string>()
  const cards = new Map<string, string>()
  const fixed = new Map<string, string>()
  const productsByKey = new Map<string, TDraftProduct>()
  const cardRates = new Map<string, CardRate>()

  const rawOf = (type: StripeObjectType, id: string): unknown =>
    args.snap.raw.get(`${type}:${id}`) ?? (type === 'price' ? args.index.pricesById.get(id) : undefined) ?? null

  const slotKey = (card: string, product: string, groupValues: Record<string, string> | undefined, frequency?: string) =>
    `${card}|${product}|${canonicalValues(groupValues)}|${frequency ?? ''}`

  const ctx: DraftContext = {
    ...args,
    catalog,
    keys,
    decisions,
    priceOutcomes: new Map(),
    meterMetrics: new Map(),
    legacyMetrics: new Map(),
    metricPricingKeys: new Map(),
    cardRates,
    contractsBySource: new Map(),
    contractsByCustomer: new Map(),
    couponTargets: new Map(),
    alternates: [],
    contractTargetsByPrice: new Map(),
    decide(input) {
      const base = `${input.stripeType}:${input.stripeId}:${input.rule}${input.qualifier ? `:${input.qualifier}` : ''}`
      let key = base
      for (let n = 2; decisionKeys.has(key); n++) key = `${base}:${n}`
      decisionKeys.add(key)
      const sources = [rawOf(input.stripeType, input.stripeId), ...(input.related ?? []).map(([t, id]) => rawOf(t, id))]
      const decision: Decision = {
        key,
        stripeType: input.stripeType,
        stripeId: input.stripeId,
        targets: dedupeTargets(input.targets),
        fidelity: input.fidelity,
        rule: input.rule,
        reason: input.reason,
        ...(input.lost ? { lost: input.lost } : {}),
        sourceHash: sourceHash(...sources),
      }
      decisions.push(decision)
      return decision
    },
    cardFor(currency) {
      const code = currency.toUpperCase()
      const existing = cards.get(code)
      if (existing) return existing
      const key = keys.allocate('rate_card', `standard-${code.toLowerCase()}`)
      catalog.rateCards.push({
        key,
        name: `Standard ${code}`,
        description: `List prices in ${code} drafted from the Stripe catalogue (M16: one rate card per currency).`,
        fiat_currency: code,
      })
      cards.set(code, key)
      return key
    },
    fixedProduct(kind) {
      const existing = fixed.get(kind)
      if (existing) return existing
      const spec = FIXED_PRODUCTS[kind]
      const key = keys.allocate('product', spec.base)
      ctx.addProduct({ key, name: spec.name, type: 'FIXED' })
      fixed.set(kind, key)
      return key
    },
    addProduct(product) {
      catalog.products.push(product)
      productsByKey.set(product.key, product)
      return product
    },
    productByKey: (key) => productsByKey.get(key),
    addRate(rate, spec, priceId) {
      const slot = slotKey(rate.rate_card, rate.product, rate.pricing_group_values, rate.billing_frequency)
      const existing = cardRates.get(slot)
      if (existing) return { added: false, existing }
      catalog.rates.push(rate)
      cardRates.set(slot, { rateKey: rate.key, priceId, spec })
      return { added: true }
    },
    slotKey,
  }
  return ctx
}

function dedupeTargets(targets: DecisionTarget[]): DecisionTarget[] {
  const seen = new Set<string>()
  return targets.filter((t) => {
    const k = `${t.type}:${t.key}`
    if (seen.has(k)) return false
    seen.add(k)
    return true
  })
}
