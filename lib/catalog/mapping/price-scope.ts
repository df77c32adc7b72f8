/**
 * Which Stripe prices the draft carries. Pure.
 * Active prices, and archived prices that live subscriptions still use (grandfathered customers), are
 * in scope; an archived price nobody uses has nothing left to migrate.
 */
import type { StripePrice } from '../stripe/price'
import type { SnapshotIndex } from './snapshot-index'

export function liveSubscriberCount(index: SnapshotIndex, priceId: string): number {
  return index.liveSubscriptionsByPrice.get(priceId)?.length ?? 0
}

export function priceInScope(index: SnapshotIndex, p: StripePrice): boolean {
  return (p.active ?? true) || liveSubscriberCount(index, p.id) > 0
}
