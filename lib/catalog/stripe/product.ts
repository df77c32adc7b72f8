/** Lenient schema of a Stripe Product (stripe-api.md §2.5). Pure. */
import { z } from 'zod'
import { ZMetadata, ZStripeId, ZUnix, objectIs } from './lenient'

export const ZStripeProduct = z.looseObject({
  id: ZStripeId,
  object: objectIs('product'),
  active: z.boolean().nullish(),
  created: ZUnix.nullish(),
  name: z.string().nullish(),
  description: z.string().nullish(),
  metadata: ZMetadata.nullish(),
  unit_label: z.string().nullish(),
})
export type StripeProduct = z.infer<typeof ZStripeProduct>
