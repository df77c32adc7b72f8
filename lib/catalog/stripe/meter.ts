/**
 * Lenient schema of a Stripe Billing Meter (`billing.meter`, stripe-api.md §2.1–2.2). Pure.
 * `dimension_payload_keys` is a preview field absent from the GA spec: read defensively, together
 * with the older `dimensions` spelling.
 */
import { z } from 'zod'
import { ZOpenEnum, ZStripeId, ZUnix, objectIs } from './lenient'

export const ZStripeMeter = z.looseObject({
  id: ZStripeId,
  object: objectIs('billing.meter'),
  created: ZUnix.nullish(),
  display_name: z.string().nullish(),
  event_name: z.string().min(1, 'event_name is required'),
  status: ZOpenEnum.nullish(),
  customer_mapping: z.looseObject({ event_payload_key: z.string().nullish(), type: ZOpenEnum.nullish() }).nullish(),
  default_aggregation: z.looseObject({ formula: ZOpenEnum }),
  value_settings: z.looseObject({ event_payload_key: z.string().nullish() }).nullish(),
  event_time_window: ZOpenEnum.nullish(),
  dimension_payload_keys: z.array(z.string()).nullish(),
  dimensions: z.array(z.string()).nullish(),
})
export type StripeMeter = z.infer<typeof ZStripeMeter>

/** Stripe's documented defaults (stripe-api.md §2.1). */
export const DEFAULT_CUSTOMER_PAYLOAD_KEY = 'stripe_customer_id'
export const DEFAULT_VALUE_PAYLOAD_KEY = 'value'

export function meterValueKey(m: StripeMeter): string {
  return m.value_settings?.event_payload_key || DEFAULT_VALUE_PAYLOAD_KEY
}

export function meterCustomerKey(m: StripeMeter): string {
  return m.customer_mapping?.event_payload_key || DEFAULT_CUSTOMER_PAYLOAD_KEY
}

/** Dimension keys from either spelling, de-duplicated, in Stripe's order. */
export function meterDimensionKeys(m: StripeMeter): string[] {
  return [...new Set([...(m.dimension_payload_keys ?? []), ...(m.dimensions ?? [])])]
}
