/** Lenient schema of a Stripe Customer (stripe-api.md §2.9). Pure. */
import { z } from 'zod'
import { ZStripeDiscount } from './coupon'
import { ZMetadata, ZStripeId, ZUnix, objectIs } from './lenient'

export const ZStripeCustomer = z.looseObject({
  id: ZStripeId,
  object: objectIs('customer'),
  created: ZUnix.nullish(),
  name: z.string().nullish(),
  business_name: z.string().nullish(),
  individual_name: z.string().nullish(),
  email: z.string().nullish(),
  currency: z.string().nullish(),
  metadata: ZMetadata.nullish(),
  discount: ZStripeDiscount.nullish(),
})
export type StripeCustomer = z.infer<typeof ZStripeCustomer>

/** The name people know the customer by, falling back to the email and then the id. */
export function customerDisplayName(c: StripeCustomer): string {
  return c.name || c.business_name || c.individual_name || c.email || c.id
}
