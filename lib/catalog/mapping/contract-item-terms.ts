/**
 * What one subscription item needs on its contract, per phase (M10 b, M12, M18, M21). Pure over the
 * context.
 *  - A standard price already on the contract's rate card: nothing (the list rate applies).
 *  - The same product at another price (customer-specific, grandfathered, or a currency the card
 *    prices from another Stripe price): an override — MULTIPLIER when it is a clean ratio of a flat list
 *    price (it then follows list-price changes), OVERWRITE otherwise (M18).
 *  - Its own product drafted with entitled=false: entitlement overrides (this product on, the standard
 *    product of the slot off), so the usage is billed once.
 *  - Licensed prices under `metronome_only` and M12 base fees: a subscription term.
 */
import { slugify } from '../keys'
import { D } from '../money'
import type { TDraftContract, TOverride } from '../schemas'
import type { ContractItem, ContractPhase } from './contract-sources'
import type { DraftContext, PriceOutcome, RateSpec } from './draft-context'
import type { DecisionTarget } from './types'

export type ItemTermsResult = { targets: DecisionTarget[]; notes: string[]; volumeOverrides: DecisionTarget[] }

function pushTarget(ctx: DraftContext, priceId: string, t: DecisionTarget) {
  ctx.contractTargetsByPrice.set(priceId, [...(ctx.contractTargetsByPrice.get(priceId) ?? []), t])
}

/** Adds an override unless an identical one (same content) already ends where this one starts. */
function addOverride(ctx: DraftContext, contract: TDraftContract, base: string, o: Omit<TOverride, 'key'>): string {
  const overrides = (contract.overrides ??= [])
  const sameTerms = (x: TOverride) => JSON.stringify({ ...x, key: undefined, starting_at: undefined, ending_before: undefined }) === JSON.stringify({ ...o, starting_at: undefined, ending_before: undefined })
  const previous = overrides.find((x) => sameTerms(x) && x.ending_before === o.starting_at)
  if (previous) {
    if (o.ending_before) previous.ending_before = o.ending_before
    else delete previous.ending_before
    return previous.key!
  }
  const key = ctx.keys.allocate('override', slugify(base, 'override'))
  overrides.push({ key, ...o })
  return key
}

function targeting(productKey: string, groupValues: Record<string, string>, billingFrequency?: string): Pick<TOverride, 'product' | 'override_specifiers'> {
  if (Object.keys(groupValues).length === 0 && !billingFrequency) return { product: productKey }
  return {
    override_specifiers: [
      { product: productKey, ...(Object.keys(groupValues).length ? { pricing_group_values: groupValues } : {}), ...(billingFrequency ? { billing_frequency: billingFrequency } : {}) },
    ],
  }
}

/** MULTIPLIER when the custom flat price is a clean (≤ 4 dp) ratio of the flat list price. */
export function priceOverride(custom: RateSpec, list: RateSpec | undefined): Pick<TOverride, 'type' | 'multiplier' | 'overwrite_rate'> {
  if (list && custom.rate_type === 'FLAT' && list.rate_type === 'FLAT' && custom.price && list.price && !new D(list.price).isZero()) {
    const ratio = new D(custom.price).div(list.price)
    if (ratio.gt(0) && ratio.decimalPlaces() <= 4) return { type: 'MULTIPLIER', multiplier: ratio.toFixed() }
  }
  return { type: 'OVERWRITE', overwrite_rate: { rate_type: custom.rate_type, ...(custom.price !== undefined ? { price: custom.price } : {}), ...(custom.tiers ? { tiers: custom.tiers } : {}) } }
}

export function applyItemTerms(ctx: DraftContext, contract: TDraftContract, phase: ContractPhase, item: ContractItem, currency: string, out: ItemTermsResult): void {
  const outcome = ctx.priceOutcomes.get(item.priceId)
  if (!outcome) {
    out.notes.push(`item price ${item.priceId} was not imported`)
    return
  }
  if (outcome.kind === 'not_mapped') {
    out.notes.push(`price ${item.priceId} is not carried (${outcome.reason})`)
    return
  }
  if (outcome.kind === 'stays_in_stripe') return
  const window = { starting_at: phase.startIso, ...(phase.endIso ? { ending_before: phase.endIso } : {}) }
  const spec = outcome.specByCurrency.get(currency)
  if (!spec) {
    out.notes.push(`price ${item.priceId} has no ${currency} amount Metronome can bill`)
    return
  }
  if (outcome.kind === 'licensed' && ctx.pattern === 'metronome_only') addSubscriptionTerm(ctx, contract, phase, item, outcome.productKey, outcome.billingFrequency!, 'ADVANCE', out)
  if (outcome.kind === 'usage' && outcome.baseFee) addSubscriptionTerm(ctx, contract, phase, { ...item, quantity: 1 }, outcome.baseFee.productKey, outcome.baseFee.billingFrequency, 'ARREARS', out)
  addPriceOverrides(ctx, contract, item, outcome, spec, currency, window, out)
}

