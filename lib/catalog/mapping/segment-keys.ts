/**
 * Price metadata that names a pricing dimension (M7): several prices on one meter (or one consolidated
 * family of meters) that differ by a metadata value such as `metadata.model`. Pure.
 *
 * A key qualifies when every price has it, its values vary, and it names an event property: when the
 * meter declares dimensions, only keys among them (Stripe guarantees those are in every event); without
 * dimensions, any key that is not bookkeeping (plan, owner, notes…) or an identifier.
 */
import type { StripePrice } from '../stripe/price'
import { isUnboundedKeyName } from './high-cardinality'

const BOOKKEEPING = /^(plan|plan_name|tier|tier_name|edition|package|version|legacy|notes?|description|created_by|owner|team|source|display_name|name|sku|lookup_key|internal[_-].*|category|status|label|customer|customer_id|contract.*|deal.*|salesforce.*|hubspot.*)$/i

export function segmentKeysFromMetadata(prices: readonly StripePrice[], meterDimensions: readonly string[]): string[] {
  if (prices.length < 2) return []
  const first = prices[0]?.metadata ?? {}
  const candidates = Object.keys(first).filter((k) => prices.every((p) => (p.metadata?.[k] ?? '') !== ''))
  return candidates
    .filter((k) => new Set(prices.map((p) => p.metadata?.[k])).size > 1)
    .filter((k) => (meterDimensions.length > 0 ? meterDimensions.includes(k) : !BOOKKEEPING.test(k) && !isUnboundedKeyName(k)))
    .sort()
}
