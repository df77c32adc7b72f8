/**
 * Licensed (flat-rate / seat) recurring prices (M21), following the chosen integration pattern.
 * Pure over the context.
 *  - `with_stripe_subscriptions`: they stay on Stripe Subscriptions (Checkout, Customer Portal and
 *    Payment Links keep working); Metronome bills only usage.
 *  - `metronome_only`: one SUBSCRIPTION product per Stripe product, a FLAT rate per currency with the
 *    price's billing frequency, and contract subscription terms (added by the subscription mapper).
 * Metronome subscription rates are flat per unit: tiered seat prices and intervals it cannot express
 * are unsupported.
 */
import { slugify } from '../keys'
import { isMetronomeFiat, stripeMinorToMajor } from '../money'
import { isLicensedPrice, isMeteredPrice, type StripePrice } from '../stripe/price'
import { describeInterval, frequencyFor } from './billing-interval'
import type { DraftContext, RateSpec } from './draft-context'
import { convertMinor, currencyTerms, describePrice } from './price-amounts'
import { priceInScope } from './price-scope'
import { rateKeyBase } from './rate-keys'
import { chooseStandards } from './standard-prices'
import type { DecisionTarget } from './types'
import { SUBSCRIPTION_TAG, addOrigin, addTag, stripeProductTag } from './usage-products'

export function mapLicensedPrices(ctx: DraftContext): void {
  const licensed = ctx.index.prices.filter((p) => isLicensedPrice(p) && !isMeteredPrice(p) && !ctx.priceOutcomes.has(p.id))
  const inScope: StripePrice[] = []
  for (const p of licensed) {
    if (priceInScope(ctx.index, p)) inScope.push(p)
    else {
      ctx.priceOutcomes.set(p.id, { kind: 'not_mapped', reason: 'archived and unused' })
      ctx.decide({ stripeType: 'price', stripeId: p.id, rule: 'M21', targets: [], fidelity: 'exact', reason: `Price ${p.id} is archived in Stripe and no live subscription uses it, so there is nothing to migrate.` })
    }
  }
  if (ctx.pattern === 'with_stripe_subscriptions') {
    for (const p of inScope) {
      const reason = 'flat-rate and seat charges stay on Stripe Subscriptions (integration pattern "Metronome with Stripe Subscriptions")'
      ctx.priceOutcomes.set(p.id, { kind: 'stays_in_stripe', reason })
      ctx.decide({
        stripeType: 'price',
        stripeId: p.id,
        rule: 'M21',
        targets: [],
        fidelity: 'exact',
        reason: `Licensed price ${p.id} keeps billing on Stripe Subscriptions, as the chosen integration pattern says; Metronome bills only usage.`,
      })
    }
    return
  }
  const drafted = inScope.filter((p) => draftable(ctx, p))
  const slotOf = (p: StripePrice) => `${p.product}|${frequencyFor(p.recurring!.interval, p.recurring!.interval_count)}|${p.currency.toUpperCase()}`
  const standardOf = chooseStandards(ctx.index, drafted, slotOf)
  const productFor = new Map<string, string>()
  const isStandard = (p: StripePrice) => (standardOf.get(p.id) ?? p.id) === p.id
  for (const p of [...drafted.filter(isStandard), ...drafted.filter((p) => !isStandard(p))]) {
    const standardPriceId = standardOf.get(p.id) ?? p.id
    if (standardPriceId !== p.id) ctx.alternates.push({ priceId: p.id, standardPriceId })
    mapLicensedPrice(ctx, p, standardPriceId, productFor)
  }
}

/** Records an unsupported outcome and decision when the price cannot be a Metronome subscription rate. */
function draftable(ctx: DraftContext, p: StripePrice): boolean {
  const r = p.recurring!
  const frequency = frequencyFor(r.interval, r.interval_count)
  const problem =
    frequency === null
      ? `it bills ${describeInterval(r.interval, r.interval_count)}, which Metronome subscription rates cannot express (monthly, quarterly, annual or weekly)`
      : (p.billing_scheme ?? 'per_unit') !== 'per_unit'
        ? 'it is tiered per seat; Metronome subscription rates are a flat price per unit'
        : currencyTerms(p)[0]?.unitMinor === null
          ? 'it has no unit amount'
          : null
  if (!problem) return true
  ctx.priceOutcomes.set(p.id, { kind: 'not_mapped', reason: problem })
  ctx.decide({ stripeType: 'price', stripeId: p.id, rule: 'M21', targets: [], fidelity: 'unsupported', reason: `Licensed price ${p.id} was not drafted: ${problem}; keep it on Stripe Subscriptions or redesign it.` })
  return false
}

