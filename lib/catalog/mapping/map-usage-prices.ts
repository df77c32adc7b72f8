/**
 * Metered Stripe prices → USAGE products and rate-card rates (M7–M16). Pure over the context.
 *
 * Per price: its metric (from its meter, consolidated or not, or a legacy metric), its pricing group
 * values (consolidation segment + metadata keys), one rate per supported currency on that currency's
 * card (M16). Prices competing for the same card slot are resolved by `chooseStandards`: the standard
 * price becomes the list rate, the others are recorded as alternates for contract overrides (M18).
 * Volume tiers follow the chosen M10 option; the SQL option lives in `volume-sql-products.ts`.
 */
import type { TDraftRate } from '../schemas'
import { isMeteredPrice, type StripePrice } from '../stripe/price'
import { frequencyFor } from './billing-interval'
import { canonicalValues, type DraftContext, type RateSpec } from './draft-context'
import { priceRule } from './governing-rule'
import { currencyTerms } from './price-amounts'
import { priceInScope } from './price-scope'
import { rateKeyBase } from './rate-keys'
import { chooseStandards } from './standard-prices'
import { decideUsagePrice, type UsageRateResult } from './usage-price-decisions'
import { priceShape, usageTerms, type PriceShape } from './usage-rate-terms'
import { usageProductFor } from './usage-products'
import { mapVolumeSqlPrice } from './volume-sql-products'
import { addBaseFee } from './base-fee'
import type { DecisionTarget } from './types'

export type UsageEntry = {
  price: StripePrice
  metricKey: string
  groupValues: Record<string, string>
  shape: PriceShape
}

function metricOf(ctx: DraftContext, p: StripePrice): { metricKey: string; segment: Record<string, string> } | { error: string } {
  const meterId = p.recurring?.meter
  if (!meterId) {
    const legacy = ctx.legacyMetrics.get(p.id)
    return legacy ? { metricKey: legacy, segment: {} } : { error: 'it has no meter and no legacy usage mapping' }
  }
  const mapped = ctx.meterMetrics.get(meterId)
  if (mapped) return mapped
  return ctx.index.metersById.has(meterId)
    ? { error: `its meter ${meterId} could not become a metric (see the meter's decision)` }
    : { error: `its meter ${meterId} was not imported` }
}

function collectEntries(ctx: DraftContext): UsageEntry[] {
  const entries: UsageEntry[] = []
  for (const p of ctx.index.prices) {
    if (!isMeteredPrice(p) || ctx.priceOutcomes.has(p.id)) continue
    if (!priceInScope(ctx.index, p)) {
      ctx.priceOutcomes.set(p.id, { kind: 'not_mapped', reason: 'archived and unused' })
      ctx.decide({
        stripeType: 'price',
        stripeId: p.id,
        rule: priceRule(p),
        targets: [],
        fidelity: 'exact',
        reason: `Price ${p.id} is archived in Stripe and no live subscription uses it, so there is nothing to migrate.`,
      })
      continue
    }
    const metric = metricOf(ctx, p)
    if ('error' in metric) {
      ctx.priceOutcomes.set(p.id, { kind: 'not_mapped', reason: metric.error })
      ctx.decide({ stripeType: 'price', stripeId: p.id, rule: 'M9', targets: [], fidelity: 'unsupported', reason: `Metered price ${p.id} was not drafted: ${metric.error}.` })
      continue
    }
    if (!currencyTerms(p).some((t) => t.supported)) {
      const code = p.currency.toUpperCase()
      ctx.priceOutcomes.set(p.id, { kind: 'not_mapped', reason: `${code} is not a Metronome currency` })
      ctx.decide({ stripeType: 'price', stripeId: p.id, rule: 'M9', targets: [], fidelity: 'unsupported', reason: `Price ${p.id} is in ${code}, which is not one of Metronome's 20 fiat currencies; no ${code} rate card was drafted.` })
      continue
    }
    const groupValues: Record<string, string> = { ...metric.segment }
    for (const k of ctx.metricPricingKeys.get(metric.metricKey) ?? []) {
      const v = p.metadata?.[k]
      if (groupValues[k] === undefined && v !== undefined) groupValues[k] = v
    }
    entries.push({ price: p, metricKey: metric.metricKey, groupValues, shape: priceShape(p) })
  }
  return entries
}

function productName(ctx: DraftContext, e: UsageEntry, entries: UsageEntry[]): string {
  const metric = ctx.catalog.billableMetrics.find((m) => m.key === e.metricKey)
  const metricName = metric?.name ?? e.metricKey
  const stripeName = ctx.index.productsById.get(e.price.product)?.name
  const consolidated = (metric?.origin?.length ?? 0) > 1 || (ctx.metricPricingKeys.get(e.metricKey)?.length ?? 0) > 0
  // A product priced by several Stripe products (one per model, say) is named after its metric.
  const oneStripeProduct = new Set(entries.filter((x) => x.metricKey === e.metricKey).map((x) => x.price.product)).size === 1
  let name = (consolidated && !oneStripeProduct) || !stripeName ? metricName : stripeName
  if (!consolidated && stripeName && new Set(entries.filter((x) => x.price.product === e.price.product).map((x) => x.metricKey)).size > 1) {
    name = `${stripeName} – ${metricName}`
  }
  const transforms = new Set(entries.filter((x) => x.metricKey === e.metricKey).map((x) => x.price.transform_quantity?.divide_by ?? 1))
  if (transforms.size > 1 && e.price.transform_quantity) name = `${name} (per ${e.price.transform_quantity.divide_by})`
  return name
}

