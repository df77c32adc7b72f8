/** Lenient schema of a Stripe subscription schedule and its phases (stripe-api.md §2.7). Pure. */
import { z } from 'zod'
import { ZExpandableId, ZMetadata, ZOpenEnum, ZStripeId, ZUnix, objectIs } from './lenient'
import { ZDiscountRef } from './subscription'

export const ZStripePhaseItem = z
  .looseObject({
    price: ZExpandableId,
    quantity: z.number().nullish(),
    discounts: z.array(ZDiscountRef).nullish(),
  })
  .transform((i) => ({ ...i, priceId: i.price }))
export type StripePhaseItem = z.infer<typeof ZStripePhaseItem>

export const ZStripePhase = z.looseObject({
  start_date: ZUnix,
  end_date: ZUnix.nullish(),
  currency: z.string().nullish(),
  items: z.array(ZStripePhaseItem),
  discounts: z.array(ZDiscountRef).nullish(),
  proration_behavior: ZOpenEnum.nullish(),
  metadata: ZMetadata.nullish(),
})
export type StripePhase = z.infer<typeof ZStripePhase>

export const ZStripeSubscriptionSchedule = z.looseObject({
  id: ZStripeId,
  object: objectIs('subscription_schedule'),
  created: ZUnix.nullish(),
  customer: ZExpandableId,
  status: ZOpenEnum.nullish(),
  end_behavior: ZOpenEnum.nullish(),
  subscription: ZExpandableId.nullish(),
  phases: z.array(ZStripePhase),
})
export type StripeSubscriptionSchedule = z.infer<typeof ZStripeSubscriptionSchedule>