function mapLicensedPrice(ctx: DraftContext, p: StripePrice, standardPriceId: string, productFor: Map<string, string>): void {
  const frequency = frequencyFor(p.recurring!.interval, p.recurring!.interval_count)!
  const role = standardPriceId === p.id ? 'standard' : 'alternate'
  let productKey = productFor.get(p.product)
  const stripeProduct = ctx.index.productsById.get(p.product)
  if (!productKey) {
    const name = stripeProduct?.name ?? p.nickname ?? p.id
    productKey = ctx.keys.allocate('product', slugify(name, 'subscription'))
    ctx.addProduct({ key: productKey, name, type: 'SUBSCRIPTION', tags: [SUBSCRIPTION_TAG, stripeProductTag(ctx, p.product)], origin: [{ type: 'price', id: p.id }] })
    productFor.set(p.product, productKey)
  } else {
    const product = ctx.productByKey(productKey)
    if (product) {
      addOrigin(product, p)
      addTag(product, stripeProductTag(ctx, p.product))
    }
  }
  const specByCurrency = new Map<string, RateSpec>()
  const onCard = new Set<string>()
  const targets: DecisionTarget[] = [{ type: 'product', key: productKey }]
  const unsupported: string[] = []
  const inexact: string[] = []
  for (const terms of currencyTerms(p)) {
    if (!terms.supported || terms.unitMinor === null) {
      if (!terms.supported) unsupported.push(terms.currency)
      continue
    }
    const c = convertMinor(terms.unitMinor, terms.currency)
    if (!c.exactNumber) inexact.push(c.price)
    const spec: RateSpec = { rate_type: 'FLAT', price: c.price }
    specByCurrency.set(terms.currency, spec)
    if (role === 'alternate') continue
    const card = ctx.cardFor(terms.currency)
    if (ctx.cardRates.has(ctx.slotKey(card, productKey, undefined, frequency))) continue
    const key = ctx.keys.allocate('rate', rateKeyBase(card, productKey, undefined, frequency))
    ctx.addRate(
      {
        key,
        rate_card: card,
        product: productKey,
        rate_type: 'FLAT',
        price: c.price,
        billing_frequency: frequency,
        starting_at: ctx.cutoverAt,
        entitled: true,
        origin: [{ type: 'price', id: p.id, amount: terms.unitMinor, currency: terms.currency }],
      },
      spec,
      p.id,
    )
    onCard.add(terms.currency)
    targets.push({ type: 'rate', key })
  }
  ctx.priceOutcomes.set(p.id, { kind: 'licensed', role, productKey, standardPriceId, groupValues: {}, billingFrequency: frequency, specByCurrency, onCard, unsupportedCurrencies: unsupported })
  if (role === 'alternate') return
  const primary = p.currency.toUpperCase()
  const amount = currencyTerms(p)[0]?.unitMinor
  ctx.decide({
    stripeType: 'price',
    stripeId: p.id,
    rule: 'M21',
    targets,
    fidelity: isMetronomeFiat(primary) ? 'approximate' : 'unsupported',
    reason: isMetronomeFiat(primary)
      ? `Licensed price ${amount ? stripeMinorToMajor(amount, primary) : '?'} ${primary} ${describeInterval(p.recurring!.interval, p.recurring!.interval_count)} → SUBSCRIPTION product "${productKey}" with a FLAT rate ${describePrice(specByCurrency.get(primary)?.price ?? '', primary)} billed ${frequency}; contracts get a subscription term with the item's quantity.`
      : `Licensed price ${p.id} is in ${primary}, which Metronome cannot bill.`,
    lost: `Proration and invoice timing differ from Stripe's${p.transform_quantity ? '; the quantity transform is not applied to subscription quantities' : ''}${inexact.length ? `; ${inexact.join(', ')} cannot be sent exactly as a JSON number` : ''}.`,
  })
  for (const code of unsupported) {
    if (code === primary) continue
    ctx.decide({ stripeType: 'price', stripeId: p.id, rule: 'M9', qualifier: code.toLowerCase(), targets: [], fidelity: 'unsupported', reason: `The ${code} currency option cannot be billed by Metronome (not one of its 20 fiat currencies).` })
  }
}