function addPriceOverrides(
  ctx: DraftContext,
  contract: TDraftContract,
  item: ContractItem,
  outcome: Extract<PriceOutcome, { kind: 'usage' | 'licensed' }>,
  spec: RateSpec,
  currency: string,
  window: { starting_at: string; ending_before?: string },
  out: ItemTermsResult,
): void {
  const card = contract.rate_card ?? ctx.cardFor(currency)
  const standard = ctx.priceOutcomes.get(outcome.standardPriceId)
  const standardProduct = standard && 'productKey' in standard ? standard.productKey : outcome.productKey
  const freq = outcome.kind === 'licensed' ? outcome.billingFrequency : undefined
  const base = [contract.key, outcome.productKey, Object.values(outcome.groupValues).join('-')].filter(Boolean).join(':')
  if (outcome.onCard.has(currency)) {
    if (outcome.role === 'alternate' && standardProduct !== outcome.productKey) {
      // Own product, drafted entitled=false: switch it on for this contract and the slot's list product off.
      const on = addOverride(ctx, contract, `${base}:entitled`, { type: 'MULTIPLIER', multiplier: '1', entitled: true, ...window, product: outcome.productKey })
      const off = addOverride(ctx, contract, `${contract.key}:${standardProduct}:not-entitled`, {
        type: 'MULTIPLIER',
        multiplier: '1',
        entitled: false,
        ...window,
        ...targeting(standardProduct, outcome.groupValues),
      })
      for (const key of [on, off]) {
        out.targets.push({ type: 'override', key })
        pushTarget(ctx, item.priceId, { type: 'override', key })
      }
    }
    if (outcome.kind === 'usage' && outcome.volumeOverride && ctx.volumeStrategy === 'contract_override') {
      const key = addOverride(ctx, contract, `${base}:expected-tier`, {
        type: 'OVERWRITE',
        overwrite_rate: { rate_type: 'FLAT', price: spec.price ?? '0' },
        ...window,
        ...targeting(outcome.productKey, outcome.groupValues),
        origin: [{ type: 'price', id: item.priceId }],
      })
      out.targets.push({ type: 'override', key })
      out.volumeOverrides.push({ type: 'override', key })
    }
    return
  }
  // The card prices this product (slot) from another Stripe price: override it for this contract.
  const list = ctx.cardRates.get(ctx.slotKey(card, outcome.productKey, Object.keys(outcome.groupValues).length ? outcome.groupValues : undefined, freq))
  if (!list && outcome.role === 'standard') {
    out.notes.push(`price ${item.priceId} has no ${currency} rate on card "${card}"`)
    return
  }
  const key = addOverride(ctx, contract, base, {
    ...priceOverride(spec, list?.spec),
    ...window,
    ...targeting(outcome.productKey, outcome.groupValues, freq),
    origin: [{ type: 'price', id: item.priceId }],
  })
  out.targets.push({ type: 'override', key })
  pushTarget(ctx, item.priceId, { type: 'override', key })
}

function addSubscriptionTerm(
  ctx: DraftContext,
  contract: TDraftContract,
  phase: ContractPhase,
  item: ContractItem,
  productKey: string,
  billingFrequency: string,
  collection: 'ADVANCE' | 'ARREARS',
  out: ItemTermsResult,
): void {
  const terms = (contract.subscriptions ??= [])
  const quantity = item.quantity ?? 1
  const previous = terms.find((t) => t.product === productKey && t.billing_frequency === billingFrequency && t.initial_quantity === quantity && t.ending_before === phase.startIso)
  if (previous) {
    if (phase.endIso) previous.ending_before = phase.endIso
    else delete previous.ending_before
    return
  }
  const behavior = phase.prorationBehavior
  const key = ctx.keys.allocate('subscription', slugify(`${contract.key}:${productKey}:${billingFrequency}`))
  terms.push({
    key,
    name: ctx.productByKey(productKey)?.name ?? productKey,
    product: productKey,
    billing_frequency: billingFrequency,
    collection_schedule: collection,
    quantity_management_mode: 'QUANTITY_ONLY',
    initial_quantity: quantity,
    starting_at: phase.startIso,
    ...(phase.endIso ? { ending_before: phase.endIso } : {}),
    proration: behavior === 'none' ? { is_prorated: false } : { is_prorated: true, invoice_behavior: behavior === 'always_invoice' ? 'BILL_IMMEDIATELY' : 'BILL_ON_NEXT_COLLECTION_DATE' },
    origin: [{ type: 'price', id: item.priceId }],
  })
  out.targets.push({ type: 'subscription', key })
  pushTarget(ctx, item.priceId, { type: 'subscription', key })
}
