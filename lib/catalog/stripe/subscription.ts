/**
 * Lenient schemas of Stripe subscriptions and their items (stripe-api.md §2.6). Pure.
 * `items` arrives as an API list (`{data: [...]}`) or a plain array; item prices arrive expanded (the
 * wire format) or as ids. Both are normalised: `items` becomes an array, `priceId` is always set.
 */
import { z } from 'zod'
import { ZStripeDiscount } from './coupon'
import { ZExpandableId, ZMetadata, ZOpenEnum, ZStripeId, ZUnix, objectIs } from './lenient'
import { ZStripePrice } from './price'

/** A discount reference: an id (`di_…`) or the expanded discount object. */
export const ZDiscountRef = z.union([z.string(), ZStripeDiscount])
export type DiscountRef = z.infer<typeof ZDiscountRef>

export const ZStripeSubscriptionItem = z
  .looseObject({
    id: z.string().nullish(),
    price: z.union([ZStripeId, ZStripePrice]),
    quantity: z.number().nullish(),
    billing_thresholds: z.looseObject({ usage_gte: z.number().nullish() }).nullish(),
    discounts: z.array(ZDiscountRef).nullish(),
    current_period_start: ZUnix.nullish(),
    current_period_end: ZUnix.nullish(),
    metadata: ZMetadata.nullish(),
  })
  .transform((item) => ({
    ...item,
    priceId: typeof item.price === 'string' ? item.price : item.price.id,
    /** The expanded price, when the item carried one (tiers may be missing if not expanded). */
    embeddedPrice: typeof item.price === 'string' ? null : item.price,
  }))
export type StripeSubscriptionItem = z.infer<typeof ZStripeSubscriptionItem>

const ZItemList = z
  .union([z.array(ZStripeSubscriptionItem), z.looseObject({ data: z.array(ZStripeSubscriptionItem) })])
  .transform((v) => (Array.isArray(v) ? v : v.data))

export const ZStripeSubscription = z.looseObject({
  id: ZStripeId,
  object: objectIs('subscription'),
  created: ZUnix.nullish(),
  customer: ZExpandableId,
  currency: z.string().nullish(),
  status: ZOpenEnum.nullish(),
  start_date: ZUnix.nullish(),
  billing_cycle_anchor: ZUnix.nullish(),
  cancel_at: ZUnix.nullish(),
  ended_at: ZUnix.nullish(),
  trial_end: ZUnix.nullish(),
  billing_thresholds: z.looseObject({ amount_gte: z.number().nullish() }).nullish(),
  discounts: z.array(ZDiscountRef).nullish(),
  items: ZItemList,
  schedule: ZExpandableId.nullish(),
  metadata: ZMetadata.nullish(),
})
export type StripeSubscription = z.infer<typeof ZStripeSubscription>

/** Statuses whose subscription still bills (or will bill again); the rest have nothing to migrate. */
const LIVE_STATUSES = new Set(['active', 'trialing', 'past_due', 'unpaid', 'paused', 'incomplete'])

export function isLiveSubscription(s: StripeSubscription): boolean {
  return LIVE_STATUSES.has(s.status ?? 'active') && !s.ended_at
}
