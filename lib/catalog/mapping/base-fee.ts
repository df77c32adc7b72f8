/**
 * M12: a graduated price whose first tier has a flat amount and unit amount 0 ("included usage") →
 * a SUBSCRIPTION product with a FLAT rate at the price's billing frequency for the fee; the usage rate
 * keeps a price-0 first tier. Pure over the context. Approximate: the fee is charged even in a period
 * without usage, and contracts must carry a subscription term for it (the subscription mapper adds it).
 */
import { slugify } from '../keys'
import type { DraftContext } from './draft-context'
import { rateKeyBase } from './rate-keys'
import type { UsageRateResult } from './usage-price-decisions'
import { SUBSCRIPTION_TAG, stripeProductTag } from './usage-products'
import type { UsageEntry } from './map-usage-prices'

export function addBaseFee(
  ctx: DraftContext,
  e: UsageEntry,
  usageProductKey: string,
  currency: string,
  fee: string,
  frequency: string,
  result: UsageRateResult,
): void {
  let productKey = result.baseFee?.productKey
  if (!productKey) {
    const usageName = ctx.productByKey(usageProductKey)?.name ?? usageProductKey
    const values = Object.keys(e.groupValues)
      .sort()
      .map((k) => e.groupValues[k])
      .join(' ')
    const name = `${usageName}${values ? ` ${values}` : ''} base fee`
    productKey = ctx.keys.allocate('product', slugify(name))
    ctx.addProduct({
      key: productKey,
      name,
      type: 'SUBSCRIPTION',
      tags: [SUBSCRIPTION_TAG, stripeProductTag(ctx, e.price.product)],
      origin: [{ type: 'price', id: e.price.id }],
    })
    result.baseFee = { productKey, billingFrequency: frequency }
    result.baseFeeTargets.push({ type: 'product', key: productKey })
  }
  const card = ctx.cardFor(currency)
  if (ctx.cardRates.has(ctx.slotKey(card, productKey, undefined, frequency))) return
  const rateKey = ctx.keys.allocate('rate', rateKeyBase(card, productKey, undefined, frequency))
  ctx.addRate(
    {
      key: rateKey,
      rate_card: card,
      product: productKey,
      rate_type: 'FLAT',
      price: fee,
      billing_frequency: frequency,
      starting_at: ctx.cutoverAt,
      entitled: true,
      origin: [{ type: 'price', id: e.price.id, currency }],
    },
    { rate_type: 'FLAT', price: fee },
    e.price.id,
  )
  result.baseFeeTargets.push({ type: 'rate', key: rateKey })
}
