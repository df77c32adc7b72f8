/** Lenient schema of the connected Stripe account as the snapshot records it. Pure. */
import { z } from 'zod'
import { ZStripeId } from './lenient'

export const ZStripeAccount = z.looseObject({
  id: ZStripeId,
  livemode: z.boolean().nullish(),
  default_currency: z.string().nullish(),
  business_name: z.string().nullish(),
})
export type StripeAccount = z.infer<typeof ZStripeAccount>
