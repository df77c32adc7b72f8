/**
 * USAGE products for metered prices (M8, M14). Pure over the context.
 * One product per (metric, quantity transform): prices that differ only by pricing group values share
 * it (M7), with the metric's pricing keys as `pricing_group_key`. Stripe's product grouping survives
 * as tags (M8): every Metronome product carries the slugs of the Stripe products whose prices it prices,
 * plus `usage`, which credit grants scoped to metered prices target (M19).
 */
import { slugify } from '../keys'
import type { TDraftProduct } from '../schemas'
import type { StripePrice } from '../stripe/price'
import type { DraftContext } from './draft-context'
import { convertTransform, transformSignature } from './transform-quantity'

export const USAGE_TAG = 'usage'
export const SUBSCRIPTION_TAG = 'subscription'

export function stripeProductTag(ctx: DraftContext, stripeProductId: string): string {
  return slugify(ctx.index.productsById.get(stripeProductId)?.name ?? stripeProductId, 'product')
}

export function addTag(product: TDraftProduct, tag: string): void {
  const tags = product.tags ?? []
  if (!tags.includes(tag)) product.tags = [...tags, tag]
}

export function addOrigin(product: TDraftProduct, price: StripePrice): void {
  const origin = product.origin ?? []
  if (!origin.some((o) => o.id === price.id)) product.origin = [...origin, { type: 'price', id: price.id }]
}

export type UsageProductRequest = {
  price: StripePrice
  metricKey: string
  /** Name when the product is not named after one Stripe product. */
  name: string
  transform: { divide_by: number; round: string } | null
  /** Per-price products (volume SQL) never share: the signature is unique. */
  signature?: string
  sqlBreakdown?: 'SERVICE_PERIOD'
}

export function usageProductFor(ctx: DraftContext, bySignature: Map<string, string>, req: UsageProductRequest): string {
  const sig = req.signature ?? `${req.metricKey}|${transformSignature(req.transform)}`
  const tag = stripeProductTag(ctx, req.price.product)
  const existing = bySignature.get(sig)
  if (existing) {
    const product = ctx.productByKey(existing)
    if (product) {
      addTag(product, tag)
      addOrigin(product, req.price)
    }
    return existing
  }
  const pricingKeys = req.signature ? [] : (ctx.metricPricingKeys.get(req.metricKey) ?? [])
  const converted = req.transform ? convertTransform(req.transform) : null
  const key = ctx.keys.allocate('product', slugify(req.name, 'product'))
  ctx.addProduct({
    key,
    name: req.name,
    type: 'USAGE',
    billable_metric: req.metricKey,
    ...(pricingKeys.length > 0 ? { pricing_group_key: pricingKeys } : {}),
    ...(converted?.ok ? converted.value : {}),
    ...(req.sqlBreakdown ? { sql_breakdown_granularity: req.sqlBreakdown } : {}),
    tags: [USAGE_TAG, tag],
    origin: [{ type: 'price', id: req.price.id }],
  })
  bySignature.set(sig, key)
  return key
}