export function mapUsagePrices(ctx: DraftContext): void {
  const entries = collectEntries(ctx)
  const bySlot = (p: StripePrice) => {
    const e = entries.find((x) => x.price.id === p.id)!
    return `${e.metricKey}|${canonicalValues(e.groupValues)}|${p.currency.toUpperCase()}`
  }
  const standardOf = chooseStandards(ctx.index, entries.map((e) => e.price), bySlot)
  const bySignature = new Map<string, string>()
  // Standards first, so an alternate can compare its product with its standard's.
  const roleOf = (e: UsageEntry) => ((standardOf.get(e.price.id) ?? e.price.id) === e.price.id ? 'standard' : 'alternate')
  const ordered = [...entries.filter((e) => roleOf(e) === 'standard'), ...entries.filter((e) => roleOf(e) === 'alternate')]

  for (const e of ordered) {
    const standardPriceId = standardOf.get(e.price.id) ?? e.price.id
    const role = roleOf(e)
    if (role === 'alternate') ctx.alternates.push({ priceId: e.price.id, standardPriceId })
    if (e.shape === 'volume' && ctx.volumeStrategy === 'sql_metric') {
      mapVolumeSqlPrice(ctx, e, role, standardPriceId, bySignature)
      continue
    }
    const productKey = usageProductFor(ctx, bySignature, {
      price: e.price,
      metricKey: e.metricKey,
      name: productName(ctx, e, entries),
      transform: e.price.transform_quantity ?? null,
    })
    const standard = ctx.priceOutcomes.get(standardPriceId)
    const standardProductKey = standard && 'productKey' in standard ? standard.productKey : productKey
    const ownProduct = role === 'standard' || standardProductKey !== productKey
    const result = draftRates(ctx, e, productKey, { onCard: ownProduct, entitled: role === 'standard' })
    ctx.priceOutcomes.set(e.price.id, {
      kind: 'usage',
      role,
      productKey,
      standardPriceId,
      groupValues: e.groupValues,
      specByCurrency: result.specByCurrency,
      onCard: result.onCard,
      ...(result.baseFee ? { baseFee: result.baseFee } : {}),
      ...(e.shape === 'volume' ? { volumeOverride: true } : {}),
      unsupportedCurrencies: result.unsupportedCurrencies,
    })
    if (ownProduct) decideUsagePrice(ctx, e, productKey, result, role)
  }
}

function draftRates(ctx: DraftContext, e: UsageEntry, productKey: string, opts: { onCard: boolean; entitled: boolean }): UsageRateResult {
  const p = e.price
  const frequency = p.recurring ? frequencyFor(p.recurring.interval, p.recurring.interval_count) : null
  const result: UsageRateResult = {
    specByCurrency: new Map<string, RateSpec>(),
    onCard: new Set<string>(),
    rateTargets: [] as DecisionTarget[],
    baseFeeTargets: [] as DecisionTarget[],
    extraCurrencyTargets: [] as DecisionTarget[],
    failures: [] as string[],
    unsupportedCurrencies: [] as string[],
    occupied: [] as Array<{ currency: string; byPriceId: string }>,
    splitTiers: [] as number[],
    inexact: [] as string[],
    specs: [] as Array<{ currency: string; spec: RateSpec }>,
  }
  for (const [i, terms] of currencyTerms(p).entries()) {
    if (!terms.supported) {
      result.unsupportedCurrencies.push(terms.currency)
      continue
    }
    const r = usageTerms(e.shape, terms, { baseFeeAllowed: frequency !== null })
    if (!r.ok) {
      result.failures.push(`${terms.currency}: ${r.reason}`)
      continue
    }
    result.specByCurrency.set(terms.currency, r.spec)
    result.specs.push({ currency: terms.currency, spec: r.spec })
    result.splitTiers = r.splitTiers
    result.inexact.push(...r.inexact)
    if (r.baseFee !== null && frequency !== null) addBaseFee(ctx, e, productKey, terms.currency, r.baseFee, frequency, result)
    if (!opts.onCard) continue
    const card = ctx.cardFor(terms.currency)
    const values = Object.keys(e.groupValues).length > 0 ? e.groupValues : undefined
    const occupant = ctx.cardRates.get(ctx.slotKey(card, productKey, values))
    if (occupant) {
      result.occupied.push({ currency: terms.currency, byPriceId: occupant.priceId })
      continue
    }
    const rate: TDraftRate = {
      key: ctx.keys.allocate('rate', rateKeyBase(card, productKey, values)),
      rate_card: card,
      product: productKey,
      rate_type: r.spec.rate_type,
      ...(r.spec.price !== undefined ? { price: r.spec.price } : {}),
      ...(r.spec.tiers ? { tiers: r.spec.tiers } : {}),
      ...(values ? { pricing_group_values: values } : {}),
      starting_at: ctx.cutoverAt,
      entitled: opts.entitled,
      origin: [{ type: 'price', id: p.id, ...(terms.unitMinor !== null && e.shape === 'per_unit' ? { amount: terms.unitMinor } : {}), currency: terms.currency }],
    }
    ctx.addRate(rate, r.spec, p.id)
    result.onCard.add(terms.currency)
    ;(i === 0 ? result.rateTargets : result.extraCurrencyTargets).push({ type: 'rate', key: rate.key })
  }
  return result
}

