/**
 * Stripe products (M8): Stripe's product → price hierarchy has no Metronome equivalent; each Metronome
 * product carries the Stripe product's name as a tag instead. Pure over the context.
 * The decision names every Metronome product that the Stripe product's prices became.
 */
import type { DraftContext } from './draft-context'
import { stripeProductTag } from './usage-products'
import type { DecisionTarget } from './types'
import { plural } from '../plural'

export function mapStripeProducts(ctx: DraftContext): void {
  for (const sp of [...ctx.snap.products].sort((a, b) => (a.created ?? 0) - (b.created ?? 0) || (a.id < b.id ? -1 : 1))) {
    const prices = ctx.index.prices.filter((p) => p.product === sp.id)
    const productKeys = new Set<string>()
    let staysInStripe = 0
    for (const p of prices) {
      const o = ctx.priceOutcomes.get(p.id)
      if (o && 'productKey' in o && o.productKey) productKeys.add(o.productKey)
      if (o && 'baseFee' in o && o.baseFee) productKeys.add(o.baseFee.productKey)
      if (o?.kind === 'stays_in_stripe') staysInStripe++
    }
    const targets: DecisionTarget[] = [...productKeys].map((key) => ({ type: 'product', key }))
    const name = sp.name ?? sp.id
    const tag = stripeProductTag(ctx, sp.id)
    let reason: string
    if (targets.length > 0) {
      reason = `Stripe product "${name}" groups ${plural(prices.length, 'price')}; its Metronome products (${[...productKeys].join(', ')}) carry the tag "${tag}" instead of a parent product.`
    } else if (staysInStripe > 0) {
      reason = `Stripe product "${name}" only has flat-rate or seat prices, which stay on Stripe Subscriptions (M21).`
    } else if (prices.length === 0) {
      reason = `Stripe product "${name}" has no imported prices, so nothing in Metronome prices it.`
    } else {
      reason = `None of the prices of Stripe product "${name}" became a Metronome product (see the prices' decisions).`
    }
    ctx.decide({ stripeType: 'product', stripeId: sp.id, rule: 'M8', targets, fidelity: 'exact', reason, ...(targets.length > 0 ? { lost: "Stripe's product → price hierarchy (kept as tags)." } : {}) })
  }
}
